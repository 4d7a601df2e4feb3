package cn.gov.guizhou.ipp.review.followup.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.review.followup.FollowUp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

  @GetMapping("/follow-up")
  public FollowUp.Record record(@PathVariable UUID applicationId) {
    return followUp.record(applicationId);
  }

  @PostMapping("/evaluations")
  public FollowUp.Evaluation evaluate(
      @PathVariable UUID applicationId,
      @Valid @RequestBody EvaluationRequest request,
      Authentication authentication) {
    return followUp.evaluate(
        applicationId,
        request.evaluationYear(),
        request.outcome(),
        request.score(),
        request.fundedAmount(),
        request.note(),
        CurrentUser.from(authentication));
  }

  @PostMapping("/acceptance")
  public FollowUp.Acceptance accept(
      @PathVariable UUID applicationId,
      @Valid @RequestBody AcceptanceRequest request,
      Authentication authentication) {
    return followUp.accept(
        applicationId,
        request.passed(),
        request.score(),
        request.reason(),
        CurrentUser.from(authentication));
  }

  /**
   * A yearly evaluation.
   *
   * @param evaluationYear the project year evaluated (1 to 3)
   * @param outcome TARGETS_MET, TARGETS_NOT_MET, EXCELLENT, NOT_EXCELLENT, SELECTED or NOT_SELECTED
   * @param score the evaluation score out of 100, where scored
   * @param fundedAmount GI-BRAND year 2's amount, set from the year-2 plan
   * @param note the evaluators' conclusion
   */
  public record EvaluationRequest(
      @NotNull @Min(1) @Max(3) Integer evaluationYear,
      @NotNull
          @Pattern(
              regexp = "TARGETS_MET|TARGETS_NOT_MET|EXCELLENT|NOT_EXCELLENT|SELECTED|NOT_SELECTED")
          String outcome,
      BigDecimal score,
      BigDecimal fundedAmount,
      @NotBlank @Size(max = 4000) String note) {}

  /**
   * An acceptance.
   *
   * @param passed whether the project passes
   * @param score the acceptance score out of 100, where scored
   * @param reason the acceptance conclusion
   */
  public record AcceptanceRequest(
      @NotNull Boolean passed, BigDecimal score, @NotBlank @Size(max = 4000) String reason) {}
}
