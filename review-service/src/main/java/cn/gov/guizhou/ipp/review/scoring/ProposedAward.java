package cn.gov.guizhou.ipp.review.scoring;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * A proposed award: the application's place in the ranking, the amount it would receive, and
 * whether that amount is within the track's budget in rank order.
 *
 * @param ranked the ranked application
 * @param amount CNY it would receive, two decimals
 * @param committed CNY its award commits against the budget (the amount, or for a rolling or staged
 *     rule the most the project can receive)
 * @param withinBudget true if the proposal funds it
 */
public record ProposedAward(
    Ranked ranked, BigDecimal amount, BigDecimal committed, boolean withinBudget) {

  public ProposedAward {
    if (ranked == null) {
      throw new IllegalArgumentException("ranked: is required");
    }
    amount = FundingRule.money(amount, "amount");
    committed = committed == null ? amount : FundingRule.money(committed, "committed");
  }

  /** A proposed award that commits its amount. */
  public ProposedAward(Ranked ranked, BigDecimal amount, boolean withinBudget) {
    this(ranked, amount, amount, withinBudget);
  }
}
