package cn.gov.guizhou.ipp.applicant.credit.client;

import cn.gov.guizhou.ipp.applicant.credit.UnavailableReason;
import feign.FeignException;
import feign.codec.DecodeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.SocketTimeoutException;

/** What a failed call to a registry stands for. */
public final class RegistryFailures {

  private RegistryFailures() {}

  /** The reason a failed registry call makes its check UNAVAILABLE. */
  public static UnavailableReason reasonOf(Throwable failure) {
    if (failure instanceof CallNotPermittedException) {
      return UnavailableReason.BREAKER_OPEN;
    }
    if (failure instanceof FeignException.NotFound) {
      return UnavailableReason.UNKNOWN_CODE;
    }
    if (failure instanceof DecodeException) {
      return UnavailableReason.UNREADABLE_ANSWER;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return UnavailableReason.TIMEOUT;
      }
    }
    return UnavailableReason.REGISTRY_ERROR;
  }
}
