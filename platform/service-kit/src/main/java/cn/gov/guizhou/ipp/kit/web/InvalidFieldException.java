package cn.gov.guizhou.ipp.kit.web;

/** A field breaks a domain rule that Bean Validation cannot express; answered with 422. */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
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

  public String field() {
    return field;
  }
}
