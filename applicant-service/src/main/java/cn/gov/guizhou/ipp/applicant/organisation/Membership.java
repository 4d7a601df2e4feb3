package cn.gov.guizhou.ipp.applicant.organisation;

import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who acts for an organisation. Its administrators add and remove members; an organisation always
 * keeps at least one administrator. Members and bureau staff see the list.
 */
@Service
public class Membership {

  private final OrganisationRepository organisations;
  private final OrganisationService visibility;
  private final AuditTrail audit;

  public Membership(
      OrganisationRepository organisations, OrganisationService visibility, AuditTrail audit) {
    this.organisations = organisations;
    this.visibility = visibility;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<Member> members(UUID organisationId, CurrentUser caller) {
    visibility.get(organisationId, caller);
    return organisations.members(organisationId);
  }

  /**
   * Adds a user as member or administrator, or changes its role.
   *
   * @throws NotFoundException if the caller does not administer the organisation
   * @throws ConflictException if the change would leave no administrator
   */
  @Transactional
  public List<Member> put(
      UUID organisationId, String userSubject, MemberRole role, CurrentUser caller) {
    requireAdministrator(organisationId, caller, "organisation.member-put");
    if (role == MemberRole.MEMBER) {
      requireAnotherAdministrator(organisationId, userSubject);
    }
    organisations.addMember(organisationId, userSubject, role);
    audit.recordChange(
        "organisation.member-put", OrganisationService.OBJECT_TYPE, organisationId, organisationId);
    return organisations.members(organisationId);
  }

  /**
   * Removes a member.
   *
   * @throws NotFoundException if the caller does not administer the organisation, or the user is
   *     not a member
   * @throws ConflictException if it is the last administrator
   */
  @Transactional
  public List<Member> remove(UUID organisationId, String userSubject, CurrentUser caller) {
    requireAdministrator(organisationId, caller, "organisation.member-remove");
    requireAnotherAdministrator(organisationId, userSubject);
    if (!organisations.removeMember(organisationId, userSubject)) {
      throw new NotFoundException("member", userSubject);
    }
    audit.recordChange(
        "organisation.member-remove",
        OrganisationService.OBJECT_TYPE,
        organisationId,
        organisationId);
    return organisations.members(organisationId);
  }

  private void requireAdministrator(UUID organisationId, CurrentUser caller, String action) {
    organisations.lockMembership(organisationId);
    boolean administrator =
        organisations
            .roleOf(organisationId, caller.subject())
            .map(MemberRole.ADMINISTRATOR::equals)
            .orElse(false);
    if (!administrator) {
      audit.recordRefusal(
          action, OrganisationService.OBJECT_TYPE, organisationId, AuditOutcome.NOT_VISIBLE, null);
      throw new NotFoundException(OrganisationService.OBJECT_TYPE, organisationId);
    }
  }

  private void requireAnotherAdministrator(UUID organisationId, String userSubject) {
    boolean isAdministrator =
        organisations
            .roleOf(organisationId, userSubject)
            .map(MemberRole.ADMINISTRATOR::equals)
            .orElse(false);
    long administrators =
        organisations.members(organisationId).stream()
            .filter(m -> m.role() == MemberRole.ADMINISTRATOR)
            .count();
    if (isAdministrator && administrators <= 1) {
      throw new ConflictException("an organisation keeps at least one administrator");
    }
  }
}
