package cn.gov.guizhou.ipp.applicant.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which checks end the follow-up job and which leave it to be tried again. */
class RegistrationCreditCheckTest {

  @Test
  void anAnswerOfTheRegistryEndsTheJob() {
    assertThat(RegistrationCreditCheck.definitive(check(CreditCheckOutcome.CLEAR, null))).isTrue();
    assertThat(RegistrationCreditCheck.definitive(check(CreditCheckOutcome.RECORDS_FOUND, null)))
        .isTrue();
  }

  @Test
  void aCodeTheRegistryDoesNotKnowEndsTheJob() {
    assertThat(
            RegistrationCreditCheck.definitive(
                check(CreditCheckOutcome.UNAVAILABLE, UnavailableReason.UNKNOWN_CODE)))
        .isTrue();
  }

  @Test
  void aRegistryThatCouldNotBeAskedLeavesTheJobToBeTriedAgain() {
    for (UnavailableReason reason :
        List.of(
            UnavailableReason.TIMEOUT,
            UnavailableReason.REGISTRY_ERROR,
            UnavailableReason.BREAKER_OPEN,
            UnavailableReason.UNREADABLE_ANSWER)) {
      assertThat(RegistrationCreditCheck.definitive(check(CreditCheckOutcome.UNAVAILABLE, reason)))
          .as(reason.name())
          .isFalse();
    }
  }

  private static CreditCheck check(CreditCheckOutcome outcome, UnavailableReason reason) {
    return new CreditCheck(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "91520100MA61234561",
        CreditRegistry.CREDIT_CHINA,
        outcome,
        List.of(),
        reason == null ? null : "registry unavailable: " + reason,
        OffsetDateTime.now(),
        List.of(),
        reason);
  }
}
