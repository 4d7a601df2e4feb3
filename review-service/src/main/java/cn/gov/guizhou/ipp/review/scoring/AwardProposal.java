package cn.gov.guizhou.ipp.review.scoring;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Proposes a track's awards in rank order until its budget is used (the guide: the number funded
 * "根据年度经费预算确定"). Going down the ranking, each application gets {@code amountFor(it)} while what its
 * award commits ({@code committedFor(amount)}: the amount, or for a rolling or staged rule the most
 * the project can receive, as funding-service reserves it) fits in what is left of the budget; the
 * proposal stops at the first application whose amount no longer fits. It never skips to a cheaper
 * application further down: the guide funds in rank order. That application and every one after it
 * are listed with {@code withinBudget = false} and the amount they would have received.
 */
public final class AwardProposal {

  private AwardProposal() {}

  /**
   * The proposal, one entry per ranked application, in rank order.
   *
   * @param ranked the ranking ({@link Ranking#rank}), ranks strictly increasing
   * @param budget CNY the track may award in this call; null when the call sets none
   * @param amountFor the amount an application would receive (e.g. the track's fixed amount)
   * @throws IllegalArgumentException if the budget is missing or negative, the ranking is out of
   *     order, or an amount is missing, negative or has fractions of a fen
   */
  public static List<ProposedAward> within(
      List<Ranked> ranked, BigDecimal budget, Function<Candidate, BigDecimal> amountFor) {
    return within(ranked, budget, amountFor, Function.identity());
  }

  /**
   * The proposal where an award commits more than it pays now.
   *
   * @param committedFor what an award of the given amount commits against the budget
   */
  public static List<ProposedAward> within(
      List<Ranked> ranked,
      BigDecimal budget,
      Function<Candidate, BigDecimal> amountFor,
      Function<BigDecimal, BigDecimal> committedFor) {
    if (budget == null) {
      throw new IllegalArgumentException("budget: the track has no budget in this call");
    }
    BigDecimal left = FundingRule.money(budget, "budget");
    if (ranked == null) {
      throw new IllegalArgumentException("ranked: is required");
    }
    if (amountFor == null) {
      throw new IllegalArgumentException("amountFor: is required");
    }
    List<ProposedAward> proposal = new ArrayList<>(ranked.size());
    boolean funding = true;
    int previousRank = 0;
    for (int i = 0; i < ranked.size(); i++) {
      Ranked place = ranked.get(i);
      if (place == null) {
        throw new IllegalArgumentException("ranked[" + i + "]: is required");
      }
      if (place.rank() <= previousRank) {
        throw new IllegalArgumentException(
            "ranked[" + i + "].rank: " + place.rank() + " does not follow rank " + previousRank);
      }
      previousRank = place.rank();
      BigDecimal amount =
          FundingRule.money(amountFor.apply(place.candidate()), "ranked[" + i + "].amount");
      BigDecimal committed =
          FundingRule.money(committedFor.apply(amount), "ranked[" + i + "].committed");
      funding = funding && committed.compareTo(left) <= 0;
      if (funding) {
        left = left.subtract(committed);
      }
      proposal.add(new ProposedAward(place, amount, committed, funding));
    }
    return List.copyOf(proposal);
  }
}
