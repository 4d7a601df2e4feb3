package cn.gov.guizhou.ipp.review.experts.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.review.experts.Assignment;
import cn.gov.guizhou.ipp.review.experts.Assignments;
import cn.gov.guizhou.ipp.review.scoring.CriterionScore;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An expert's own work: its assignments, declines, conflicts and score sheets. */
@RestController
@RequestMapping("/api/review/my")
@PreAuthorize("hasRole('expert')")
public class ExpertWorkController {

  private final Assignments assignments;

  public ExpertWorkController(Assignments assignments) {
    this.assignments = assignments;
  }

  @Operation(summary = "List the expert's own assignments")
  @GetMapping("/assignments")
  public List<Assignment> mine(Authentication authentication) {
    return assignments.mine(CurrentUser.from(authentication));
  }

  /** The application of one of the expert's assignments, with the sheet to score it on. */
  @Operation(summary = "Open an assignment with its application and score sheet")
  @GetMapping("/assignments/{id}")
  public Assignments.AssignedApplication open(
      @PathVariable UUID id, Authentication authentication) {
    return assignments.open(id, CurrentUser.from(authentication));
  }

  @Operation(summary = "Decline an assignment with a reason")
  @PostMapping("/assignments/{id}/decline")
  public Assignment decline(
      @PathVariable UUID id,
      @Valid @RequestBody ReasonRequest request,
      Authentication authentication) {
    return assignments.decline(id, request.reason(), CurrentUser.from(authentication));
  }

  @Operation(summary = "Score an assigned application")
  @PutMapping("/assignments/{id}/scores")
  public Assignment score(
      @PathVariable UUID id,
      @Valid @RequestBody ScoresRequest request,
      Authentication authentication) {
    return assignments.score(id, request.scores(), CurrentUser.from(authentication));
  }

  /** The expert declares a conflict with an application, assigned to it or not. */
  @Operation(summary = "Declare a conflict of interest with an application")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/conflicts")
  public void declare(
      @Valid @RequestBody DeclarationRequest request, Authentication authentication) {
    assignments.declareConflict(
        request.applicationId(), request.reason(), CurrentUser.from(authentication));
  }

  /**
   * Why.
   *
   * @param reason the expert's reason
   */
  public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {}

  /**
   * A score sheet.
   *
   * @param scores score and comment by criterion id
   */
  public record ScoresRequest(@NotNull Map<String, CriterionScore> scores) {}

  /**
   * A declared conflict.
   *
   * @param applicationId the application
   * @param reason why
   */
  public record DeclarationRequest(
      @NotNull UUID applicationId, @NotBlank @Size(max = 2000) String reason) {}
}
