package cn.gov.guizhou.ipp.contracts.programme;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a track's money is determined. The guide uses six kinds of rule; each is a record with the
 * guide's numbers and a pure computation. On the wire the kind is the {@code kind} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = FixedAmount.class, name = "FIXED_AMOUNT"),
  @JsonSubTypes.Type(value = RankTiers.class, name = "RANK_TIERS"),
  @JsonSubTypes.Type(value = RollingWithEvaluation.class, name = "ROLLING_WITH_EVALUATION"),
  @JsonSubTypes.Type(value = StagedPostSubsidy.class, name = "STAGED_POST_SUBSIDY"),
  @JsonSubTypes.Type(value = PercentageWithAnnualCap.class, name = "PERCENTAGE_WITH_ANNUAL_CAP"),
  @JsonSubTypes.Type(value = ConditionalOnThreshold.class, name = "CONDITIONAL_ON_THRESHOLD")
})
public sealed interface FundingRule
    permits FixedAmount,
        RankTiers,
        RollingWithEvaluation,
        StagedPostSubsidy,
        PercentageWithAnnualCap,
        ConditionalOnThreshold {

  /** The most one project can receive under the rule, or null where the guide sets no bound. */
  BigDecimal maximumPerProject();

  /**
   * What an award of {@code awarded} commits against the track's budget when it is made: the
   * awarded amount, except where later money is reserved with it — a rolling programme's first year
   * plus the most its second year can get ({@link RollingWithEvaluation}), a post-subsidy's maximum
   * in all ({@link StagedPostSubsidy}). review-service proposes and decides awards in rank order by
   * this figure, so that funding-service, which reserves the same, never refuses one.
   */
  default BigDecimal committedOnAward(BigDecimal awarded) {
    if (this instanceof RollingWithEvaluation || this instanceof StagedPostSubsidy) {
      return maximumPerProject();
    }
    return money(awarded, "awarded");
  }

  /**
   * The one amount every funded project of the track receives (每项资助X万元): a {@link FixedAmount}'s
   * amount and a {@link ConditionalOnThreshold}'s amount; null where the amount depends on the
   * rank, an evaluation or a claim.
   */
  default BigDecimal fixedAward() {
    if (this instanceof FixedAmount fixed) {
      return fixed.amount();
    }
    if (this instanceof ConditionalOnThreshold threshold) {
      return threshold.amount();
    }
    return null;
  }

  /**
   * Money as the platform keeps it: two decimals, never negative, and at most {@link
   * cn.gov.guizhou.ipp.contracts.MoneyLimit#MAX} (what every consumer's column holds).
   */
  static BigDecimal money(BigDecimal amount, String field) {
    if (amount == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(field + ": must not be negative");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(field + ": has more than two decimals");
    }
    if (amount.compareTo(cn.gov.guizhou.ipp.contracts.MoneyLimit.LARGEST) > 0) {
      throw new IllegalArgumentException(
          field
              + ": must be at most "
              + cn.gov.guizhou.ipp.contracts.MoneyLimit.MAX
              + " CNY (金额不得超过 "
              + cn.gov.guizhou.ipp.contracts.MoneyLimit.MAX
              + " 元)");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** A positive amount of money. */
  static BigDecimal positiveMoney(BigDecimal amount, String field) {
    BigDecimal value = money(amount, field);
    if (value.signum() == 0) {
      throw new IllegalArgumentException(field + ": must be greater than zero");
    }
    return value;
  }
}
