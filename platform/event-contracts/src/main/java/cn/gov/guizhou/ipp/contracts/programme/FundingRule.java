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

  /** Money as the platform keeps it: two decimals, and never negative. */
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
