package cn.gov.guizhou.ipp.kit.web;

/**
 * Another platform service could not answer a question the request depends on (whether the caller
 * is a member of an organisation, for instance): the request is refused with 503, never let through
 * on an unknown.
 */
public class DependencyUnavailableException extends RuntimeException {

  public DependencyUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
