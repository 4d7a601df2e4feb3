package cn.gov.guizhou.ipp.contracts.identity;

import java.util.Objects;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015.
 *
 * <p>Layout: registration authority (1), organisation type (1), administrative division (6 digits),
 * organisation code (9), check character (1). Characters come from the 31-symbol alphabet {@code
 * 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z); the check character is {@code 31 - (Σ value×weight
 * mod 31)}, with 31 written as {@code 0}.
 */
public final class UnifiedSocialCreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * Registration authorities of GB 32100-2015 Table 1: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7
   * 宗教, 8 工会, 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他 (other authorities).
   */
  private static final String AUTHORITIES = "123456789ANY";

  private final String value;

  private UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code, failing with the reason when it is not valid.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static UnifiedSocialCreditCode parse(String text) {
    Problem problem = check(text);
    if (problem != Problem.NONE) {
      throw new IllegalArgumentException(problem.message);
    }
    return new UnifiedSocialCreditCode(text);
  }

  public static boolean isValid(String text) {
    return check(text) == Problem.NONE;
  }

  /** What, if anything, is wrong with {@code text} as a unified social credit code. */
  public static Problem check(String text) {
    if (text == null || text.length() != 18) {
      return Problem.LENGTH;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return Problem.CHARACTER;
      }
    }
    if (AUTHORITIES.indexOf(text.charAt(0)) < 0) {
      return Problem.AUTHORITY;
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return Problem.DIVISION;
      }
    }
    if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
      return Problem.CHECK_CHARACTER;
    }
    return Problem.NONE;
  }

  /** The check character for the first 17 characters of a code. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("a check character needs the first 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("character outside the code alphabet at " + (i + 1));
      }
      sum += v * WEIGHTS[i];
    }
    int check = 31 - (sum % 31);
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  /** The six-digit administrative division code (positions 3–8). */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnifiedSocialCreditCode other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** Why a text is not a valid code. */
  public enum Problem {
    NONE("valid", "有效"),
    LENGTH("must be exactly 18 characters", "须为18位"),
    CHARACTER(
        "may contain only digits and the capitals A-H, J-N, P-R, T, U, W-Y",
        "只能由数字和大写字母（不含I、O、S、V、Z）组成"),
    AUTHORITY(
        "registration authority code (character 1) is not one of 1-9, A, N, Y",
        "第1位登记管理部门代码须为1-9、A、N或Y"),
    DIVISION("administrative division code (characters 3-8) must be digits", "第3至8位行政区划码须为数字"),
    CHECK_CHARACTER("check character (character 18) does not match", "第18位校验码不正确，请核对统一社会信用代码");

    private final String message;
    private final String messageZh;

    Problem(String message, String messageZh) {
      this.message = message;
      this.messageZh = messageZh;
    }

    /** What is wrong, in English. */
    public String message() {
      return message;
    }

    /** What is wrong, in Chinese. */
    public String messageZh() {
      return messageZh;
    }
  }
}
