package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * The per-unit ceiling of a staged post-subsidy (guide 2.1, 数据知识产权领军企业: "项目实施期内单个单位累计补助20万元"). The
 * ceiling binds the unit, not the application: what one unit's stages release, over every grant of
 * the track whose implementation period overlaps, never adds up to more than the rule's maximum. A
 * stage that would cross it is cut to what is left, and one that finds nothing left is refused;
 * either way with its reason, in Chinese and English, for the unit's story.
 *
 * @param ceiling the most one unit receives in all over the implementation period, CNY
 */
public record UnitCeiling(BigDecimal ceiling) {

  public UnitCeiling {
    ceiling = FundingRule.positiveMoney(ceiling, "ceiling");
  }

  /**
   * What a selected stage releases, given what the unit already has.
   *
   * @param stageAmount what the evaluation's selection would bring (the stage amount, already
   *     capped by the grant's own maximum)
   * @param receivedByUnit what the unit's stages of the track released so far (due or paid), over
   *     every grant whose implementation period overlaps this one's
   * @return the release, with its reason where it is cut or refused
   * @throws IllegalArgumentException naming {@code stageAmount} or {@code receivedByUnit}
   */
  public Release release(BigDecimal stageAmount, BigDecimal receivedByUnit) {
    BigDecimal stage = FundingRule.money(stageAmount, "stageAmount");
    BigDecimal received = FundingRule.money(receivedByUnit, "receivedByUnit");
    BigDecimal left = ceiling.subtract(received).max(BigDecimal.ZERO).setScale(2);
    if (stage.compareTo(left) <= 0) {
      return new Release(stage.setScale(2), Outcome.RELEASED, null, null);
    }
    String ceilingText = ceiling.stripTrailingZeros().toPlainString();
    String receivedText = received.stripTrailingZeros().toPlainString();
    if (left.signum() == 0) {
      return new Release(
          left,
          Outcome.REFUSED_AT_CEILING,
          "本单位在项目实施期内已累计获得补助 " + receivedText + " 元，达到单个单位累计补助 " + ceilingText + " 元的上限，本阶段补助不予拨付",
          "the unit has already received CNY "
              + receivedText
              + " over the implementation period, the ceiling of CNY "
              + ceilingText
              + " per unit: this stage is not paid");
    }
    String leftText = left.stripTrailingZeros().toPlainString();
    return new Release(
        left,
        Outcome.CUT_TO_CEILING,
        "本单位在项目实施期内已累计获得补助 "
            + receivedText
            + " 元，单个单位累计补助上限 "
            + ceilingText
            + " 元，本阶段补助核减为 "
            + leftText
            + " 元",
        "the unit has already received CNY "
            + receivedText
            + " over the implementation period; with the ceiling of CNY "
            + ceilingText
            + " per unit this stage is cut to CNY "
            + leftText);
  }

  /** What became of a selected stage. */
  public enum Outcome {
    /** Released in full. */
    RELEASED,
    /** Cut to what the unit had left under the ceiling. */
    CUT_TO_CEILING,
    /** Refused: the unit had reached the ceiling. */
    REFUSED_AT_CEILING
  }

  /**
   * A stage's release under the ceiling.
   *
   * @param amount what is released, CNY, two decimals (zero when refused)
   * @param outcome released, cut or refused
   * @param reasonZh why it was cut or refused, null when released in full
   * @param reasonEn in English
   */
  public record Release(BigDecimal amount, Outcome outcome, String reasonZh, String reasonEn) {}
}
