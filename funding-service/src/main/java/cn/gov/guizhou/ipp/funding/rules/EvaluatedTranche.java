package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * What an evaluation releases of a tranche that waits for one.
 *
 * <ul>
 *   <li>{@link TrancheTrigger#AFTER_MET_EVALUATION} (GI-BRAND year 2): {@code TARGETS_MET} releases
 *       the funded amount the evaluation set, which must lie within the tranche's {@code [minimum,
 *       maximum]}; {@code TARGETS_NOT_MET} lapses the tranche (zero).
 *   <li>{@link TrancheTrigger#AFTER_SELECTING_EVALUATION} (a DATA-IP-LEADER stage): {@code
 *       SELECTED} releases the stage amount, {@code NOT_SELECTED} nothing.
 * </ul>
 *
 * Any other outcome, or a tranche no evaluation releases, is refused.
 */
public final class EvaluatedTranche {

  /** The year-1 targets of a rolling programme were met. */
  public static final String TARGETS_MET = "TARGETS_MET";

  /** The year-1 targets of a rolling programme were not met. */
  public static final String TARGETS_NOT_MET = "TARGETS_NOT_MET";

  /** A post-subsidy evaluation selected the project. */
  public static final String SELECTED = "SELECTED";

  /** A post-subsidy evaluation did not select the project. */
  public static final String NOT_SELECTED = "NOT_SELECTED";

  private EvaluatedTranche() {}

  /**
   * What the evaluation releases.
   *
   * @param tranche the planned tranche
   * @param outcome the evaluation's outcome
   * @param fundedAmount the amount a met evaluation set; otherwise null (or, where the outcome
   *     releases nothing, zero; or, for a selecting stage, the stage amount itself)
   * @return CNY, two decimals; zero where the tranche lapses
   * @throws IllegalArgumentException naming {@code tranche}, {@code outcome} or {@code
   *     fundedAmount}
   */
  public static BigDecimal releaseAfterEvaluation(
      PlannedTranche tranche, String outcome, BigDecimal fundedAmount) {
    if (tranche == null) {
      throw new IllegalArgumentException("tranche: is required");
    }
    if (outcome == null || outcome.isBlank()) {
      throw new IllegalArgumentException("outcome: is required");
    }
    return switch (tranche.trigger()) {
      case AFTER_MET_EVALUATION -> {
        if (TARGETS_MET.equals(outcome)) {
          BigDecimal funded = FundingRule.positiveMoney(fundedAmount, "fundedAmount");
          if (funded.compareTo(tranche.minimum()) < 0 || funded.compareTo(tranche.maximum()) > 0) {
            throw new IllegalArgumentException(
                "fundedAmount: must be between "
                    + tranche.minimum().toPlainString()
                    + " and "
                    + tranche.maximum().toPlainString()
                    + ", was "
                    + funded.toPlainString());
          }
          yield funded;
        }
        if (TARGETS_NOT_MET.equals(outcome)) {
          yield nothing(fundedAmount, "the targets were not met");
        }
        throw badOutcome(outcome, TARGETS_MET, TARGETS_NOT_MET);
      }
      case AFTER_SELECTING_EVALUATION -> {
        if (SELECTED.equals(outcome)) {
          if (fundedAmount != null
              && FundingRule.money(fundedAmount, "fundedAmount").compareTo(tranche.amount()) != 0) {
            throw new IllegalArgumentException(
                "fundedAmount: a selecting evaluation releases the stage amount "
                    + tranche.amount().toPlainString());
          }
          yield tranche.amount();
        }
        if (NOT_SELECTED.equals(outcome)) {
          yield nothing(fundedAmount, "the project was not selected");
        }
        throw badOutcome(outcome, SELECTED, NOT_SELECTED);
      }
      default ->
          throw new IllegalArgumentException(
              "tranche: a " + tranche.trigger() + " tranche is not released by an evaluation");
    };
  }

  /**
   * What a selecting evaluation releases of a stage, given what earlier stages of the same grant
   * paid: the stage amount, cut so the stages together never exceed their maximum.
   *
   * @param stage an {@link TrancheTrigger#AFTER_SELECTING_EVALUATION} tranche
   * @param outcome {@code SELECTED} or {@code NOT_SELECTED}
   * @param paidByEarlierStages what the grant's earlier stages released
   * @return CNY, two decimals
   * @throws IllegalArgumentException naming {@code tranche}, {@code outcome} or {@code
   *     paidByEarlierStages} (which may not exceed the stages' maximum)
   */
  public static BigDecimal stageRelease(
      PlannedTranche stage, String outcome, BigDecimal paidByEarlierStages) {
    if (stage != null && stage.trigger() != TrancheTrigger.AFTER_SELECTING_EVALUATION) {
      throw new IllegalArgumentException(
          "tranche: a " + stage.trigger() + " tranche is not a selecting-evaluation stage");
    }
    BigDecimal released = releaseAfterEvaluation(stage, outcome, null);
    BigDecimal paid = FundingRule.money(paidByEarlierStages, "paidByEarlierStages");
    if (paid.compareTo(stage.maximum()) > 0) {
      throw new IllegalArgumentException(
          "paidByEarlierStages: exceeds the stages' maximum " + stage.maximum().toPlainString());
    }
    return released.min(stage.maximum().subtract(paid));
  }

  private static BigDecimal nothing(BigDecimal fundedAmount, String why) {
    if (fundedAmount != null && FundingRule.money(fundedAmount, "fundedAmount").signum() != 0) {
      throw new IllegalArgumentException("fundedAmount: must be empty or zero when " + why);
    }
    return BigDecimal.ZERO.setScale(2);
  }

  private static IllegalArgumentException badOutcome(String outcome, String yes, String no) {
    return new IllegalArgumentException(
        "outcome: must be " + yes + " or " + no + " for this tranche, was " + outcome);
  }
}
