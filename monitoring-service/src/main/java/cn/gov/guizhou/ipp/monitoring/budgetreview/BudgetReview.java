package cn.gov.guizhou.ipp.monitoring.budgetreview;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A firm's ex-ante review of a project's budget.
 *
 * @param id its id
 * @param projectId the project
 * @param outcome APPROVED or ADJUSTMENTS_SUGGESTED
 * @param suggestions the budget optimisation suggestions (预算优化建议), at least one when adjustments
 *     are suggested
 * @param note what the firm reviewed (compliance and reasonableness of the budget)
 * @param firmClientId the firm's API client
 * @param reviewedBy who recorded it
 * @param reviewedAt when
 */
public record BudgetReview(
    UUID id,
    UUID projectId,
    String outcome,
    List<Suggestion> suggestions,
    String note,
    String firmClientId,
    String reviewedBy,
    OffsetDateTime reviewedAt) {

  /**
   * One suggestion.
   *
   * @param category the budget category it concerns, or null for the budget as a whole
   * @param suggestion what the firm suggests
   * @param suggestedAmount the amount it suggests for the category, CNY, if it suggests one
   */
  public record Suggestion(String category, String suggestion, BigDecimal suggestedAmount) {}
}
