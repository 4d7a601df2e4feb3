package cn.gov.guizhou.ipp.contracts.programme;

import java.math.BigDecimal;

/**
 * An award released only if a threshold is met (服务机构品牌培育: 上规入统 — 2026 revenue of CNY 10,000,000 or
 * more and in the statistics). Reaching the threshold exactly is enough.
 *
 * @param amount the award
 * @param minimumRevenue the revenue to reach
 * @param revenueYear the year whose revenue counts
 * @param requiresInStatistics whether the unit must also be in the statistics (入库纳统)
 */
public record ConditionalOnThreshold(
    BigDecimal amount, BigDecimal minimumRevenue, int revenueYear, boolean requiresInStatistics)
    implements FundingRule {

  public ConditionalOnThreshold {
    amount = FundingRule.positiveMoney(amount, "amount");
    minimumRevenue = FundingRule.positiveMoney(minimumRevenue, "minimumRevenue");
  }

  /** The award: the amount if the threshold is met, zero otherwise. */
  public BigDecimal award(BigDecimal revenue, boolean inStatistics) {
    return met(revenue, inStatistics) ? amount : BigDecimal.ZERO.setScale(2);
  }

  /** Whether the unit reached the threshold. */
  public boolean met(BigDecimal revenue, boolean inStatistics) {
    BigDecimal declared = FundingRule.money(revenue, "revenue");
    return declared.compareTo(minimumRevenue) >= 0 && (inStatistics || !requiresInStatistics);
  }

  @Override
  public BigDecimal maximumPerProject() {
    return amount;
  }
}
