package cn.gov.guizhou.ipp.kit.events;

/**
 * A message that can never be processed, however often it is retried (no event id, a body that is
 * not the event's JSON). It goes to the dead-letter topic at once.
 */
public class PoisonMessageException extends RuntimeException {

  public PoisonMessageException(String message, Throwable cause) {
    super(message, cause);
  }

  public PoisonMessageException(String message) {
    super(message);
  }
}
