package cn.gov.guizhou.ipp.applicant.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = Backoff.DEFAULT;

  @Test
  void theFirstFailureWaitsThirtySecondsAndEachFurtherOneDoubles() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(8));
  }

  @Test
  void theWaitIsCappedAtTenMinutesAndNeverGivesUp() {
    // 30 s × 2^5 = 16 min is past the cap.
    assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(7)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(10_000)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aCapThatIsNotAPowerOfTwoOfTheFirstWaitIsReachedExactly() {
    Backoff odd = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(100));
    assertThat(odd.after(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(odd.after(3)).isEqualTo(Duration.ofSeconds(100));
  }

  @Test
  void aWaitIsOnlyAskedAfterAFailureAndMustBePositive() {
    assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
