package cn.gov.guizhou.ipp.monitoring.projects.web;

import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoringAssignments;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau assigns each funded project to the risk-control firm that monitors it. */
@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/firm")
public class AssignmentController {

  private final MonitoringAssignments assignments;
  private final MonitoredProjects projects;
  private final AuditTrail audit;

  public AssignmentController(
      MonitoringAssignments assignments, MonitoredProjects projects, AuditTrail audit) {
    this.assignments = assignments;
    this.projects = projects;
    this.audit = audit;
  }

  @Operation(summary = "Assign a risk-control firm to a project")
  @PutMapping
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  @Transactional
  public Assignment assign(
      @PathVariable UUID projectId,
      @Valid @RequestBody Assignment assignment,
      Authentication authentication) {
    projects.get(projectId);
    assignments.assign(
        projectId, assignment.firmClientId(), CurrentUser.from(authentication).subject());
    audit.recordChange("monitoring.assign-firm", ProjectAccess.OBJECT_TYPE, projectId);
    return assignment;
  }

  /**
   * The firm contracted to monitor a project.
   *
   * @param firmClientId the client id of the firm's API client in the realm
   */
  public record Assignment(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String firmClientId) {}
}
