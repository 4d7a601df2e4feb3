package cn.gov.guizhou.ipp.applicant.credit;

import feign.FeignException;
import feign.codec.DecodeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.SocketTimeoutException;

/**
 * Why a check is UNAVAILABLE. Whatever the reason, it never counts as clear, and it does not depend
 * on what ran before: a registry that answers late is TIMEOUT whether the breaker is closed or not,
 * and BREAKER_OPEN only says the registry was not asked this time.
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
  UNKNOWN_CODE;

  /** The reason a failed registry call stands for. */
  public static UnavailableReason of(Throwable failure) {
    if (failure instanceof CallNotPermittedException) {
      return BREAKER_OPEN;
    }
    if (failure instanceof FeignException.NotFound) {
      return UNKNOWN_CODE;
    }
    if (failure instanceof DecodeException) {
      return UNREADABLE_ANSWER;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return TIMEOUT;
      }
    }
    return REGISTRY_ERROR;
  }
}
