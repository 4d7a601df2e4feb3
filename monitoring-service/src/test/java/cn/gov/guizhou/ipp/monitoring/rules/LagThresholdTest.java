package cn.gov.guizhou.ipp.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LagThresholdTest {

  @ParameterizedTest(name = "lag {0} points: warning {1}, serious {2}")
  @CsvSource({
    "0, false, false",
    "9.99, false, false",
    "10, true, false",
    "10.00, true, false",
    "30, true, false",
    "30.01, true, true",
    "75, true, true"
  })
  void judgesLagsByTheGuide(String lag, boolean warning, boolean serious) {
    BigDecimal points = new BigDecimal(lag);
    assertThat(LagThreshold.GUIDE.warningDue(points)).isEqualTo(warning);
    assertThat(LagThreshold.GUIDE.serious(points)).isEqualTo(serious);
  }

  @Test
  void refusesInconsistentThresholds() {
    assertThatThrownBy(() -> new LagThreshold(BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
