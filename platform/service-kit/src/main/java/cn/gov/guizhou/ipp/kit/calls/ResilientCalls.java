package cn.gov.guizhou.ipp.kit.calls;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a remote call behind the remote's circuit breaker. The breaker is named after the remote
 * (one per service or registry, shown on {@code /actuator/circuitbreakers} and in health); an
 * idempotent call is retried with exponential backoff and jitter, any other call runs once. When
 * the call fails or the breaker is open, the caller's fallback decides the answer — it must say
 * "unknown", never "yes".
 */
public class ResilientCalls {

  private static final Logger log = LoggerFactory.getLogger(ResilientCalls.class);

  private final CircuitBreakerRegistry breakers;
  private final RetryRegistry retries;

  public ResilientCalls(CircuitBreakerRegistry breakers, RetryRegistry retries) {
    this.breakers = breakers;
    this.retries = retries;
  }

  /** A call that may safely be repeated (a read, a check): retried, then the fallback. */
  public <T> T idempotent(String remote, Supplier<T> call, Function<Throwable, T> fallback) {
    CircuitBreaker breaker = breakers.circuitBreaker(remote);
    Retry retry = retries.retry(remote);
    return run(
        remote,
        Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)),
        fallback);
  }

  /** A call whose repetition could repeat an effect: run once, then the fallback. */
  public <T> T once(String remote, Supplier<T> call, Function<Throwable, T> fallback) {
    return run(
        remote, CircuitBreaker.decorateSupplier(breakers.circuitBreaker(remote), call), fallback);
  }

  private static <T> T run(String remote, Supplier<T> call, Function<Throwable, T> fallback) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      log.warn("Call to {} failed: {}", remote, e.toString());
      return fallback.apply(e);
    }
  }
}
