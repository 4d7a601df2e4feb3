package cn.gov.guizhou.ipp.kit.audit;

/** How an audited action ended. */
public enum AuditOutcome {
  /** The change was made. */
  SUCCEEDED,
  /** No valid token (401). */
  UNAUTHENTICATED,
  /** A valid token without the needed role (403). */
  FORBIDDEN,
  /** Another party's object, refused as if it did not exist (404). */
  NOT_VISIBLE,
  /** A rule of the domain refused the request (409): the detail says which and why. */
  REFUSED
}
