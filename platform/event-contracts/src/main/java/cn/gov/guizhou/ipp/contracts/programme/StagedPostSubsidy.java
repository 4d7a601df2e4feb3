package cn.gov.guizhou.ipp.contracts.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * Post-subsidy in stages (数据知识产权领军企业): after each listed year's evaluation the selected projects
 * get the stage amount, never more than the maximum in all.
 *
 * @param stageAmount what a selecting evaluation brings
 * @param stageAfterYears the project years after whose evaluation a stage is paid (2 and 3)
 * @param maximumTotal the most a project receives in all
 */
public record StagedPostSubsidy(
    BigDecimal stageAmount, List<Integer> stageAfterYears, BigDecimal maximumTotal)
    implements FundingRule {

  public StagedPostSubsidy {
    stageAmount = FundingRule.positiveMoney(stageAmount, "stageAmount");
    maximumTotal = FundingRule.positiveMoney(maximumTotal, "maximumTotal");
    if (stageAfterYears == null || stageAfterYears.isEmpty()) {
      throw new IllegalArgumentException("stageAfterYears: at least one stage is required");
    }
    stageAfterYears = List.copyOf(stageAfterYears);
    if (maximumTotal.compareTo(stageAmount) < 0) {
      throw new IllegalArgumentException("maximumTotal: is below one stage");
    }
  }

  /**
   * What an evaluation brings.
   *
   * @param projectYear the project year just evaluated
   * @param selected whether the evaluation selected the project ("the best")
   * @param alreadyPaid what earlier stages paid
   */
  public BigDecimal awardAfterEvaluation(
      int projectYear, boolean selected, BigDecimal alreadyPaid) {
    BigDecimal paid = FundingRule.money(alreadyPaid, "alreadyPaid");
    if (!selected || !stageAfterYears.contains(projectYear)) {
      return BigDecimal.ZERO.setScale(2);
    }
    return stageAmount.min(maximumTotal.subtract(paid).max(BigDecimal.ZERO)).setScale(2);
  }

  @Override
  public BigDecimal maximumPerProject() {
    return maximumTotal;
  }
}
