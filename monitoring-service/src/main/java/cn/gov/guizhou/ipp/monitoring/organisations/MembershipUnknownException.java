package cn.gov.guizhou.ipp.monitoring.organisations;

/** applicant-service could not say whether the caller is a member: the request is refused (503). */
public class MembershipUnknownException extends RuntimeException {

  public MembershipUnknownException(Throwable cause) {
    super("applicant-service could not confirm the caller's membership; try again later", cause);
  }
}
