package cn.gov.guizhou.ipp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundStateTest {

  private static Map<String, Object> report(Object reportedAt, Object verifiedAt, boolean late) {
    Map<String, Object> report = new HashMap<>();
    report.put("quarter", "2027-Q2");
    report.put("reportDeadline", "2027-07-10");
    report.put("unitReportedAt", reportedAt);
    report.put("verifiedAt", verifiedAt);
    report.put("late", late);
    return report;
  }

  @Test
  void aQuarterWithoutARoundReportIsNotOpenAndCannotBeReported() {
    assertThat(RoundState.of(null)).isEqualTo(RoundState.NOT_OPEN);
    assertThat(RoundState.NOT_OPEN.reportable()).isFalse();
  }

  @Test
  void anOpenRoundWaitsForTheReportUntilTheApiFlagsItLate() {
    assertThat(RoundState.of(report(null, null, false))).isEqualTo(RoundState.AWAITING_REPORT);
    assertThat(RoundState.of(report(null, null, true))).isEqualTo(RoundState.OVERDUE);
    assertThat(RoundState.OVERDUE.reportable()).isTrue();
  }

  @Test
  void aReportMayBeCorrectedUntilTheFirmVerifiesIt() {
    assertThat(RoundState.of(report("2027-07-01T02:00:00Z", null, false)))
        .isEqualTo(RoundState.REPORTED);
    assertThat(RoundState.of(report("2027-07-11T02:00:00Z", null, true)))
        .isEqualTo(RoundState.REPORTED_LATE);
    assertThat(RoundState.REPORTED_LATE.reportable()).isTrue();
    assertThat(RoundState.of(report("2027-07-01T02:00:00Z", "2027-07-05T02:00:00Z", false)))
        .isEqualTo(RoundState.VERIFIED);
    assertThat(RoundState.VERIFIED.reportable()).isFalse();
  }
}
