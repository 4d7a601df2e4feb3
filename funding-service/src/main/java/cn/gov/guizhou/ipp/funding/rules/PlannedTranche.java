package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * One planned payment of a grant.
 *
 * <p>A tranche released by a met evaluation ({@link TrancheTrigger#AFTER_MET_EVALUATION}) has no
 * amount yet: the evaluation sets it within {@code [minimum, maximum]}. A stage released by a
 * selecting evaluation ({@link TrancheTrigger#AFTER_SELECTING_EVALUATION}) has the stage amount
 * and, as {@code maximum}, the most all the grant's stages pay together. Every other tranche has an
 * amount and neither bound.
 *
 * @param sequence its place in the grant's schedule, from 1
 * @param trigger what makes it payable
 * @param amount CNY, two decimals; null only where the evaluation sets it
 * @param minimum the least a met evaluation may set, or null
 * @param maximum the most a met evaluation may set, or the cap on all stages together, or null
 * @param descriptionZh what it is, in Chinese
 * @param descriptionEn what it is, in English
 */
public record PlannedTranche(
    int sequence,
    TrancheTrigger trigger,
    BigDecimal amount,
    BigDecimal minimum,
    BigDecimal maximum,
    String descriptionZh,
    String descriptionEn) {

  public PlannedTranche {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence: must be 1 or more");
    }
    if (trigger == null) {
      throw new IllegalArgumentException("trigger: is required");
    }
    switch (trigger) {
      case AFTER_MET_EVALUATION -> {
        if (amount != null) {
          throw new IllegalArgumentException("amount: is set by the evaluation, not planned");
        }
        minimum = FundingRule.positiveMoney(minimum, "minimum");
        maximum = FundingRule.positiveMoney(maximum, "maximum");
        if (maximum.compareTo(minimum) < 0) {
          throw new IllegalArgumentException("maximum: is below minimum");
        }
      }
      case AFTER_SELECTING_EVALUATION -> {
        amount = FundingRule.positiveMoney(amount, "amount");
        if (minimum != null) {
          throw new IllegalArgumentException(
              "minimum: applies only to a tranche set by a met evaluation");
        }
        maximum = FundingRule.positiveMoney(maximum, "maximum");
        if (amount.compareTo(maximum) > 0) {
          throw new IllegalArgumentException("amount: is above the stages' maximum");
        }
      }
      default -> {
        amount = FundingRule.positiveMoney(amount, "amount");
        if (minimum != null) {
          throw new IllegalArgumentException(
              "minimum: applies only to a tranche set by a met evaluation");
        }
        if (maximum != null) {
          throw new IllegalArgumentException(
              "maximum: applies only to a tranche released by an evaluation");
        }
      }
    }
    if (descriptionZh == null || descriptionZh.isBlank()) {
      throw new IllegalArgumentException("descriptionZh: is required");
    }
    if (descriptionEn == null || descriptionEn.isBlank()) {
      throw new IllegalArgumentException("descriptionEn: is required");
    }
  }

  /** The most this tranche can pay on its own: its amount, or its maximum where it has none. */
  public BigDecimal mostPayable() {
    return amount != null ? amount : maximum;
  }
}
