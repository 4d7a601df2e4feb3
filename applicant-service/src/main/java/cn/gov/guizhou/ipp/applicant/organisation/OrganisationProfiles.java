package cn.gov.guizhou.ipp.applicant.organisation;

import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's profile: contacts, industry tags and the profile facts eligibility reads, each
 * fact with the organisation's own documents as evidence.
 *
 * <p>The organisation's administrators replace the profile as a whole; every change is audited and
 * announced as {@code organisation.updated.v1} in its transaction. A fact may be declared without
 * evidence: it is then not evidenced ({@link DeclaredFact#evidenced()}), which the bureau's checks
 * see.
 */
@Service
public class OrganisationProfiles {

  private final OrganisationRepository organisations;
  private final EvidenceDocuments evidence;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  public OrganisationProfiles(
      OrganisationRepository organisations,
      EvidenceDocuments evidence,
      OutboxEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.organisations = organisations;
    this.evidence = evidence;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Replaces the organisation's contacts, industry tags and declared facts.
   *
   * @throws NotFoundException if the caller is not a member of the organisation (audited)
   * @throws AccessDeniedException if the caller is a member but not an administrator (audited)
   * @throws InvalidFieldException naming the field if a contact, a tag, a fact or its evidence is
   *     not valid; evidence must be documents of the same organisation
   */
  @Transactional
  public Organisation replace(UUID organisationId, ProfileUpdate update, CurrentUser caller) {
    organisations.lockMembership(organisationId);
    MemberRole role =
        organisations
            .roleOf(organisationId, caller.subject())
            .orElseThrow(
                () -> {
                  audit.recordRefusal(
                      "organisation.profile-update",
                      OrganisationService.OBJECT_TYPE,
                      organisationId,
                      AuditOutcome.NOT_VISIBLE,
                      null);
                  return new NotFoundException(OrganisationService.OBJECT_TYPE, organisationId);
                });
    if (role != MemberRole.ADMINISTRATOR) {
      audit.recordRefusal(
          "organisation.profile-update",
          OrganisationService.OBJECT_TYPE,
          organisationId,
          AuditOutcome.FORBIDDEN,
          "only the organisation's administrators change its profile");
      throw new AccessDeniedException("only the organisation's administrators change its profile");
    }
    List<Contact> contacts = contacts(update.contacts());
    List<String> tags = industryTags(update.industryTags());
    List<DeclaredFact> facts = facts(update.facts());
    for (DeclaredFact fact : facts) {
      evidence.requireAllOwnedBy(
          fact.evidence(), organisationId, "facts." + fact.fact().factName() + ".evidence");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Organisation organisation =
        organisations
            .findById(organisationId)
            .orElseThrow(
                () -> new NotFoundException(OrganisationService.OBJECT_TYPE, organisationId))
            .withProfile(contacts, tags, now);
    organisations.updateProfile(organisation);
    organisations.replaceFacts(organisationId, facts, caller.subject(), now);
    events.publish(organisation.updated(facts));
    audit.recordChange(
        "organisation.profile-update",
        OrganisationService.OBJECT_TYPE,
        organisationId,
        organisationId);
    return organisation;
  }

  /**
   * The organisation's declared facts by name ({@code validPatentCount} → 36, {@code revenue2026} →
   * 12860000.00, ...), as the programme catalogue's eligibility criteria read them: Integer for
   * counts, Boolean for flags, BigDecimal (two decimals) for CNY, String for levels. An undeclared
   * fact is absent. For code that has already decided the caller may see the organisation.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> factsOf(UUID organisationId) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (DeclaredFact fact : declaredFacts(organisationId)) {
      facts.put(fact.fact().factName(), fact.value());
    }
    return facts;
  }

  /** The organisation's declared facts with their evidence, in the order of {@link ProfileFact}. */
  @Transactional(readOnly = true)
  public List<DeclaredFact> declaredFacts(UUID organisationId) {
    return organisations.facts(List.of(organisationId)).getOrDefault(organisationId, List.of());
  }

  /** The declared facts of several organisations, in one query. */
  @Transactional(readOnly = true)
  public Map<UUID, List<DeclaredFact>> declaredFacts(Collection<UUID> organisationIds) {
    return organisations.facts(organisationIds);
  }

  /** Contacts from a request, each refusal naming {@code contacts[i].<field>}. */
  static List<Contact> contacts(List<ContactDetails> given) {
    List<Contact> contacts = new ArrayList<>();
    if (given == null) {
      return contacts;
    }
    for (int i = 0; i < given.size(); i++) {
      ContactDetails c = given.get(i);
      try {
        contacts.add(new Contact(c.name(), c.title(), c.phone(), c.email()));
      } catch (IllegalArgumentException e) {
        InvalidFieldException refusal = InvalidFieldException.from(e);
        throw new InvalidFieldException(
            "contacts[" + i + "]." + refusal.field(), refusal.getMessage());
      }
    }
    return contacts;
  }

  static List<String> industryTags(List<String> given) {
    try {
      return IndustryTags.normalise(given);
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
  }

  private static List<DeclaredFact> facts(Map<String, FactDeclaration> given) {
    List<DeclaredFact> facts = new ArrayList<>();
    if (given == null) {
      return facts;
    }
    for (Map.Entry<String, FactDeclaration> entry : given.entrySet()) {
      String field = "facts." + entry.getKey();
      ProfileFact fact =
          ProfileFact.byName(entry.getKey())
              .orElseThrow(() -> new InvalidFieldException(field, "is not a known profile fact"));
      if (entry.getValue() == null) {
        throw new InvalidFieldException(field, "must give a value");
      }
      try {
        facts.add(new DeclaredFact(fact, entry.getValue().value(), entry.getValue().evidence()));
      } catch (IllegalArgumentException e) {
        InvalidFieldException refusal = InvalidFieldException.from(e);
        throw new InvalidFieldException(field + "." + refusal.field(), refusal.getMessage());
      }
    }
    facts.sort(java.util.Comparator.comparing(DeclaredFact::fact));
    return facts;
  }

  /**
   * A new profile, replacing the old as a whole.
   *
   * @param contacts the contacts; null or empty for none
   * @param industryTags the tags; null or empty for none
   * @param facts the declared facts by name; null or empty for none
   */
  public record ProfileUpdate(
      List<ContactDetails> contacts,
      List<String> industryTags,
      Map<String, FactDeclaration> facts) {}

  /**
   * A contact as given.
   *
   * @param name the person's name
   * @param title role or position, optional
   * @param phone phone number
   * @param email e-mail address
   */
  public record ContactDetails(String name, String title, String phone, String email) {}

  /**
   * A fact as declared.
   *
   * @param value the value: a whole number, true/false, a CNY amount or a level
   * @param evidence ids of the organisation's documents that evidence it
   */
  public record FactDeclaration(Object value, List<UUID> evidence) {}
}
