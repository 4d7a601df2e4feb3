package cn.gov.guizhou.ipp.funding.securitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap.PartialClaim;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimQueueTest {

  private static final BigDecimal CAP = new BigDecimal("2000000.00");

  private static List<BigDecimal> amounts(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void theSubsidyIsFourPercentOfTheEnterprisesFinancing() {
    SecuritisationRule rule =
        new SecuritisationRule(
            2027,
            1,
            new PercentageWithAnnualCap(
                new BigDecimal("0.04"), CAP, true, PartialClaim.REMAINDER_OF_CAP, true),
            CAP);
    PercentageWithAnnualCap.Claim claim =
        rule.claim(new BigDecimal("100000000"), new BigDecimal("30000000"), BigDecimal.ZERO);
    assertThat(claim.uncappedSubsidy()).isEqualByComparingTo("1200000");
    assertThat(claim.subsidy()).isEqualByComparingTo("1200000");
  }

  @Test
  void aBudgetBelowTheAnnualCapIsTheCap() {
    SecuritisationRule rule =
        new SecuritisationRule(
            2027,
            1,
            new PercentageWithAnnualCap(
                new BigDecimal("0.04"), CAP, true, PartialClaim.REMAINDER_OF_CAP, true),
            new BigDecimal("1000000.00"));
    PercentageWithAnnualCap.Claim claim =
        rule.claim(
            new BigDecimal("100000000"), new BigDecimal("30000000"), new BigDecimal("100000"));
    assertThat(claim.subsidy()).isEqualByComparingTo("900000");
    assertThat(claim.cappedByAnnualLimit()).isTrue();
  }

  @Test
  void claimsAreServedInFilingOrderAndTheCrossingClaimGetsTheRemainder() {
    List<BigDecimal> reserved =
        ClaimQueue.allocate(
            CAP,
            BigDecimal.ZERO,
            PartialClaim.REMAINDER_OF_CAP,
            amounts("1200000", "600000", "400000", "40000"));
    assertThat(reserved)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("1200000"),
            new BigDecimal("600000"),
            new BigDecimal("200000"),
            BigDecimal.ZERO);
    assertThat(ClaimQueue.statusOf(new BigDecimal("400000.00"), reserved.get(2)))
        .isEqualTo(ClaimQueue.RESERVED_PARTIAL);
    assertThat(ClaimQueue.statusOf(new BigDecimal("40000.00"), reserved.get(3)))
        .isEqualTo(ClaimQueue.QUEUED);
    assertThat(ClaimQueue.statusOf(new BigDecimal("600000.00"), reserved.get(1)))
        .isEqualTo(ClaimQueue.RESERVED);
  }

  @Test
  void underNothingAClaimThatDoesNotFitWholeWaitsAndASmallerLaterOneIsServed() {
    List<BigDecimal> reserved =
        ClaimQueue.allocate(
            CAP,
            new BigDecimal("1200000"),
            PartialClaim.NOTHING,
            amounts("600000", "400000", "100000"));
    assertThat(reserved)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("600000"), BigDecimal.ZERO, new BigDecimal("100000"));
  }

  @Test
  void paidClaimsKeepTheirShareOfTheCap() {
    assertThat(
            ClaimQueue.allocate(CAP, CAP, PartialClaim.REMAINDER_OF_CAP, amounts("10.00", "20.00")))
        .allMatch(r -> r.signum() == 0);
    assertThatThrownBy(
            () ->
                ClaimQueue.allocate(
                    CAP, new BigDecimal("2000000.01"), PartialClaim.NOTHING, List.of()))
        .hasMessageStartingWith("paid:");
  }
}
