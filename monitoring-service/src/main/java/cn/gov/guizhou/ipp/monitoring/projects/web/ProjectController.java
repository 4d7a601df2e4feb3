package cn.gov.guizhou.ipp.monitoring.projects.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitored projects: the bureau sees all of them, a risk-control firm the ones it is contracted
 * for, a funded unit's members their own.
 */
@RestController
public class ProjectController {

  private final MonitoredProjects projects;
  private final ProjectAccess access;

  public ProjectController(MonitoredProjects projects, ProjectAccess access) {
    this.projects = projects;
    this.access = access;
  }

  /**
   * The projects the caller may see: every one for the bureau, its own for a firm; {@code status}
   * ACTIVE or CLOSED narrows them, any other value is refused naming it.
   */
  @Operation(summary = "List monitored projects: all for the bureau, its own for a firm")
  @GetMapping("/api/monitoring/projects")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'finance-officer', 'dashboard-viewer',"
          + " 'bureau-admin')")
  public ResponseEntity<List<MonitoredProject>> list(
      @RequestParam(required = false) @Pattern(regexp = "ACTIVE|CLOSED") String status,
      PageQuery page,
      Authentication authentication,
      HttpServletRequest request) {
    CurrentUser caller = CurrentUser.from(authentication);
    return page.answer(projects.page(ProjectAccess.firmScope(caller), status, page), request);
  }

  @Operation(summary = "Get a monitored project")
  @GetMapping("/api/monitoring/projects/{projectId}")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'applicant', 'programme-officer', 'finance-officer',"
          + " 'dashboard-viewer', 'bureau-admin')")
  public MonitoredProject get(@PathVariable UUID projectId, Authentication authentication) {
    access.requireAny(projectId, authentication, "monitored-project.read");
    return projects.get(projectId);
  }
}
