package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClawbackTest {

  @ParameterizedTest
  @CsvSource({
    "100000.00, 62500.50, 37499.50",
    "200000, 200000, 0.00",
    "200000, 250000, 0.00",
    "100000, 0, 100000.00",
    "0, 0, 0.00"
  })
  void theUnusedFundsAreRecovered(String paid, String spent, String recovery) {
    assertThat(Clawback.recoveryAmount(cny(paid), cny(spent))).isEqualTo(cny(recovery));
  }

  @Test
  void badAmountsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Clawback.recoveryAmount(null, cny("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paid: is required");
    assertThatThrownBy(() -> Clawback.recoveryAmount(cny("1"), null))
        .hasMessage("eligibleSpending: is required");
    assertThatThrownBy(() -> Clawback.recoveryAmount(cny("-1"), cny("0")))
        .hasMessage("paid: must not be negative");
    assertThatThrownBy(() -> Clawback.recoveryAmount(cny("1"), cny("-0.01")))
        .hasMessage("eligibleSpending: must not be negative");
    assertThatThrownBy(() -> Clawback.recoveryAmount(cny("1.005"), cny("0")))
        .hasMessage("paid: has more than two decimals");
  }
}
