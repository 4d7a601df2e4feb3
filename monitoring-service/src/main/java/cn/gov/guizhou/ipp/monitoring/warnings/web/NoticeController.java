package cn.gov.guizhou.ipp.monitoring.warnings.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.warnings.WarningNotice;
import cn.gov.guizhou.ipp.monitoring.warnings.Warnings;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Warning notices: units see and answer their own (rectification plans), firms decide on the plans
 * and issue or close notices for their projects, the bureau sees everything and handles the
 * disposal recommendations.
 */
@RestController
public class NoticeController {

  private static final String ANYONE =
      "hasAnyRole('risk-monitor', 'applicant', 'programme-officer', 'dashboard-viewer',"
          + " 'bureau-admin')";

  private final Warnings warnings;
  private final ProjectAccess access;

  public NoticeController(Warnings warnings, ProjectAccess access) {
    this.warnings = warnings;
    this.access = access;
  }

  @Operation(summary = "List a project's warning notices")
  @GetMapping("/api/monitoring/projects/{projectId}/notices")
  @PreAuthorize(ANYONE)
  public ResponseEntity<List<WarningNotice>> ofProject(
      @PathVariable UUID projectId,
      PageQuery page,
      Authentication authentication,
      HttpServletRequest request) {
    access.requireAny(projectId, authentication, "warning-notice.read");
    return page.answer(warnings.ofProject(projectId, page), request);
  }

  @Operation(summary = "Get a warning notice")
  @GetMapping("/api/monitoring/notices/{noticeId}")
  @PreAuthorize(ANYONE)
  public WarningNotice notice(@PathVariable UUID noticeId, Authentication authentication) {
    access.requireAny(projectOf(noticeId), authentication, "warning-notice.read");
    return warnings.notice(noticeId);
  }

  /** A member of the funded unit files its rectification plan (整改方案). */
  @Operation(summary = "File a rectification plan for a warning notice")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/monitoring/notices/{noticeId}/rectification-plans")
  @PreAuthorize("hasRole('applicant')")
  public WarningNotice filePlan(
      @PathVariable UUID noticeId,
      @Valid @RequestBody PlanRequest request,
      Authentication authentication) {
    access.requireUnit(projectOf(noticeId), authentication, "rectification-plan.file");
    return warnings.filePlan(
        noticeId,
        request.content().strip(),
        request.measures().stream().map(String::strip).toList(),
        CurrentUser.from(authentication));
  }

  /** The contracted firm accepts or returns the plan filed. */
  @Operation(summary = "Accept or return a rectification plan")
  @PostMapping("/api/monitoring/notices/{noticeId}/rectification-plans/decision")
  @PreAuthorize("hasRole('risk-monitor')")
  public WarningNotice decide(
      @PathVariable UUID noticeId,
      @Valid @RequestBody PlanDecision request,
      Authentication authentication) {
    CurrentUser firm = CurrentUser.from(authentication);
    access.requireFirm(projectOf(noticeId), firm, "rectification-plan.decide");
    return warnings.decidePlan(
        noticeId, "ACCEPTED".equals(request.decision()), request.reason().strip(), firm);
  }

  /** The contracted firm issues a notice for a deviation the figures do not show. */
  @Operation(summary = "Issue a warning notice for a project")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/monitoring/projects/{projectId}/notices")
  @PreAuthorize("hasRole('risk-monitor')")
  public WarningNotice issue(
      @PathVariable UUID projectId,
      @Valid @RequestBody Reason request,
      Authentication authentication) {
    CurrentUser firm = CurrentUser.from(authentication);
    access.requireFirm(projectId, firm, "warning-notice.issue");
    return warnings.issueByFirm(projectId, request.reason().strip(), firm);
  }

  /** The contracted firm closes a notice, with its reason. */
  @Operation(summary = "Close a warning notice with a reason")
  @PostMapping("/api/monitoring/notices/{noticeId}/closure")
  @PreAuthorize("hasRole('risk-monitor')")
  public WarningNotice close(
      @PathVariable UUID noticeId,
      @Valid @RequestBody Reason request,
      Authentication authentication) {
    CurrentUser firm = CurrentUser.from(authentication);
    access.requireFirm(projectOf(noticeId), firm, "warning-notice.close");
    return warnings.closeByFirm(noticeId, request.reason().strip(), firm);
  }

  /** Risk-disposal recommendations, optionally of one project; open ones first. */
  @Operation(summary = "List disposal recommendations")
  @GetMapping("/api/monitoring/disposal-recommendations")
  @PreAuthorize("hasAnyRole('programme-officer', 'dashboard-viewer', 'bureau-admin')")
  public ResponseEntity<List<Warnings.Recommendation>> recommendations(
      @RequestParam(required = false) UUID projectId, PageQuery page, HttpServletRequest request) {
    return page.answer(warnings.recommendations(projectId, page), request);
  }

  @Operation(summary = "Decide on a disposal recommendation")
  @PostMapping("/api/monitoring/disposal-recommendations/{id}/decision")
  @PreAuthorize("hasRole('programme-officer')")
  public Warnings.Recommendation handle(
      @PathVariable UUID id, @Valid @RequestBody Decision request, Authentication authentication) {
    return warnings.handle(id, request.decision().strip(), CurrentUser.from(authentication));
  }

  private UUID projectOf(UUID noticeId) {
    return warnings
        .projectOfNotice(noticeId)
        .orElseThrow(() -> new NotFoundException("warning-notice", noticeId));
  }

  /**
   * A rectification plan.
   *
   * @param content what the unit will do
   * @param measures the measures, one each
   */
  public record PlanRequest(
      @NotBlank @Size(max = 8000) String content,
      @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> measures) {}

  /**
   * The firm's decision on a plan.
   *
   * @param decision ACCEPTED or RETURNED
   * @param reason why
   */
  public record PlanDecision(
      @NotNull @Pattern(regexp = "ACCEPTED|RETURNED") String decision,
      @NotBlank @Size(max = 4000) String reason) {}

  /**
   * Why.
   *
   * @param reason the reason
   */
  public record Reason(@NotBlank @Size(max = 4000) String reason) {}

  /**
   * The bureau's decision.
   *
   * @param decision what it decided
   */
  public record Decision(@NotBlank @Size(max = 4000) String decision) {}
}
