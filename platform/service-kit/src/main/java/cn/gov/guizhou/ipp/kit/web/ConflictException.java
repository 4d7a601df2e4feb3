package cn.gov.guizhou.ipp.kit.web;

/**
 * The request contradicts data that already exists (for example a code registered twice) or the
 * state of the object (a closed application window). Answered with 409; a {@code code} names the
 * refusal for clients that act on it.
 */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String message) {
    this(null, message);
  }

  /**
   * A refusal with a stable code.
   *
   * @param code the refusal's code, upper case (e.g. {@code WINDOW_CLOSED}); null for none
   * @param message why, in English
   */
  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The refusal's code, or null. */
  public String code() {
    return code;
  }
}
