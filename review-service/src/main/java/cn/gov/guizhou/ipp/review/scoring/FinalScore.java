package cn.gov.guizhou.ipp.review.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The final score of an application from its experts' sheet totals. With five experts or more, one
 * highest and one lowest total are dropped (one each, even where several experts gave the same
 * total) and the rest averaged; with fewer, all are averaged. Two decimals, rounded half up.
 */
public final class FinalScore {

  /** From this many expert totals on, the highest and the lowest are dropped. */
  public static final int DROP_EXTREMES_FROM = 5;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FinalScore() {}

  /**
   * The final score.
   *
   * @param expertTotals each expert's sheet total, 0 to 100
   * @throws IllegalArgumentException if there is no total, or a total is missing or outside 0–100
   */
  public static BigDecimal of(List<BigDecimal> expertTotals) {
    if (expertTotals == null || expertTotals.isEmpty()) {
      throw new IllegalArgumentException("expertTotals: at least one expert total is required");
    }
    List<BigDecimal> totals = new ArrayList<>(expertTotals.size());
    for (int i = 0; i < expertTotals.size(); i++) {
      BigDecimal total = expertTotals.get(i);
      if (total == null) {
        throw new IllegalArgumentException("expertTotals[" + i + "]: is required");
      }
      if (total.signum() < 0 || total.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException("expertTotals[" + i + "]: must be between 0 and 100");
      }
      totals.add(total);
    }
    totals.sort(BigDecimal::compareTo);
    List<BigDecimal> counted =
        totals.size() >= DROP_EXTREMES_FROM ? totals.subList(1, totals.size() - 1) : totals;
    BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
  }
}
