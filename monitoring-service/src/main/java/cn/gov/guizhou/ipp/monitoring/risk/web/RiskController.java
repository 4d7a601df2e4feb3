package cn.gov.guizhou.ipp.monitoring.risk.web;

import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.risk.RiskColours;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The risk picture: every active project's colour at a glance, and each project's history. */
@RestController
public class RiskController {

  private final MonitoredProjects projects;
  private final RiskColours colours;
  private final ProjectAccess access;

  public RiskController(MonitoredProjects projects, RiskColours colours, ProjectAccess access) {
    this.projects = projects;
    this.colours = colours;
    this.access = access;
  }

  /** How many active projects are red, yellow and green, and the red and yellow ones with why. */
  @Operation(summary = "Get the risk overview: projects by red, yellow and green")
  @GetMapping("/api/monitoring/risk-overview")
  @PreAuthorize("hasAnyRole('programme-officer', 'dashboard-viewer', 'bureau-admin')")
  public Overview overview() {
    List<MonitoredProject> active = projects.list(null, "ACTIVE");
    Map<String, Long> counts = new TreeMap<>(Map.of("GREEN", 0L, "YELLOW", 0L, "RED", 0L));
    active.forEach(p -> counts.merge(p.colour(), 1L, Long::sum));
    return new Overview(counts, active.stream().filter(p -> !"GREEN".equals(p.colour())).toList());
  }

  @Operation(summary = "List a project's colour changes with their reasons")
  @GetMapping("/api/monitoring/projects/{projectId}/colours")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'applicant', 'programme-officer', 'dashboard-viewer',"
          + " 'bureau-admin')")
  public List<RiskColours.ColourChange> history(
      @PathVariable UUID projectId, Authentication authentication) {
    access.requireAny(projectId, authentication, "risk-colour.read");
    return colours.history(projectId);
  }

  /**
   * The risk picture.
   *
   * @param counts active projects by colour
   * @param atRisk the red and yellow projects with their reasons
   */
  public record Overview(Map<String, Long> counts, List<MonitoredProject> atRisk) {}
}
