package cn.gov.guizhou.ipp.contracts.programme;

import java.math.BigDecimal;

/**
 * Rolling support over two years (地理标志品牌培育: 竞争立项、目标承诺、达标资助): year 1 is funded at approval; year 2
 * only if the year-1 evaluation is met, for the amount the year-2 plan sets within the range.
 *
 * @param firstYearAmount year-1 award
 * @param secondYearMinimum least a year-2 award may be
 * @param secondYearMaximum most a year-2 award may be
 */
public record RollingWithEvaluation(
    BigDecimal firstYearAmount, BigDecimal secondYearMinimum, BigDecimal secondYearMaximum)
    implements FundingRule {

  public RollingWithEvaluation {
    firstYearAmount = FundingRule.positiveMoney(firstYearAmount, "firstYearAmount");
    secondYearMinimum = FundingRule.positiveMoney(secondYearMinimum, "secondYearMinimum");
    secondYearMaximum = FundingRule.positiveMoney(secondYearMaximum, "secondYearMaximum");
    if (secondYearMaximum.compareTo(secondYearMinimum) < 0) {
      throw new IllegalArgumentException("secondYearMaximum: is below secondYearMinimum");
    }
  }

  /**
   * The year-2 award.
   *
   * @param evaluationMet whether the experts found the year-1 targets met
   * @param plannedAmount the amount the year-2 plan asks for
   * @return zero if the evaluation was not met
   * @throws IllegalArgumentException if a met evaluation's plan asks for an amount out of range
   */
  public BigDecimal secondYearAward(boolean evaluationMet, BigDecimal plannedAmount) {
    if (!evaluationMet) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal planned = FundingRule.positiveMoney(plannedAmount, "plannedAmount");
    if (planned.compareTo(secondYearMinimum) < 0 || planned.compareTo(secondYearMaximum) > 0) {
      throw new IllegalArgumentException(
          "plannedAmount: must be between " + secondYearMinimum + " and " + secondYearMaximum);
    }
    return planned;
  }

  @Override
  public BigDecimal maximumPerProject() {
    return firstYearAmount.add(secondYearMaximum);
  }
}
