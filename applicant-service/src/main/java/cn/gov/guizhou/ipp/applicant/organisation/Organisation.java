package cn.gov.guizhou.ipp.applicant.organisation;

import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationUpdatedV1;
import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An applicant unit registered on the platform, identified by its unified social credit code.
 *
 * @param id platform id
 * @param creditCode unified social credit code
 * @param legalName registered legal name
 * @param type kind of applicant unit
 * @param region where it is registered
 * @param legalRepresentative name of its legal representative
 * @param registeredBy subject of the user who registered it (its first administrator)
 * @param registeredAt when it registered
 * @param contacts the people the bureau may contact (personal data: never in events)
 * @param industryTags its industry tags, trimmed, without duplicates
 * @param profileUpdatedAt when its profile last changed; null if never since registration
 */
public record Organisation(
    UUID id,
    UnifiedSocialCreditCode creditCode,
    String legalName,
    OrganisationType type,
    Region region,
    String legalRepresentative,
    String registeredBy,
    OffsetDateTime registeredAt,
    List<Contact> contacts,
    List<String> industryTags,
    OffsetDateTime profileUpdatedAt) {

  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(registeredBy, "registeredBy");
    Objects.requireNonNull(registeredAt, "registeredAt");
    legalName = requireText(legalName, "legalName");
    legalRepresentative = requireText(legalRepresentative, "legalRepresentative");
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    industryTags = IndustryTags.normalise(industryTags);
  }

  /** Registers a new organisation on behalf of the given user. */
  public static Organisation register(
      UnifiedSocialCreditCode creditCode,
      String legalName,
      OrganisationType type,
      Region region,
      String legalRepresentative,
      List<Contact> contacts,
      List<String> industryTags,
      String userSubject,
      OffsetDateTime now) {
    return new Organisation(
        UUID.randomUUID(),
        creditCode,
        legalName,
        type,
        region,
        legalRepresentative,
        userSubject,
        now,
        contacts,
        industryTags,
        null);
  }

  /** The organisation with a new profile: contacts and industry tags, changed at {@code now}. */
  public Organisation withProfile(
      List<Contact> newContacts, List<String> newIndustryTags, OffsetDateTime now) {
    return new Organisation(
        id,
        creditCode,
        legalName,
        type,
        region,
        legalRepresentative,
        registeredBy,
        registeredAt,
        newContacts,
        newIndustryTags,
        now);
  }

  /**
   * The event other services learn of a profile change from: the whole profile as it now stands,
   * without the contacts (personal data).
   */
  public OrganisationUpdatedV1 updated(List<DeclaredFact> facts) {
    java.util.Map<ProfileFact, DeclaredFact> by = new java.util.EnumMap<>(ProfileFact.class);
    facts.forEach(f -> by.put(f.fact(), f));
    return new OrganisationUpdatedV1(
        id,
        creditCode.value(),
        legalName,
        type.name(),
        region.name(),
        industryTags,
        new OrganisationUpdatedV1.ProfileFacts(
            fact(by, ProfileFact.VALID_PATENT_COUNT, Integer.class),
            fact(by, ProfileFact.HAS_PROVINCIAL_PLATFORM, Boolean.class),
            fact(by, ProfileFact.IN_NATIONAL_DEMONSTRATION_LIST, Boolean.class),
            fact(by, ProfileFact.REVENUE_2026, java.math.BigDecimal.class),
            fact(by, ProfileFact.IN_STATISTICS, Boolean.class),
            fact(by, ProfileFact.GI_RIGHTS_HOLDER_LEVEL, String.class)),
        profileUpdatedAt == null ? registeredAt : profileUpdatedAt);
  }

  private static <T> OrganisationUpdatedV1.Fact<T> fact(
      java.util.Map<ProfileFact, DeclaredFact> facts, ProfileFact which, Class<T> type) {
    DeclaredFact declared = facts.get(which);
    return declared == null
        ? null
        : new OrganisationUpdatedV1.Fact<>(type.cast(declared.value()), declared.evidence());
  }

  /** The event other services learn of the registration from. */
  public OrganisationRegisteredV1 registered() {
    return new OrganisationRegisteredV1(
        id, creditCode.value(), legalName, type.name(), region.name(), registeredAt);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }
}
