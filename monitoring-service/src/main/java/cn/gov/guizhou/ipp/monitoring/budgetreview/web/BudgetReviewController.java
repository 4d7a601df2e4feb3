package cn.gov.guizhou.ipp.monitoring.budgetreview.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.monitoring.budgetreview.BudgetReview;
import cn.gov.guizhou.ipp.monitoring.budgetreview.BudgetReviews;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contracted firm records its ex-ante budget review of a project; the bureau, the firm and the
 * funded unit read them.
 */
@RestController
public class BudgetReviewController {

  private static final String ANYONE =
      "hasAnyRole('risk-monitor', 'applicant', 'programme-officer', 'finance-officer',"
          + " 'dashboard-viewer', 'bureau-admin')";

  private final BudgetReviews reviews;
  private final ProjectAccess access;

  public BudgetReviewController(BudgetReviews reviews, ProjectAccess access) {
    this.reviews = reviews;
    this.access = access;
  }

  @Operation(summary = "Record the firm's ex-ante review of a project's budget")
  @PostMapping("/api/monitoring/projects/{projectId}/budget-review")
  @PreAuthorize("hasRole('risk-monitor')")
  @ResponseStatus(HttpStatus.CREATED)
  public BudgetReview review(
      @PathVariable UUID projectId,
      @Valid @RequestBody ReviewRequest request,
      Authentication authentication) {
    CurrentUser firm = CurrentUser.from(authentication);
    access.requireFirm(projectId, firm, "budget-review.record");
    return reviews.record(
        projectId, request.outcome(), request.suggestions(), request.note(), firm);
  }

  @Operation(summary = "List a project's budget reviews")
  @GetMapping("/api/monitoring/projects/{projectId}/budget-reviews")
  @PreAuthorize(ANYONE)
  public List<BudgetReview> ofProject(@PathVariable UUID projectId, Authentication authentication) {
    access.requireAny(projectId, authentication, "budget-review.read");
    return reviews.ofProject(projectId);
  }

  /**
   * A budget review.
   *
   * @param outcome APPROVED or ADJUSTMENTS_SUGGESTED
   * @param suggestions the suggestions, at least one when adjustments are suggested
   * @param note what the firm reviewed
   */
  public record ReviewRequest(
      @NotBlank String outcome,
      @Size(max = 50) List<BudgetReview.Suggestion> suggestions,
      @NotBlank @Size(max = 4000) String note) {}
}
