package cn.gov.guizhou.ipp.monitoring.projects;

import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.members.OrganisationMembers;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.security.Roles;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a monitored project: bureau staff and dashboards see every project; a
 * risk-control firm's client only the projects it is contracted to monitor; a funded unit's members
 * only their own projects. Anything else is answered as if the project did not exist, and audited.
 */
@Component
public class ProjectAccess {

  /** Object type of monitored projects in the audit trail. */
  public static final String OBJECT_TYPE = "monitored-project";

  private final MonitoringAssignments assignments;
  private final MonitoredProjects projects;
  private final OrganisationMembers members;
  private final AuditTrail audit;

  public ProjectAccess(
      MonitoringAssignments assignments,
      MonitoredProjects projects,
      OrganisationMembers members,
      AuditTrail audit) {
    this.assignments = assignments;
    this.projects = projects;
    this.members = members;
    this.audit = audit;
  }

  /**
   * Checks the caller is bureau staff or the firm contracted for the project.
   *
   * @throws NotFoundException if it is not
   */
  public void require(UUID projectId, CurrentUser caller, String action) {
    if (staff(caller) || contracted(projectId, caller)) {
      return;
    }
    throw refuse(projectId, action);
  }

  /**
   * Checks the caller is the firm contracted for the project (only the firm verifies progress and
   * decides on its flags and plans).
   */
  public void requireFirm(UUID projectId, CurrentUser caller, String action) {
    if (!contracted(projectId, caller)) {
      throw refuse(projectId, action);
    }
  }

  /** Checks the caller is a member of the project's funded unit. */
  public MonitoredProject requireUnit(UUID projectId, Authentication caller, String action) {
    MonitoredProject project =
        projects.find(projectId).orElseThrow(() -> refuse(projectId, action));
    if (!CurrentUser.from(caller).hasRole(Roles.APPLICANT)
        || !members.isMember(project.organisationId(), caller)) {
      throw refuse(projectId, action);
    }
    return project;
  }

  /** Checks the caller is staff, the contracted firm, or a member of the funded unit. */
  public void requireAny(UUID projectId, Authentication caller, String action) {
    CurrentUser user = CurrentUser.from(caller);
    if (staff(user) || contracted(projectId, user)) {
      return;
    }
    requireUnit(projectId, caller, action);
  }

  /**
   * Whose projects a listing or report shows the caller: null for bureau staff and dashboards
   * (every project), otherwise the caller's client id (a firm sees the projects it is contracted
   * for).
   */
  public static String firmScope(CurrentUser caller) {
    return staff(caller) ? null : String.valueOf(caller.clientId());
  }

  private static boolean staff(CurrentUser caller) {
    return caller.hasAnyRole(
        Roles.PROGRAMME_OFFICER, Roles.BUREAU_ADMIN, Roles.DASHBOARD_VIEWER, Roles.FINANCE_OFFICER);
  }

  private boolean contracted(UUID projectId, CurrentUser caller) {
    return caller.hasRole(Roles.RISK_MONITOR)
        && caller.clientId() != null
        && assignments.firmOf(projectId).map(caller.clientId()::equals).orElse(false);
  }

  private NotFoundException refuse(UUID projectId, String action) {
    audit.recordRefusal(action, OBJECT_TYPE, projectId, AuditOutcome.NOT_VISIBLE, null);
    return new NotFoundException(OBJECT_TYPE, projectId);
  }
}
