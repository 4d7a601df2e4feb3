package cn.gov.guizhou.ipp.monitoring.projects;

import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.security.Roles;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see a monitored project: bureau staff and dashboards see every project; a risk-control
 * firm's client only the projects it is contracted to monitor. Anything else is answered as if the
 * project did not exist, and audited.
 */
@Component
public class ProjectAccess {

  /** Object type of monitored projects in the audit trail. */
  public static final String OBJECT_TYPE = "monitored-project";

  private final MonitoringAssignments assignments;
  private final AuditTrail audit;

  public ProjectAccess(MonitoringAssignments assignments, AuditTrail audit) {
    this.assignments = assignments;
    this.audit = audit;
  }

  /**
   * Checks the caller may act on the project.
   *
   * @throws NotFoundException if it may not
   */
  public void require(UUID projectId, CurrentUser caller, String action) {
    if (caller.hasAnyRole(Roles.PROGRAMME_OFFICER, Roles.BUREAU_ADMIN, Roles.DASHBOARD_VIEWER)) {
      return;
    }
    boolean contracted =
        caller.hasRole(Roles.RISK_MONITOR)
            && caller.clientId() != null
            && assignments.firmOf(projectId).map(caller.clientId()::equals).orElse(false);
    if (!contracted) {
      audit.recordRefusal(action, OBJECT_TYPE, projectId, AuditOutcome.NOT_VISIBLE, null);
      throw new NotFoundException(OBJECT_TYPE, projectId);
    }
  }
}
