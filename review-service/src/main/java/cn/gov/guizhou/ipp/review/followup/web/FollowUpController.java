package cn.gov.guizhou.ipp.review.followup.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.Money;
import cn.gov.guizhou.ipp.review.followup.FollowUp;
import cn.gov.guizhou.ipp.review.scoring.CriterionScore;
import cn.gov.guizhou.ipp.review.scoring.ScoreSheet;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Programme officers record the yearly evaluations and the acceptance of awarded projects. */
@RestController
@RequestMapping("/api/review/applications/{applicationId}")
@PreAuthorize("hasRole('programme-officer')")
public class FollowUpController {

  private final FollowUp followUp;

  public FollowUpController(FollowUp followUp) {
    this.followUp = followUp;
  }

  /** The sheets this application's evaluations and acceptance are scored on. */
  @Operation(summary = "Get an application's follow-up score sheets")
  @GetMapping("/follow-up-sheets")
  public List<ScoreSheet> sheets(@PathVariable UUID applicationId) {
    return followUp.sheets(applicationId);
  }

  @Operation(summary = "Get an application's follow-up: evaluations and acceptance")
  @GetMapping("/follow-up")
  public FollowUp.Record record(@PathVariable UUID applicationId) {
    return followUp.record(applicationId);
  }

  @Operation(summary = "Record an annual evaluation of a funded project")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/evaluations")
  public FollowUp.Evaluation evaluate(
      @PathVariable UUID applicationId,
      @Valid @RequestBody EvaluationRequest request,
      Authentication authentication) {
    return followUp.evaluate(
        applicationId,
        request.evaluationYear(),
        request.outcome(),
        request.scores(),
        request.fundedAmount(),
        request.note(),
        CurrentUser.from(authentication));
  }

  @Operation(summary = "Conclude a funded project's acceptance")
  @PostMapping("/acceptance")
  public FollowUp.Acceptance accept(
      @PathVariable UUID applicationId,
      @Valid @RequestBody AcceptanceRequest request,
      Authentication authentication) {
    return followUp.accept(
        applicationId,
        request.passed(),
        request.scores(),
        request.reason(),
        CurrentUser.from(authentication));
  }

  /**
   * A yearly evaluation.
   *
   * @param evaluationYear the project year evaluated (1 to 3)
   * @param outcome TARGETS_MET, TARGETS_NOT_MET, EXCELLENT, NOT_EXCELLENT, SELECTED or NOT_SELECTED
   * @param scores the evaluation sheet: score and comment by criterion id
   * @param fundedAmount GI-BRAND year 2's amount, set from the year-2 plan
   * @param note the evaluators' conclusion
   */
  public record EvaluationRequest(
      @NotNull @Min(1) @Max(3) Integer evaluationYear,
      @NotNull
          @Pattern(
              regexp = "TARGETS_MET|TARGETS_NOT_MET|EXCELLENT|NOT_EXCELLENT|SELECTED|NOT_SELECTED")
          String outcome,
      @NotNull Map<String, CriterionScore> scores,
      @Money BigDecimal fundedAmount,
      @NotBlank @Size(max = 4000) String note) {}

  /**
   * An acceptance.
   *
   * @param passed whether the project passes
   * @param scores the acceptance sheet: score and comment by criterion id
   * @param reason the acceptance conclusion
   */
  public record AcceptanceRequest(
      @NotNull Boolean passed,
      @NotNull Map<String, CriterionScore> scores,
      @NotBlank @Size(max = 4000) String reason) {}
}
