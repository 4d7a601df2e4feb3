package cn.gov.guizhou.ipp.funding.securitisation;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import java.math.BigDecimal;
import java.util.List;

/**
 * One enterprise's part of a securitisation product's subsidy (按照其实际融资额占该只产品发行规模的相应比例予以申请其补贴): the
 * product's subsidy is the rule's rate (4%) of its issuance amount; each enterprise's share is its
 * actual financing ÷ the product's issuance scale. The financing the product's claims declare never
 * exceeds the issuance, and what its claims are granted together never exceeds the product's
 * subsidy, to the fen: a claim whose own rounding would take the product past it gets what is left.
 * The year's cap (CNY 2,000,000) applies afterwards, across products, in {@link ClaimQueue}.
 */
public final class ProductShare {

  private ProductShare() {}

  /** What all of a product's claims together may be granted: the rate of its issuance amount. */
  public static BigDecimal productSubsidy(PercentageWithAnnualCap rule, BigDecimal issuanceAmount) {
    return rule.claim(issuanceAmount, issuanceAmount, issuanceAmount, BigDecimal.ZERO)
        .uncappedSubsidy();
  }

  /**
   * One claim's subsidy before the year's cap.
   *
   * @param rule the track's rule
   * @param issuanceAmount the product's issuance amount (its issuance scale)
   * @param financingAmount this enterprise's actual financing within the product
   * @param otherFinancing the financing the product's other live claims declare
   * @param otherSubsidies what the product's other live claims were computed before the cap
   * @throws IllegalArgumentException naming the field, when the financing declared for the product
   *     would exceed its issuance, or for amounts that make no sense
   */
  public static BigDecimal of(
      PercentageWithAnnualCap rule,
      BigDecimal issuanceAmount,
      BigDecimal financingAmount,
      List<BigDecimal> otherFinancing,
      List<BigDecimal> otherSubsidies) {
    BigDecimal issuance = FundingRule.positiveMoney(issuanceAmount, "issuanceAmount");
    BigDecimal financing = FundingRule.positiveMoney(financingAmount, "financingAmount");
    BigDecimal declared = sum(otherFinancing, "otherFinancing");
    if (declared.add(financing).compareTo(issuance) > 0) {
      throw new IllegalArgumentException(
          "financingAmount: the product's other claims already declare "
              + declared.toPlainString()
              + " of its issuance of "
              + issuance.toPlainString()
              + "; at most "
              + issuance.subtract(declared).max(BigDecimal.ZERO).toPlainString()
              + " is left");
    }
    BigDecimal own = rule.claim(issuance, issuance, financing, BigDecimal.ZERO).uncappedSubsidy();
    BigDecimal left =
        productSubsidy(rule, issuance).subtract(sum(otherSubsidies, "otherSubsidies"));
    return own.min(left).max(BigDecimal.ZERO).setScale(2);
  }

  private static BigDecimal sum(List<BigDecimal> amounts, String field) {
    if (amounts == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return amounts.stream()
        .map(a -> FundingRule.money(a, field))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
