package cn.gov.guizhou.ipp.funding.organisations;

/**
 * applicant-service could not answer a question the request depends on (a membership): the answer
 * is unknown, so the request is refused as unavailable (503) and changes nothing.
 */
public class ApplicantServiceUnavailableException extends RuntimeException {

  public ApplicantServiceUnavailableException(String message) {
    super(message);
  }
}
