package cn.gov.guizhou.ipp.funding.securitisation;

import java.util.Optional;

/**
 * Whether an enterprise is registered in Guizhou (贵州省内注册企业), the securitisation subsidy's
 * condition.
 *
 * <p>The platform trusts the unified social credit code: its characters 3–8 are the administrative
 * division code of the authority that registered the enterprise (GB 32100-2015), 52xxxx for
 * Guizhou. The code is fixed by that authority, printed on the business licence the claim carries,
 * and is the identity the credit registries answer for; the region an organisation declares in
 * applicant-service is its own statement. So the code must say Guizhou, and a declared region
 * outside the province refuses the claim too (the two disagree, and an unknown is never a yes). An
 * enterprise that moved its registration into Guizhou keeps its old code and is refused here; the
 * bureau decides such a case outside the platform.
 */
public final class GuizhouRegistration {

  /** The first two digits of Guizhou's administrative division codes (贵州省 520000). */
  public static final String GUIZHOU_DIVISION_PREFIX = "52";

  /** The region applicant-service records for an organisation outside the province. */
  public static final String OUTSIDE_PROVINCE = "OUTSIDE_PROVINCE";

  private GuizhouRegistration() {}

  /**
   * Why the enterprise is not registered in Guizhou, if it is not.
   *
   * @param creditCode its unified social credit code
   * @param region the region it declared, or null where none is known
   * @return empty when it is registered in Guizhou
   */
  public static Optional<String> refusal(String creditCode, String region) {
    if (creditCode == null || creditCode.length() != 18) {
      return Optional.of("its unified social credit code is not known");
    }
    String division = creditCode.substring(2, 8);
    if (!division.startsWith(GUIZHOU_DIVISION_PREFIX)) {
      return Optional.of(
          "its unified social credit code "
              + creditCode
              + " was issued by a registration authority of division "
              + division
              + ", outside Guizhou (52xxxx): only enterprises registered in Guizhou"
              + " (贵州省内注册企业) may claim");
    }
    if (OUTSIDE_PROVINCE.equals(region)) {
      return Optional.of(
          "the organisation declares itself registered outside the province (省外): only"
              + " enterprises registered in Guizhou (贵州省内注册企业) may claim");
    }
    return Optional.empty();
  }
}
