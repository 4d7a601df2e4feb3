package cn.gov.guizhou.ipp.review.scoring;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * A prefecture unit's place in the ranking of 4.2 and its award.
 *
 * @param rank its rank, from 1; no two units share one
 * @param unit the unit's region code
 * @param total its weighted total, 0 to 100, rounded to two decimals for display (the rank comes
 *     from the exact total)
 * @param award CNY its rank earns under the call's tiers; zero beyond the funded places
 */
public record PrefectureResult(int rank, String unit, BigDecimal total, BigDecimal award) {

  public PrefectureResult {
    if (rank < 1) {
      throw new IllegalArgumentException("rank: must be 1 or more");
    }
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("unit: is required");
    }
    if (total == null) {
      throw new IllegalArgumentException("total: is required");
    }
    award = FundingRule.money(award, "award");
  }
}
