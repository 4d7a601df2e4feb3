package cn.gov.guizhou.ipp.contracts.programme;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Amounts by rank (市州级能力提升: #1 CNY 2,000,000; #2–#3 CNY 1,000,000; #4–#6 CNY 500,000; #7–#10 CNY
 * 200,000). The tiers start at rank 1 and follow each other without gap or overlap; a rank after
 * the last tier gets nothing.
 *
 * @param tiers the tiers, in rank order
 */
public record RankTiers(List<Tier> tiers) implements FundingRule {

  public RankTiers {
    if (tiers == null || tiers.isEmpty()) {
      throw new IllegalArgumentException("tiers: at least one tier is required");
    }
    tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::fromRank)).toList();
    int expected = 1;
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      if (tier.fromRank() < expected) {
        throw new IllegalArgumentException("tiers[" + i + "]: overlaps the tier before it");
      }
      if (tier.fromRank() > expected) {
        throw new IllegalArgumentException(
            "tiers["
                + i
                + "]: leaves ranks "
                + expected
                + "–"
                + (tier.fromRank() - 1)
                + " without a tier");
      }
      expected = tier.toRank() + 1;
    }
  }

  /** The award for a rank: zero for a rank after the last tier. */
  public BigDecimal awardForRank(int rank) {
    if (rank < 1) {
      throw new IllegalArgumentException("rank: must be 1 or more");
    }
    return tiers.stream()
        .filter(t -> rank >= t.fromRank() && rank <= t.toRank())
        .map(Tier::amount)
        .findFirst()
        .orElse(BigDecimal.ZERO.setScale(2));
  }

  /** How many projects the tiers fund. */
  public int fundedPlaces() {
    return tiers.get(tiers.size() - 1).toRank();
  }

  /** What every place together costs when all are awarded. */
  public BigDecimal totalWhenAllPlacesAwarded() {
    return tiers.stream()
        .map(t -> t.amount().multiply(BigDecimal.valueOf(t.toRank() - t.fromRank() + 1L)))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  @Override
  public BigDecimal maximumPerProject() {
    return tiers.stream().map(Tier::amount).max(BigDecimal::compareTo).orElseThrow();
  }

  /**
   * Ranks {@code fromRank} to {@code toRank}, inclusive, get {@code amount} each.
   *
   * @param fromRank first rank
   * @param toRank last rank
   * @param amount award of each
   */
  public record Tier(int fromRank, int toRank, BigDecimal amount) {

    public Tier {
      if (fromRank < 1 || toRank < fromRank) {
        throw new IllegalArgumentException("tiers: ranks must run from 1 upwards, from ≤ to");
      }
      amount = FundingRule.positiveMoney(amount, "tiers.amount");
    }
  }
}
