package cn.gov.guizhou.ipp.contracts.programme;

import java.util.List;
import java.util.Optional;

/**
 * What an application of a track must satisfy: who may apply, with whom, the eligibility criteria
 * and the materials. Published with each version of a call so applicant-service judges a submission
 * at the call's rule version even when program-service cannot be reached.
 *
 * @param eligibleApplicantTypes who may apply or lead
 * @param application alone or jointly, and with whom
 * @param criteria eligibility criteria
 * @param materials the materials an application carries
 * @param creditRegistries the registry a unit's credit is checked on, by applicant type, where the
 *     track's section of the guide names another than 信用中国 (e.g. {@code INDUSTRY_ASSOCIATION →
 *     SOCIAL_ORGANISATION_PLATFORM} for 1.3 and 1.6.1); every type not listed is checked on {@code
 *     CREDIT_CHINA}. Added to v1 later: null when the rules do not state it (older messages), and
 *     the consumer then uses its own default.
 */
public record TrackRules(
    List<String> eligibleApplicantTypes,
    ApplicationRules application,
    List<Criterion> criteria,
    List<Material> materials,
    List<CreditRegistryChoice> creditRegistries) {

  /** 信用中国, where the guide names no other registry. */
  public static final String DEFAULT_CREDIT_REGISTRY = "CREDIT_CHINA";

  public TrackRules {
    eligibleApplicantTypes =
        eligibleApplicantTypes == null ? List.of() : List.copyOf(eligibleApplicantTypes);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    materials = materials == null ? List.of() : List.copyOf(materials);
    creditRegistries = creditRegistries == null ? null : List.copyOf(creditRegistries);
  }

  /** Rules that do not state the credit registries (as published before they were added). */
  public TrackRules(
      List<String> eligibleApplicantTypes,
      ApplicationRules application,
      List<Criterion> criteria,
      List<Material> materials) {
    this(eligibleApplicantTypes, application, criteria, materials, null);
  }

  /**
   * The registry a unit of {@code applicantType} is checked on for this track: the one listed for
   * its type, else {@code CREDIT_CHINA}; empty when the rules do not state their registries.
   */
  public Optional<String> creditRegistryFor(String applicantType) {
    if (creditRegistries == null) {
      return Optional.empty();
    }
    return Optional.of(
        creditRegistries.stream()
            .filter(c -> c.applicantType().equals(applicantType))
            .map(CreditRegistryChoice::registry)
            .findFirst()
            .orElse(DEFAULT_CREDIT_REGISTRY));
  }

  /**
   * The registry the guide names for one applicant type in a track.
   *
   * @param applicantType e.g. INDUSTRY_ASSOCIATION
   * @param registry CREDIT_CHINA or SOCIAL_ORGANISATION_PLATFORM
   */
  public record CreditRegistryChoice(String applicantType, String registry) {}
}
