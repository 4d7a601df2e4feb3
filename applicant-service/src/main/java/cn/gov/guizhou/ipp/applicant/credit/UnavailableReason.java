package cn.gov.guizhou.ipp.applicant.credit;

/**
 * Why a check is UNAVAILABLE. Whatever the reason, it never counts as clear, and it does not depend
 * on what ran before: a registry that answers late is TIMEOUT whether the breaker is closed or not,
 * and BREAKER_OPEN only says the registry was not asked this time. The registry client tells which
 * a failed call was ({@code client.RegistryFailures}).
 */
public enum UnavailableReason {
  /** No answer within the read timeout (a late answer is no answer). */
  TIMEOUT,
  /** A 5xx answer, another unexpected status, or no connection, after the retries. */
  REGISTRY_ERROR,
  /** The registry's circuit breaker was open: it was not asked. */
  BREAKER_OPEN,
  /**
   * An answer that could not be read: not JSON, no record list, another code, a record without a
   * category.
   */
  UNREADABLE_ANSWER,
  /** The registry does not know the code (404): its record cannot be confirmed. */
  UNKNOWN_CODE
}
