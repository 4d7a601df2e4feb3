package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.ConditionalOnThreshold;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schedule of a grant, built from its track's funding rule when the award is made.
 *
 * <ul>
 *   <li>{@link FixedAmount}: one {@code ON_AWARD} tranche of the awarded amount, which is positive
 *       and at most the rule's amount (review awards an application its request within the track's
 *       amount).
 *   <li>{@link RankTiers}: one {@code ON_AWARD} tranche; the awarded amount is one of the tiers'.
 *   <li>{@link RollingWithEvaluation} (GI-BRAND): year 1 {@code ON_AWARD} for the first-year
 *       amount, which is what is awarded; year 2 {@code AFTER_MET_EVALUATION} with no amount, set
 *       by the evaluation within the rule's range.
 *   <li>{@link StagedPostSubsidy} (DATA-IP-LEADER): one {@code AFTER_SELECTING_EVALUATION} stage
 *       per listed year, each of the stage amount, all together capped by the rule's maximum total;
 *       nothing is awarded up front, so the awarded amount is zero.
 *   <li>{@link ConditionalOnThreshold} (AGENCY-BRAND): one {@code ON_THRESHOLD_MET} tranche of the
 *       awarded amount, positive and at most the rule's amount.
 *   <li>{@link PercentageWithAnnualCap} (securitisation): one {@code AFTER_PRODUCT_END} tranche (or
 *       {@code ON_AWARD} where the rule does not wait for the product's end) of the reserved
 *       subsidy, passed as the awarded amount: positive and at most the annual cap.
 * </ul>
 */
public final class TrancheSchedule {

  private TrancheSchedule() {}

  /**
   * The planned tranches of a grant.
   *
   * @param rule the track's funding rule
   * @param awardedAmount what the award decided (the reserved subsidy for a securitisation claim)
   * @return the tranches, numbered from 1
   * @throws IllegalArgumentException naming {@code rule} or {@code awardedAmount}
   */
  public static List<PlannedTranche> forAward(FundingRule rule, BigDecimal awardedAmount) {
    if (rule == null) {
      throw new IllegalArgumentException("rule: is required");
    }
    BigDecimal awarded = FundingRule.money(awardedAmount, "awardedAmount");
    if (rule instanceof FixedAmount fixed) {
      requireUpTo(awarded, fixed.amount(), "the fixed amount");
      return List.of(
          new PlannedTranche(
              1,
              TrancheTrigger.ON_AWARD,
              awarded,
              null,
              null,
              "立项后拨付资助资金 " + cny(awarded) + " 元",
              "Paid on award: CNY " + cny(awarded)));
    }
    if (rule instanceof RankTiers tiers) {
      List<BigDecimal> amounts =
          tiers.tiers().stream().map(RankTiers.Tier::amount).distinct().toList();
      if (amounts.stream().noneMatch(a -> a.compareTo(awarded) == 0)) {
        throw new IllegalArgumentException(
            "awardedAmount: must be one of the tier amounts "
                + amounts.stream().map(TrancheSchedule::cny).toList()
                + ", was "
                + cny(awarded));
      }
      return List.of(
          new PlannedTranche(
              1,
              TrancheTrigger.ON_AWARD,
              awarded,
              null,
              null,
              "按排名一次性拨付资助资金 " + cny(awarded) + " 元",
              "One-off award by rank, paid on award: CNY " + cny(awarded)));
    }
    if (rule instanceof RollingWithEvaluation rolling) {
      if (awarded.compareTo(rolling.firstYearAmount()) != 0) {
        throw new IllegalArgumentException(
            "awardedAmount: must equal the first-year amount "
                + cny(rolling.firstYearAmount())
                + ", was "
                + cny(awarded));
      }
      return List.of(
          new PlannedTranche(
              1,
              TrancheTrigger.ON_AWARD,
              rolling.firstYearAmount(),
              null,
              null,
              "第一年立项后拨付资助资金 " + cny(rolling.firstYearAmount()) + " 元",
              "Year 1, paid on award: CNY " + cny(rolling.firstYearAmount())),
          new PlannedTranche(
              2,
              TrancheTrigger.AFTER_MET_EVALUATION,
              null,
              rolling.secondYearMinimum(),
              rolling.secondYearMaximum(),
              "第一年目标考核达标后，第二年资助 "
                  + cny(rolling.secondYearMinimum())
                  + "–"
                  + cny(rolling.secondYearMaximum())
                  + " 元（由考核确定）；未达标不再资助",
              "Year 2, only if the year-1 evaluation finds the targets met: CNY "
                  + cny(rolling.secondYearMinimum())
                  + "–"
                  + cny(rolling.secondYearMaximum())
                  + " as the evaluation sets; lapses otherwise"));
    }
    if (rule instanceof StagedPostSubsidy staged) {
      if (awarded.signum() != 0) {
        throw new IllegalArgumentException(
            "awardedAmount: a post-subsidy awards nothing before an evaluation selects the"
                + " project, so it must be 0.00, was "
                + cny(awarded));
      }
      List<PlannedTranche> stages = new ArrayList<>();
      int sequence = 1;
      for (int year : staged.stageAfterYears()) {
        stages.add(
            new PlannedTranche(
                sequence++,
                TrancheTrigger.AFTER_SELECTING_EVALUATION,
                staged.stageAmount(),
                null,
                staged.maximumTotal(),
                "第"
                    + year
                    + "年评价择优后补助 "
                    + cny(staged.stageAmount())
                    + " 元（累计不超过 "
                    + cny(staged.maximumTotal())
                    + " 元）",
                "After the year-"
                    + year
                    + " evaluation, if it selects the project: CNY "
                    + cny(staged.stageAmount())
                    + " (at most CNY "
                    + cny(staged.maximumTotal())
                    + " in all)"));
      }
      return List.copyOf(stages);
    }
    if (rule instanceof ConditionalOnThreshold threshold) {
      requireUpTo(awarded, threshold.amount(), "the rule's amount");
      String statisticsZh = threshold.requiresInStatistics() ? "且入库纳统" : "";
      String statisticsEn =
          threshold.requiresInStatistics() ? " and the unit is in the statistics" : "";
      return List.of(
          new PlannedTranche(
              1,
              TrancheTrigger.ON_THRESHOLD_MET,
              awarded,
              null,
              null,
              threshold.revenueYear()
                  + "年营业收入达到 "
                  + cny(threshold.minimumRevenue())
                  + " 元"
                  + statisticsZh
                  + "后拨付 "
                  + cny(awarded)
                  + " 元；未达到不予资助",
              "Paid once an officer records that the "
                  + threshold.revenueYear()
                  + " revenue reached CNY "
                  + cny(threshold.minimumRevenue())
                  + statisticsEn
                  + ": CNY "
                  + cny(awarded)
                  + "; lapses otherwise"));
    }
    if (rule instanceof PercentageWithAnnualCap percentage) {
      if (awarded.signum() == 0) {
        throw new IllegalArgumentException("awardedAmount: must be greater than zero");
      }
      if (awarded.compareTo(percentage.annualCap()) > 0) {
        throw new IllegalArgumentException(
            "awardedAmount: exceeds the annual cap " + cny(percentage.annualCap()));
      }
      return List.of(
          percentage.paidAfterProductEnds()
              ? new PlannedTranche(
                  1,
                  TrancheTrigger.AFTER_PRODUCT_END,
                  awarded,
                  null,
                  null,
                  "产品到期且未发生逾期或违约后拨付证券化补助 " + cny(awarded) + " 元",
                  "Securitisation subsidy, paid after the product ends without default or"
                      + " overdue payment: CNY "
                      + cny(awarded))
              : new PlannedTranche(
                  1,
                  TrancheTrigger.ON_AWARD,
                  awarded,
                  null,
                  null,
                  "拨付证券化补助 " + cny(awarded) + " 元",
                  "Securitisation subsidy, paid on award: CNY " + cny(awarded)));
    }
    throw new IllegalArgumentException("rule: " + rule.getClass().getSimpleName() + " is unknown");
  }

  /**
   * The most a grant with these tranches can ever pay: the budget commitment it needs. A tranche
   * counts its amount, or its maximum where the evaluation sets the amount; the stages released by
   * selecting evaluations count together at most their shared maximum.
   *
   * @param tranches a grant's tranches
   * @return CNY, two decimals
   * @throws IllegalArgumentException naming {@code tranches} for a missing list or tranche, a
   *     repeated sequence, or stages that disagree on their maximum
   */
  public static BigDecimal committed(List<PlannedTranche> tranches) {
    if (tranches == null) {
      throw new IllegalArgumentException("tranches: is required");
    }
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    BigDecimal stages = BigDecimal.ZERO.setScale(2);
    BigDecimal stagesMaximum = null;
    Set<Integer> sequences = new HashSet<>();
    for (int i = 0; i < tranches.size(); i++) {
      PlannedTranche tranche = tranches.get(i);
      if (tranche == null) {
        throw new IllegalArgumentException("tranches[" + i + "]: is required");
      }
      if (!sequences.add(tranche.sequence())) {
        throw new IllegalArgumentException(
            "tranches: sequence " + tranche.sequence() + " appears more than once");
      }
      if (tranche.trigger() == TrancheTrigger.AFTER_SELECTING_EVALUATION) {
        if (stagesMaximum != null && stagesMaximum.compareTo(tranche.maximum()) != 0) {
          throw new IllegalArgumentException("tranches: the stages disagree on their maximum");
        }
        stagesMaximum = tranche.maximum();
        stages = stages.add(tranche.amount());
      } else {
        total = total.add(tranche.mostPayable());
      }
    }
    return stagesMaximum == null ? total : total.add(stages.min(stagesMaximum));
  }

  private static void requireUpTo(BigDecimal awarded, BigDecimal most, String what) {
    if (awarded.signum() == 0) {
      throw new IllegalArgumentException("awardedAmount: must be greater than zero");
    }
    if (awarded.compareTo(most) > 0) {
      throw new IllegalArgumentException(
          "awardedAmount: must not exceed " + what + " " + cny(most) + ", was " + cny(awarded));
    }
  }

  static String cny(BigDecimal amount) {
    return amount.toPlainString();
  }
}
