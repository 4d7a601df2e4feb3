package cn.gov.guizhou.ipp.applicant.organisation;

import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.security.Roles;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers organisations and answers who may see them. An applicant sees only the organisations it
 * is a member of; programme officers and bureau administrators see every organisation.
 */
@Service
public class OrganisationService {

  /** Object type of organisations in the audit trail. */
  public static final String OBJECT_TYPE = "organisation";

  private final OrganisationRepository organisations;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final ApplicationEventPublisher followers;
  private final Clock clock;

  public OrganisationService(
      OrganisationRepository organisations,
      OutboxEventPublisher events,
      AuditTrail audit,
      ApplicationEventPublisher followers,
      Clock clock) {
    this.organisations = organisations;
    this.events = events;
    this.audit = audit;
    this.followers = followers;
    this.clock = clock;
  }

  /**
   * In-process: an organisation was registered, published inside the registration's transaction so
   * that what must follow it (the credit check) is recorded in that transaction too.
   *
   * @param organisationId the new organisation
   * @param registrant who registered it
   */
  public record Registered(UUID organisationId, CurrentUser registrant) {}

  /**
   * Registers an organisation; the registering user becomes its administrator. What must follow the
   * registration ({@link Registered}) is recorded in its transaction.
   *
   * @throws InvalidFieldException if the credit code, a contact or the tags are not valid
   * @throws ConflictException if the credit code is registered already
   */
  @Transactional
  public Organisation register(RegisterOrganisation command, CurrentUser user) {
    UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.check(command.creditCode());
    if (problem != UnifiedSocialCreditCode.Problem.NONE) {
      throw InvalidFieldException.localised("creditCode", problem.messageZh(), problem.message());
    }
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(command.creditCode());
    if (organisations.existsByCreditCode(code)) {
      throw new ConflictException("an organisation with credit code " + code + " is registered");
    }
    Organisation organisation =
        Organisation.register(
            code,
            command.legalName(),
            command.type(),
            command.region(),
            command.legalRepresentative(),
            OrganisationProfiles.contacts(command.contacts()),
            OrganisationProfiles.industryTags(command.industryTags()),
            user.subject(),
            OffsetDateTime.now(clock));
    try {
      organisations.insert(organisation);
    } catch (DuplicateKeyException e) {
      throw new ConflictException("an organisation with credit code " + code + " is registered");
    }
    organisations.addMember(organisation.id(), user.subject(), MemberRole.ADMINISTRATOR);
    events.publish(organisation.registered());
    audit.recordChange("organisation.register", OBJECT_TYPE, organisation.id(), organisation.id());
    followers.publishEvent(new Registered(organisation.id(), user));
    return organisation;
  }

  /** One page of the organisations the user may see, newest first. */
  @Transactional(readOnly = true)
  public Page<Organisation> visibleTo(CurrentUser user, PageQuery page) {
    return seesEverything(user)
        ? organisations.findAll(page)
        : organisations.findByMember(user.subject(), page);
  }

  /**
   * One organisation, if the user may see it. A refusal is audited.
   *
   * @throws NotFoundException if it does not exist or the user is not a member of it
   */
  @Transactional(readOnly = true)
  public Organisation get(UUID id, CurrentUser user) {
    return (seesEverything(user)
            ? organisations.findById(id)
            : organisations.findByIdForMember(id, user.subject()))
        .orElseThrow(
            () -> {
              audit.recordRefusal(
                  "organisation.read", OBJECT_TYPE, id, AuditOutcome.NOT_VISIBLE, null);
              return new NotFoundException(OBJECT_TYPE, id);
            });
  }

  private static boolean seesEverything(CurrentUser user) {
    return user.hasAnyRole(Roles.PROGRAMME_OFFICER, Roles.BUREAU_ADMIN);
  }

  /**
   * What an applicant says when registering.
   *
   * @param creditCode unified social credit code
   * @param legalName registered legal name
   * @param type kind of applicant unit
   * @param region where it is registered
   * @param legalRepresentative legal representative's name
   * @param contacts the people the bureau may contact; may be empty
   * @param industryTags industry tags; may be empty
   */
  public record RegisterOrganisation(
      String creditCode,
      String legalName,
      OrganisationType type,
      Region region,
      String legalRepresentative,
      List<OrganisationProfiles.ContactDetails> contacts,
      List<String> industryTags) {

    /** A registration without contacts or tags. */
    public RegisterOrganisation(
        String creditCode,
        String legalName,
        OrganisationType type,
        Region region,
        String legalRepresentative) {
      this(creditCode, legalName, type, region, legalRepresentative, List.of(), List.of());
    }
  }
}
