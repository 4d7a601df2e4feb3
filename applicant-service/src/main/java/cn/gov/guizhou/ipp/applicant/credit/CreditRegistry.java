package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.applicant.organisation.OrganisationType;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;

/** The public registries an organisation's credit is checked on. */
public enum CreditRegistry {
  /** 信用中国: enterprises, institutions, agencies and every other non-association unit. */
  CREDIT_CHINA("credit-china"),
  /** 中国社会组织政务服务平台: industry associations. */
  SOCIAL_ORGANISATION_PLATFORM("social-organisation-registry");

  private final String remote;

  CreditRegistry(String remote) {
    this.remote = remote;
  }

  /** Name of the remote: its Feign client and its circuit breaker. */
  public String remote() {
    return remote;
  }

  /**
   * Where a unit is checked outside any track (at registration, or when bureau staff ask):
   * associations on the social-organisation platform, all others on 信用中国. A submission, an award
   * and a payment are checked on the registry their track names ({@link #of(OrganisationType,
   * TrackRules)}).
   */
  public static CreditRegistry of(OrganisationType type) {
    return type == OrganisationType.INDUSTRY_ASSOCIATION
        ? SOCIAL_ORGANISATION_PLATFORM
        : CREDIT_CHINA;
  }

  /**
   * The registry the track's section of the guide names for the unit's type: an industry
   * association on the social-organisation platform in 1.3 and 1.6.1, on 信用中国 in 1.4.1 and 1.6.2;
   * every other unit on 信用中国. Rules that do not state the choice (rule versions published before it
   * was added) fall back to {@link #of(OrganisationType)}.
   */
  public static CreditRegistry of(OrganisationType type, TrackRules rules) {
    if (rules == null || rules.creditRegistryFor(type.name()).isEmpty()) {
      return of(type);
    }
    String named = rules.creditRegistryFor(type.name()).orElseThrow();
    for (CreditRegistry registry : values()) {
      if (registry.name().equals(named)) {
        return registry;
      }
    }
    throw new IllegalStateException("the track's rules name an unknown credit registry: " + named);
  }
}
