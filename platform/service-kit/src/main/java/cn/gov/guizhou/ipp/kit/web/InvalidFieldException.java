package cn.gov.guizhou.ipp.kit.web;

/** A field breaks a domain rule that Bean Validation cannot express; answered with 422. */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
