package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.applicant.organisation.MemberRole;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationRepository;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.security.Roles;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an application. Members of the lead unit and of its participants see it;
 * programme officers and bureau administrators see every application; anyone else is told it does
 * not exist. Members of the lead edit a draft; only an administrator of the lead submits or
 * withdraws it; only an administrator of a participant confirms taking part. Every refusal is
 * audited.
 */
@Component
public class ApplicationAccess {

  /** Object type of applications in the audit trail. */
  public static final String OBJECT_TYPE = "application";

  private final ApplicationRepository applications;
  private final OrganisationRepository organisations;
  private final AuditTrail audit;

  public ApplicationAccess(
      ApplicationRepository applications, OrganisationRepository organisations, AuditTrail audit) {
    this.applications = applications;
    this.organisations = organisations;
    this.audit = audit;
  }

  /** The application if the user may see it. */
  Application visible(UUID id, CurrentUser user, String action) {
    return visible(applications.findById(id), id, user, action);
  }

  /** The application, locked for a change, if the user may see it. */
  Application visibleForChange(UUID id, CurrentUser user, String action) {
    return visible(applications.lock(id), id, user, action);
  }

  private Application visible(
      Optional<Application> found, UUID id, CurrentUser user, String action) {
    return found
        .filter(a -> seesEverything(user) || applications.hasMember(a.id(), user.subject()))
        .orElseThrow(
            () -> {
              audit.recordRefusal(action, OBJECT_TYPE, id, AuditOutcome.NOT_VISIBLE, null);
              return new NotFoundException(OBJECT_TYPE, id);
            });
  }

  /** Refuses (403) a user who is not a member of the lead unit, or not its administrator. */
  void requireLead(
      Application application, CurrentUser user, boolean administrator, String action) {
    Optional<MemberRole> role =
        organisations.roleOf(application.leadOrganisationId(), user.subject());
    boolean allowed =
        role.isPresent() && (!administrator || role.get() == MemberRole.ADMINISTRATOR);
    if (!allowed) {
      String why =
          role.isPresent()
              ? "only an administrator of the lead unit may do this"
              : "only the lead unit may change its application";
      audit.recordRefusal(action, OBJECT_TYPE, application.id(), AuditOutcome.FORBIDDEN, why);
      throw new AccessDeniedException(why);
    }
  }

  /** Refuses (403) a user who is not an administrator of the participant. */
  void requireParticipantAdministrator(
      Application application, UUID participantId, CurrentUser user, String action) {
    boolean administrator =
        organisations
            .roleOf(participantId, user.subject())
            .map(MemberRole.ADMINISTRATOR::equals)
            .orElse(false);
    if (!administrator) {
      String why = "only an administrator of the participant may confirm taking part";
      audit.recordRefusal(action, OBJECT_TYPE, application.id(), AuditOutcome.FORBIDDEN, why);
      throw new AccessDeniedException(why);
    }
  }

  static boolean seesEverything(CurrentUser user) {
    return user.hasAnyRole(Roles.PROGRAMME_OFFICER, Roles.BUREAU_ADMIN);
  }
}
