package cn.gov.guizhou.ipp.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuartersTest {

  @Test
  void aQuarterEndsOnTheLastDayOfItsThirdMonth() {
    assertThat(Quarters.endOf("2027-Q1")).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(Quarters.endOf("2027-Q2")).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(Quarters.endOf("2027-Q3")).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThat(Quarters.endOf("2027-Q4")).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad : new String[] {"2027-Q5", "2027-Q0", "27-Q1", "2027Q1", "2027-q1", ""}) {
      assertThatThrownBy(() -> Quarters.endOf(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Quarters.endOf(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
