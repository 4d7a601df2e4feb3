package cn.gov.guizhou.ipp.review.scoring;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * A proposed award: the application's place in the ranking, the amount it would receive, and
 * whether that amount is within the track's budget in rank order.
 *
 * @param ranked the ranked application
 * @param amount CNY it would receive, two decimals
 * @param withinBudget true if the proposal funds it
 */
public record ProposedAward(Ranked ranked, BigDecimal amount, boolean withinBudget) {

  public ProposedAward {
    if (ranked == null) {
      throw new IllegalArgumentException("ranked: is required");
    }
    amount = FundingRule.money(amount, "amount");
  }
}
