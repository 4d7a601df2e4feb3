package cn.gov.guizhou.ipp.contracts.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage of a financing with an annual cap, first come first served (数据知识产权证券化: 4% of the
 * issuance amount; several enterprises of one product share it in proportion to their actual
 * financing ÷ the product's issuance scale; at most CNY 2,000,000 a year across all claims; paid
 * after the product ends).
 *
 * @param rate the percentage, as a fraction (0.04)
 * @param annualCap the most granted in a year across all claims
 * @param shareProRata whether enterprises of one product share pro rata
 * @param partialClaimAtCap what the claim that crosses the cap gets — the guide is silent; the
 *     platform's choice is the remainder of the cap
 * @param paidAfterProductEnds whether payment waits for the product to end
 */
public record PercentageWithAnnualCap(
    BigDecimal rate,
    BigDecimal annualCap,
    boolean shareProRata,
    PartialClaim partialClaimAtCap,
    boolean paidAfterProductEnds)
    implements FundingRule {

  public PercentageWithAnnualCap {
    if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("rate: must be a fraction between 0 and 1");
    }
    annualCap = FundingRule.positiveMoney(annualCap, "annualCap");
    if (partialClaimAtCap == null) {
      partialClaimAtCap = PartialClaim.REMAINDER_OF_CAP;
    }
  }

  /**
   * Computes one claim, in the order claims arrive.
   *
   * @param issuanceAmount the product's issuance amount
   * @param issuanceScale the product's issuance scale (the financing of all its enterprises)
   * @param actualFinancing this enterprise's actual financing within the product
   * @param grantedThisYear what earlier claims of the year were granted
   * @throws IllegalArgumentException naming the field, for amounts that make no sense
   */
  public Claim claim(
      BigDecimal issuanceAmount,
      BigDecimal issuanceScale,
      BigDecimal actualFinancing,
      BigDecimal grantedThisYear) {
    BigDecimal amount = FundingRule.positiveMoney(issuanceAmount, "issuanceAmount");
    BigDecimal scale = FundingRule.positiveMoney(issuanceScale, "issuanceScale");
    BigDecimal financing = FundingRule.positiveMoney(actualFinancing, "actualFinancing");
    BigDecimal granted = FundingRule.money(grantedThisYear, "grantedThisYear");
    if (financing.compareTo(scale) > 0) {
      throw new IllegalArgumentException(
          "actualFinancing: cannot exceed the product's issuance scale");
    }
    BigDecimal share =
        shareProRata ? amount.multiply(financing).divide(scale, 2, RoundingMode.HALF_UP) : amount;
    BigDecimal uncapped = share.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    BigDecimal remaining = annualCap.subtract(granted).max(BigDecimal.ZERO).setScale(2);
    boolean crosses = uncapped.compareTo(remaining) > 0;
    BigDecimal subsidy =
        !crosses
            ? uncapped
            : partialClaimAtCap == PartialClaim.REMAINDER_OF_CAP
                ? remaining
                : BigDecimal.ZERO.setScale(2);
    return new Claim(share, uncapped, remaining, subsidy, crosses);
  }

  @Override
  public BigDecimal maximumPerProject() {
    return annualCap;
  }

  /** What the claim that crosses the annual cap gets. */
  public enum PartialClaim {
    /** What is left of the cap. */
    REMAINDER_OF_CAP,
    /** Nothing: only claims that fit whole are granted. */
    NOTHING
  }

  /**
   * The outcome of one claim.
   *
   * @param enterpriseShare the enterprise's part of the issuance amount
   * @param uncappedSubsidy the percentage of that part
   * @param remainingAnnualCap what was left of the year's cap before this claim
   * @param subsidy what the claim is granted
   * @param cappedByAnnualLimit whether the annual cap cut the claim
   */
  public record Claim(
      BigDecimal enterpriseShare,
      BigDecimal uncappedSubsidy,
      BigDecimal remainingAnnualCap,
      BigDecimal subsidy,
      boolean cappedByAnnualLimit) {}
}
