package cn.gov.guizhou.ipp.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "100, EXCELLENT",
    "90, EXCELLENT",
    "90.00, EXCELLENT",
    "89.99, GOOD",
    "80, GOOD",
    "79.99, PASS",
    "60, PASS",
    "59.99, FAIL",
    "0, FAIL"
  })
  void eachGradeIncludesItsLowerBound(String total, Grade grade) {
    assertThat(Grade.of(new BigDecimal(total))).isEqualTo(grade);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "100.01"})
  void refusesTotalsOutsideZeroToHundred(String total) {
    assertThatThrownBy(() -> Grade.of(new BigDecimal(total)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void namesTheGradesInChinese() {
    assertThat(Grade.EXCELLENT.zh()).isEqualTo("优秀");
    assertThat(Grade.GOOD.zh()).isEqualTo("良好");
    assertThat(Grade.PASS.zh()).isEqualTo("合格");
    assertThat(Grade.FAIL.zh()).isEqualTo("不合格");
  }
}
