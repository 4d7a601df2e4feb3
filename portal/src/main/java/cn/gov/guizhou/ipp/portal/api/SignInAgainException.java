package cn.gov.guizhou.ipp.portal.api;

/** The person's tokens can no longer be refreshed (their Keycloak session ended): sign in again. */
public class SignInAgainException extends RuntimeException {

  public SignInAgainException(String message, Throwable cause) {
    super(message, cause);
  }
}
