package cn.gov.guizhou.ipp.kit.security;

/** The realm roles of the platform, as Keycloak issues them. */
public final class Roles {

  public static final String APPLICANT = "applicant";
  public static final String PROGRAMME_OFFICER = "programme-officer";
  public static final String FINANCE_OFFICER = "finance-officer";
  public static final String EXPERT = "expert";
  public static final String RISK_MONITOR = "risk-monitor";
  public static final String DASHBOARD_VIEWER = "dashboard-viewer";
  public static final String BUREAU_ADMIN = "bureau-admin";

  /**
   * A platform service acting on its own account (client credentials), e.g. review-service asking
   * for a credit check before an award.
   */
  public static final String PLATFORM_SERVICE = "platform-service";

  /** Prefix Spring Security's {@code hasRole} expects. */
  public static final String AUTHORITY_PREFIX = "ROLE_";

  private Roles() {}
}
