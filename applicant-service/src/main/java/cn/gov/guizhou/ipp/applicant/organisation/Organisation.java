package cn.gov.guizhou.ipp.applicant.organisation;

import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import java.time.OffsetDateTime;
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
 */
public record Organisation(
    UUID id,
    UnifiedSocialCreditCode creditCode,
    String legalName,
    OrganisationType type,
    Region region,
    String legalRepresentative,
    String registeredBy,
    OffsetDateTime registeredAt) {

  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(registeredBy, "registeredBy");
    Objects.requireNonNull(registeredAt, "registeredAt");
    legalName = requireText(legalName, "legalName");
    legalRepresentative = requireText(legalRepresentative, "legalRepresentative");
  }

  /** Registers a new organisation on behalf of the given user. */
  public static Organisation register(
      UnifiedSocialCreditCode creditCode,
      String legalName,
      OrganisationType type,
      Region region,
      String legalRepresentative,
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
        now);
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
