package cn.gov.guizhou.ipp.funding.securitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap.PartialClaim;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's 2.2: 4% of the issuance, shared by financing ÷ issuance, CNY 2,000,000 a year. */
class ProductShareTest {

  private static final BigDecimal CAP = new BigDecimal("2000000.00");
  private static final PercentageWithAnnualCap RULE =
      new PercentageWithAnnualCap(
          new BigDecimal("0.04"), CAP, true, PartialClaim.REMAINDER_OF_CAP, true);

  private static BigDecimal cny(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void theProductsSubsidyIsFourPercentOfItsIssuance() {
    assertThat(ProductShare.productSubsidy(RULE, cny("50000000.00")))
        .isEqualByComparingTo("2000000");
    assertThat(ProductShare.productSubsidy(RULE, cny("50000000.01")))
        .isEqualByComparingTo("2000000");
    assertThat(ProductShare.productSubsidy(RULE, cny("50000000.13")))
        .isEqualByComparingTo("2000000.01");
  }

  @Test
  void twoEnterprisesOfOneProductShareItsFourPercentByFinancing() {
    BigDecimal first =
        ProductShare.of(RULE, cny("50000000.00"), cny("30000000.00"), List.of(), List.of());
    BigDecimal second =
        ProductShare.of(
            RULE,
            cny("50000000.00"),
            cny("20000000.00"),
            List.of(cny("30000000.00")),
            List.of(first));

    assertThat(first).isEqualByComparingTo("1200000");
    assertThat(second).isEqualByComparingTo("800000");
    assertThat(first.add(second)).isEqualByComparingTo("2000000");
  }

  @Test
  void theProductsFinancingNeverExceedsItsIssuance() {
    // 30,000,000 + 20,000,000 is all of a 50,000,000 issuance: one fen more is refused.
    assertThatThrownBy(
            () ->
                ProductShare.of(
                    RULE,
                    cny("50000000.00"),
                    cny("0.01"),
                    List.of(cny("30000000.00"), cny("20000000.00")),
                    List.of(cny("1200000.00"), cny("800000.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("financingAmount:")
        .hasMessageContaining("at most 0.00 is left");
    // Two enterprises declaring 30,000,000 each of a 50,000,000 product: the second is refused,
    // never 1,200,000 + 1,200,000 = 2,400,000 for a product worth 2,000,000.
    assertThatThrownBy(
            () ->
                ProductShare.of(
                    RULE,
                    cny("50000000.00"),
                    cny("30000000.00"),
                    List.of(cny("30000000.00")),
                    List.of(cny("1200000.00"))))
        .hasMessageStartingWith("financingAmount:")
        .hasMessageContaining("at most 20000000.00 is left");
  }

  @Test
  void roundingNeverTakesAProductPastItsSubsidy() {
    // 4% of 500,000.13 is 20,000.0052, rounded to 20,000.01; twice that is 40,000.02, but 4% of
    // the issuance of 1,000,000.26 is 40,000.0104, i.e. 40,000.01: the second claim gets 20,000.00.
    BigDecimal first =
        ProductShare.of(RULE, cny("1000000.26"), cny("500000.13"), List.of(), List.of());
    BigDecimal second =
        ProductShare.of(
            RULE, cny("1000000.26"), cny("500000.13"), List.of(cny("500000.13")), List.of(first));

    assertThat(first).isEqualByComparingTo("20000.01");
    assertThat(second).isEqualByComparingTo("20000.00");
    assertThat(first.add(second))
        .isEqualByComparingTo(ProductShare.productSubsidy(RULE, cny("1000000.26")));
  }

  @Test
  void oneProductOfFiftyMillionTakesTheWholeYearsCapAndTheNextWaits() {
    BigDecimal a =
        ProductShare.of(RULE, cny("50000000.00"), cny("30000000.00"), List.of(), List.of());
    BigDecimal b =
        ProductShare.of(
            RULE, cny("50000000.00"), cny("20000000.00"), List.of(cny("30000000.00")), List.of(a));
    BigDecimal c =
        ProductShare.of(RULE, cny("10000000.00"), cny("10000000.00"), List.of(), List.of());

    List<BigDecimal> reserved =
        ClaimQueue.allocate(CAP, BigDecimal.ZERO, PartialClaim.REMAINDER_OF_CAP, List.of(a, b, c));

    assertThat(reserved)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(cny("1200000"), cny("800000"), BigDecimal.ZERO);
    assertThat(reserved.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("never more than CNY 2,000,000 together")
        .isEqualByComparingTo("2000000");
  }

  @Test
  void whatARefusedClaimReleasesIsReOfferedInFilingOrder() {
    // The 800,000 claim is refused: the waiting 400,000 claim is served whole, the next one gets
    // the remaining 400,000 of its 500,000 (the rule's partialClaimAtCap: REMAINDER_OF_CAP).
    List<BigDecimal> reserved =
        ClaimQueue.allocate(
            CAP,
            BigDecimal.ZERO,
            PartialClaim.REMAINDER_OF_CAP,
            List.of(cny("1200000"), cny("400000"), cny("500000")));
    assertThat(reserved)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(cny("1200000"), cny("400000"), cny("400000"));
    assertThat(ClaimQueue.statusOf(cny("500000"), reserved.get(2)))
        .isEqualTo(ClaimQueue.RESERVED_PARTIAL);
  }
}
