package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.applicant.organisation.OrganisationType;

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

  /** The guide's rule: associations on the social-organisation platform, all others on 信用中国. */
  public static CreditRegistry of(OrganisationType type) {
    return type == OrganisationType.INDUSTRY_ASSOCIATION
        ? SOCIAL_ORGANISATION_PLATFORM
        : CREDIT_CHINA;
  }
}
