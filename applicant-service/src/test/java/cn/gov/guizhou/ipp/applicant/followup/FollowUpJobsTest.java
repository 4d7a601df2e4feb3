package cn.gov.guizhou.ipp.applicant.followup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpJobsTest {

  @Test
  void whoAskedIsKeptWholeWithTheJob() {
    CurrentUser registrant =
        new CurrentUser("sub-1", "ipp-portal", "zhang.san", Set.of("applicant", "expert"));

    assertThat(FollowUpJobs.requesterOf(FollowUpJobs.requesterJson(registrant)))
        .isEqualTo(registrant);
  }

  @Test
  void theJobRunsAsTheUserWhoAsked() {
    CurrentUser registrant =
        new CurrentUser("sub-1", "ipp-portal", "zhang.san", Set.of("applicant"));

    assertThat(CurrentUser.from(OnBehalfOf.of(registrant, Instant.now()).getAuthentication()))
        .isEqualTo(registrant);
  }
}
