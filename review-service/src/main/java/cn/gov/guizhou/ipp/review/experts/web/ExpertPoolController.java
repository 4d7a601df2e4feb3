package cn.gov.guizhou.ipp.review.experts.web;

import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.review.experts.Assignment;
import cn.gov.guizhou.ipp.review.experts.Assignments;
import cn.gov.guizhou.ipp.review.experts.Expert;
import cn.gov.guizhou.ipp.review.experts.ExpertPool;
import cn.gov.guizhou.ipp.review.experts.ScoringDeadlines;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme officers keep the expert pool, draw experts for each application, mark conflicts and
 * close scoring after the deadline.
 */
@RestController
@PreAuthorize("hasRole('programme-officer')")
public class ExpertPoolController {

  private final ExpertPool pool;
  private final Assignments assignments;
  private final ScoringDeadlines deadlines;

  public ExpertPoolController(
      ExpertPool pool, Assignments assignments, ScoringDeadlines deadlines) {
    this.pool = pool;
    this.assignments = assignments;
    this.deadlines = deadlines;
  }

  @Operation(summary = "Add an expert to the pool")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/review/experts")
  public ResponseEntity<Expert> add(@Valid @RequestBody NewExpertRequest request) {
    Expert expert =
        pool.add(
            new ExpertPool.NewExpert(
                request.userSubject(),
                request.name(),
                request.organisationCreditCode(),
                request.region().name(),
                request.industryTags(),
                request.trackCodes(),
                request.assignmentsPerCall()));
    return ResponseEntity.created(URI.create("/api/review/experts/" + expert.id())).body(expert);
  }

  @Operation(summary = "List the expert pool")
  @GetMapping("/api/review/experts")
  public List<Expert> all() {
    return pool.all();
  }

  /** Changes an expert's tracks, tags, capacity or whether the expert is drawn. */
  @Operation(summary = "Change an expert's tracks, tags, capacity or status")
  @PutMapping("/api/review/experts/{id}")
  public Expert change(@PathVariable UUID id, @Valid @RequestBody ExpertChange request) {
    return pool.change(
        id,
        request.industryTags(),
        request.trackCodes(),
        request.maxAssignmentsPerCall(),
        request.active());
  }

  /** Draws the track's number of experts for an application that passed its formal check. */
  @Operation(summary = "Draw experts for an application")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/review/applications/{applicationId}/expert-draws")
  public ResponseEntity<Assignments.Draw> draw(
      @PathVariable UUID applicationId, Authentication authentication) {
    Assignments.Draw draw = assignments.draw(applicationId, CurrentUser.from(authentication));
    return ResponseEntity.created(
            URI.create("/api/review/applications/" + applicationId + "/expert-draws"))
        .body(draw);
  }

  /** Every draw of an application with its seed and candidates, to audit and repeat. */
  @Operation(summary = "List an application's expert draws with seed and candidates")
  @GetMapping("/api/review/applications/{applicationId}/expert-draws")
  public List<Assignments.Draw> draws(@PathVariable UUID applicationId) {
    return assignments.draws(applicationId);
  }

  @Operation(summary = "List an application's expert assignments")
  @GetMapping("/api/review/applications/{applicationId}/assignments")
  public List<Assignment> assignments(@PathVariable UUID applicationId) {
    return assignments.ofApplication(applicationId);
  }

  /** An officer marks a conflict of interest; an assignment not scored is replaced. */
  @Operation(summary = "Record an expert's conflict of interest with an application")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/review/applications/{applicationId}/conflicts")
  public void markConflict(
      @PathVariable UUID applicationId,
      @Valid @RequestBody ConflictRequest request,
      Authentication authentication) {
    assignments.conflict(
        applicationId,
        request.expertId(),
        "MARKED",
        request.reason(),
        CurrentUser.from(authentication));
  }

  /**
   * The deadline of a track's scoring: past it, applications whose experts have scored with a
   * quorum get their final score.
   */
  @Operation(summary = "Set a track's scoring deadline")
  @PutMapping("/api/review/calls/{year}/tracks/{trackCode}/scoring-deadline")
  public Map<String, OffsetDateTime> deadline(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable @Size(max = 40) String trackCode,
      @Valid @RequestBody DeadlineRequest request,
      Authentication authentication) {
    deadlines.set(year, trackCode, request.deadline(), CurrentUser.from(authentication));
    return Map.of("deadline", request.deadline());
  }

  /** After the deadline: the final score from the scores given, if they make a quorum. */
  @Operation(summary = "Close an application's scoring once it has a quorum")
  @PostMapping("/api/review/applications/{applicationId}/scoring-closure")
  public Map<String, BigDecimal> closeScoring(@PathVariable UUID applicationId) {
    return Map.of("finalScore", assignments.closeScoring(applicationId));
  }

  /**
   * An expert joining the pool.
   *
   * @param userSubject the platform user (the token's subject)
   * @param name the expert's name
   * @param organisationCreditCode the expert's organisation
   * @param region where the expert works: a prefecture of Guizhou, 贵安新区 or OUTSIDE_PROVINCE
   * @param industryTags fields of expertise
   * @param trackCodes tracks the expert reviews
   * @param maxAssignmentsPerCall the most applications of one call; {@value
   *     #DEFAULT_MAX_ASSIGNMENTS} when not given
   */
  public record NewExpertRequest(
      @NotBlank @Size(max = 64) String userSubject,
      @NotBlank @Size(max = 100) String name,
      @NotBlank String organisationCreditCode,
      @NotNull Region region,
      @Size(max = 20) List<@NotBlank @Size(max = 30) String> industryTags,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> trackCodes,
      @Min(1) @Max(200) Integer maxAssignmentsPerCall) {

    /** How many applications of one call an expert is given when the officer does not say. */
    public static final int DEFAULT_MAX_ASSIGNMENTS = 20;

    /** The most applications of one call, the default where none was given. */
    public int assignmentsPerCall() {
      return maxAssignmentsPerCall == null ? DEFAULT_MAX_ASSIGNMENTS : maxAssignmentsPerCall;
    }
  }

  /**
   * What changes about an expert.
   *
   * @param industryTags fields of expertise
   * @param trackCodes tracks the expert reviews
   * @param maxAssignmentsPerCall the most applications of one call
   * @param active whether the expert is drawn
   */
  public record ExpertChange(
      @Size(max = 20) List<@NotBlank @Size(max = 30) String> industryTags,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> trackCodes,
      @Min(1) @Max(200) int maxAssignmentsPerCall,
      boolean active) {}

  /**
   * A scoring deadline.
   *
   * @param deadline when scoring closes (ISO-8601 with offset)
   */
  public record DeadlineRequest(@NotNull OffsetDateTime deadline) {}

  /**
   * A conflict an officer marks.
   *
   * @param expertId the expert
   * @param reason why
   */
  public record ConflictRequest(
      @NotNull UUID expertId, @NotBlank @Size(max = 2000) String reason) {}
}
