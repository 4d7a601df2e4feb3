package cn.gov.guizhou.ipp.applicant.followup;

import java.time.Duration;

/**
 * How long a follow-up job waits after a failed attempt: {@code first} after the first, doubling
 * with each further failure, never more than {@code max}. It never gives up: a job is retried for
 * as long as it fails.
 *
 * @param first the wait after the first failed attempt
 * @param max the longest wait
 */
public record Backoff(Duration first, Duration max) {

  /** The platform's default: 30 s, 1 min, 2 min, 4 min, 8 min, then every 10 min. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10));

  public Backoff {
    if (first == null || max == null || first.isNegative() || first.isZero()) {
      throw new IllegalArgumentException("the first wait must be positive");
    }
    if (max.compareTo(first) < 0) {
      throw new IllegalArgumentException("the longest wait must not be shorter than the first");
    }
  }

  /**
   * The wait after {@code failedAttempts} failed attempts in a row.
   *
   * @param failedAttempts how many attempts have failed, at least 1
   */
  public Duration after(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt must have failed");
    }
    Duration wait = first;
    for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
