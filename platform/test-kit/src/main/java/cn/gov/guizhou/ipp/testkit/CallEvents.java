package cn.gov.guizhou.ipp.testkit;

import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Calls as program-service publishes them, for the services that replicate them. */
public final class CallEvents {

  private CallEvents() {}

  /** The first rule version of the guide of {@code year}, open, with no exclusivity rule. */
  public static CallPublishedV1 open(int year, List<TrackSummary> tracks) {
    return new CallPublishedV1(
        year,
        1,
        "OPEN",
        "贵州省知识产权运用促进项目申报指南",
        "Application guide",
        OffsetDateTime.now(ZoneOffset.UTC),
        List.of(),
        tracks);
  }
}
