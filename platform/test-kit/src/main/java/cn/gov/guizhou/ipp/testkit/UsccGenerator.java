package cn.gov.guizhou.ipp.testkit;

import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Valid unified social credit codes for test organisations, different on every call. */
public final class UsccGenerator {

  private static final String ORGANISATION_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private UsccGenerator() {}

  /** A valid code of an enterprise registered in Guiyang (division 520100). */
  public static String next() {
    return next("91", "520100");
  }

  /**
   * A valid code.
   *
   * @param authorityAndType the first two characters, e.g. {@code 91} for an enterprise
   * @param division six-digit administrative division code
   */
  public static String next(String authorityAndType, String division) {
    StringBuilder code = new StringBuilder(authorityAndType).append(division);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(
          ORGANISATION_CODE_ALPHABET.charAt(random.nextInt(ORGANISATION_CODE_ALPHABET.length())));
    }
    return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
  }

  /**
   * A valid enterprise code whose organisation code (character 9 on) starts with {@code first} —
   * the local credit registry simulator answers by that character.
   */
  public static String withOrganisationCodeStartingWith(char first) {
    String random = next();
    String first17 = random.substring(0, 8) + first + random.substring(9, 17);
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  /** A code of the right shape whose check character is wrong. */
  public static String withWrongCheckCharacter() {
    String valid = next();
    char check = valid.charAt(17);
    char wrong = check == '0' ? '1' : '0';
    return valid.substring(0, 17) + wrong;
  }
}
