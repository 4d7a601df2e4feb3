package cn.gov.guizhou.ipp.funding;

import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the catalogue and review publish for funding-service, and the grants it makes of them. */
public final class FundingEvents {

  private FundingEvents() {}

  /** A pre-subsidy track of the call of {@code year}, implemented over two years, with a budget. */
  public static TrackSummary track(int year, String code, FundingRule rule, String budget) {
    return new TrackSummary(
        code,
        code,
        null,
        code,
        "PRE_SUBSIDY",
        rule,
        true,
        year,
        year + 1,
        new BigDecimal(budget),
        2,
        null);
  }

  /** Publishes the award of {@code amount} to an organisation, as review-service does. */
  public static AwardDecidedV1 award(
      EventSender sender,
      int year,
      UUID id,
      UUID organisation,
      String creditCode,
      String track,
      FundingRule rule,
      String amount) {
    AwardDecidedV1 award =
        new AwardDecidedV1(
            id,
            year + "-" + track + "-" + id.toString().substring(0, 5),
            year,
            track,
            1,
            organisation,
            creditCode,
            true,
            new BigDecimal(amount),
            rule,
            1,
            new BigDecimal("90.00"),
            true,
            null,
            OffsetDateTime.now(ZoneOffset.UTC));
    sender.send(EventCatalogue.AWARD_DECIDED, award, UUID.randomUUID().toString());
    return award;
  }

  /**
   * The award of one application as part of a review decision of {@code awardedInDecision} awards,
   * as review-service makes it (not sent).
   */
  public static AwardDecidedV1 inDecision(
      UUID decision,
      int awardedInDecision,
      int year,
      String track,
      FundingRule rule,
      int rank,
      String amount,
      String committed) {
    UUID id = UUID.randomUUID();
    return new AwardDecidedV1(
        id,
        year + "-" + track + "-R" + rank + "-" + id.toString().substring(0, 5),
        year,
        track,
        1,
        UUID.randomUUID(),
        UsccGenerator.next(),
        true,
        new BigDecimal(amount),
        rule,
        rank,
        new BigDecimal("90.00").subtract(BigDecimal.valueOf(rank)),
        true,
        null,
        OffsetDateTime.now(ZoneOffset.UTC),
        decision,
        awardedInDecision,
        new BigDecimal(committed));
  }

  /** The grant made of an application's award, once funding-service has made it. */
  public static JsonNode grantOf(Http staff, UUID application) {
    String path = "/api/funding/grants/" + application;
    await().atMost(Duration.ofSeconds(20)).until(() -> staff.get(path).status() == 200);
    return staff.get(path).json();
  }
}
