package cn.gov.guizhou.ipp.funding.securitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SecuritisationSubsidyTest {

  private static BigDecimal cny(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void aSoleEnterpriseGetsFourPercentOfTheIssuance() {
    var result =
        SecuritisationSubsidy.calculate(
            cny("10000000"), cny("10000000"), cny("10000000"), BigDecimal.ZERO);
    assertThat(result.subsidy()).isEqualByComparingTo("400000.00");
    assertThat(result.cappedByAnnualLimit()).isFalse();
  }

  @Test
  void enterprisesOfOneProductShareInProportionToTheirFinancing() {
    var result =
        SecuritisationSubsidy.calculate(
            cny("30000000"), cny("30000000"), cny("10000000"), BigDecimal.ZERO);
    assertThat(result.enterpriseShare()).isEqualByComparingTo("10000000.00");
    assertThat(result.subsidy()).isEqualByComparingTo("400000.00");
  }

  @Test
  void theClaimThatCrossesTheAnnualCapGetsWhatIsLeft() {
    var result =
        SecuritisationSubsidy.calculate(
            cny("20000000"), cny("20000000"), cny("20000000"), cny("1500000"));
    assertThat(result.uncappedSubsidy()).isEqualByComparingTo("800000.00");
    assertThat(result.remainingAnnualCap()).isEqualByComparingTo("500000.00");
    assertThat(result.subsidy()).isEqualByComparingTo("500000.00");
    assertThat(result.cappedByAnnualLimit()).isTrue();
  }

  @Test
  void aClaimAfterTheCapIsUsedGetsNothing() {
    var result =
        SecuritisationSubsidy.calculate(
            cny("1000000"), cny("1000000"), cny("1000000"), cny("2000000"));
    assertThat(result.subsidy()).isEqualByComparingTo("0.00");
    assertThat(result.cappedByAnnualLimit()).isTrue();
  }

  @Test
  void exactlyFiftyMillionReachesTheCapWithoutCrossingIt() {
    var result =
        SecuritisationSubsidy.calculate(
            cny("50000000"), cny("50000000"), cny("50000000"), BigDecimal.ZERO);
    assertThat(result.subsidy()).isEqualByComparingTo("2000000.00");
    assertThat(result.cappedByAnnualLimit()).isFalse();
  }

  @Test
  void roundsHalfUpToTheFen() {
    var result = SecuritisationSubsidy.calculate(cny("1000"), cny("3"), cny("1"), BigDecimal.ZERO);
    assertThat(result.enterpriseShare()).isEqualByComparingTo("333.33");
    assertThat(result.subsidy()).isEqualByComparingTo("13.33");
  }

  @Test
  void refusesFinancingLargerThanTheProduct() {
    assertThatThrownBy(
            () ->
                SecuritisationSubsidy.calculate(
                    cny("100"), cny("100"), cny("101"), BigDecimal.ZERO))
        .hasMessageStartingWith("actualFinancing");
  }

  @Test
  void refusesZeroAndNegativeAmounts() {
    assertThatThrownBy(
            () -> SecuritisationSubsidy.calculate(cny("0"), cny("1"), cny("1"), BigDecimal.ZERO))
        .hasMessageStartingWith("issuanceAmount");
    assertThatThrownBy(
            () -> SecuritisationSubsidy.calculate(cny("1"), cny("1"), cny("1"), cny("-1")))
        .hasMessageStartingWith("grantedThisYear");
  }
}
