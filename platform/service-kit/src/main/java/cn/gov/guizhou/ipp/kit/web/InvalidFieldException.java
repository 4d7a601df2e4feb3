package cn.gov.guizhou.ipp.kit.web;

import java.util.List;

/**
 * One or more fields break a domain rule that Bean Validation cannot express; answered with 422
 * listing each offending field.
 */
public class InvalidFieldException extends RuntimeException {

  private final transient List<FieldViolation> violations;

  public InvalidFieldException(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  /**
   * A field that breaks a rule, with the message in the caller's language (Chinese unless the
   * request asked for English), as every page and client shows it.
   */
  public static InvalidFieldException localised(String field, String messageZh, String messageEn) {
    FieldViolation violation = FieldViolation.localised(field, messageZh, messageEn);
    return new InvalidFieldException(violation.field(), violation.message());
  }

  /** Several offending fields at once; the first one's message is the problem's reason. */
  public InvalidFieldException(List<FieldViolation> violations) {
    super(violations.isEmpty() ? "invalid request" : summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("at least one violation is required");
    }
    this.violations = List.copyOf(violations);
  }

  private static String summary(List<FieldViolation> violations) {
    return violations.size() == 1
        ? violations.get(0).message()
        : violations.size()
            + " fields break the rules, first "
            + violations.get(0).field()
            + ": "
            + violations.get(0).message();
  }

  /**
   * Turns a domain rule's refusal whose message reads {@code "<field>: <what is wrong>"} (the
   * convention of the platform's value objects and rules) into a field violation.
   */
  public static InvalidFieldException from(IllegalArgumentException refusal) {
    String message = String.valueOf(refusal.getMessage());
    int colon = message.indexOf(':');
    return colon > 0
        ? new InvalidFieldException(
            message.substring(0, colon), message.substring(colon + 1).strip())
        : new InvalidFieldException("request", message);
  }

  /** The first offending field. */
  public String field() {
    return violations.get(0).field();
  }

  /** Every offending field. */
  public List<FieldViolation> violations() {
    return violations;
  }
}
