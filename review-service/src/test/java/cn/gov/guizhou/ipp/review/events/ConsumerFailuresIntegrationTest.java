package cn.gov.guizhou.ipp.review.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.testkit.DatabaseOutage;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What a consumer does when it cannot process a message: its own database away for longer than the
 * old give-up time delays events but loses none, and a message it could never process is set aside
 * for an administrator, who replays it once the cause is mended.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      DatabaseOutage.PROPERTY + "=true",
      // A group of its own: this context's database is not the other tests', so it must not
      // take their partitions or move their offsets.
      "spring.kafka.consumer.group-id=review-service-consumer-failures",
      "ipp.events.transient-retry.max-interval=5s"
    })
@DirtiesContext
class ConsumerFailuresIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired DatabaseOutage outage;

  EventSender sender;
  Http api;

  @BeforeEach
  void setUp() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    api = Http.to("http://127.0.0.1:" + port);
  }

  @AfterEach
  void tearDown() {
    outage.end();
    sender.close();
  }

  private static OrganisationRegisteredV1 registration(String code, String name) {
    return new OrganisationRegisteredV1(
        UUID.randomUUID(),
        code,
        name,
        "ENTERPRISE",
        "ZUNYI",
        OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void eventsArrivingWhileTheDatabaseIsDownAreAppliedExactlyOnceWhenItIsBack() throws Exception {
    List<String> codes = new ArrayList<>();
    List<String> eventIds = new ArrayList<>();
    outage.begin();
    for (int i = 0; i < 5; i++) {
      String code = UsccGenerator.next();
      String eventId = UUID.randomUUID().toString();
      codes.add(code);
      eventIds.add(eventId);
      sender.send(EventCatalogue.ORGANISATION_REGISTERED, registration(code, "遵义企业" + i), eventId);
    }
    // Longer than four attempts at the 3-second connection timeout with the old backoff: the
    // consumer used to give up and dead-letter the event here.
    Thread.sleep(25_000);
    Http officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
    Http.Response whileDown = officer.get("/api/review/organisations/" + codes.get(0));
    assertThat(whileDown.status()).as(whileDown.toString()).isEqualTo(503);
    assertThat(whileDown.header("Retry-After")).isEqualTo("5");
    assertThat(whileDown.json().get("type").asString()).endsWith("dependency-unavailable");

    outage.end();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> codes.stream().allMatch(code -> known(code) == 1));
    for (String eventId : eventIds) {
      assertThat(
              jdbc.sql("select count(*) from processed_event where event_id = :id")
                  .param("id", eventId)
                  .query(Long.class)
                  .single())
          .isEqualTo(1L);
      assertThat(
              jdbc.sql("select count(*) from dead_letter where event_id = :id")
                  .param("id", eventId)
                  .query(Long.class)
                  .single())
          .as("nothing is dead-lettered for an outage")
          .isZero();
    }
  }

  @Test
  void aMessageThatCannotBeProcessedIsListedAndReplayedOnceTheCauseIsMended() {
    String code = UsccGenerator.next();
    String eventId = UUID.randomUUID().toString();
    // A rule of the record the event breaks, for good: stands for a defect in the consumer.
    jdbc.sql(
            "alter table known_organisation add constraint no_test_defect"
                + " check (legal_name <> '缺陷测试单位')")
        .update();
    try {
      sender.send(EventCatalogue.ORGANISATION_REGISTERED, registration(code, "缺陷测试单位"), eventId);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  jdbc.sql("select count(*) from dead_letter where event_id = :id")
                          .param("id", eventId)
                          .query(Long.class)
                          .single()
                      == 1);
      assertThat(
              TopicReader.find(
                  TestInfrastructure.get().kafkaBootstrapServers(),
                  Topics.APPLICANT_ORGANISATIONS + ".DLT",
                  r ->
                      r.headers().lastHeader("ce_id") != null
                          && eventId.equals(new String(r.headers().lastHeader("ce_id").value())),
                  Duration.ofSeconds(30)))
          .isPresent();

      Http admin = api.bearer(tokens.tokenFor("admin", "bureau-admin"));
      JsonNode page = admin.get("/api/dead-letters").json();
      JsonNode letter = find(page, eventId);
      assertThat(letter).as(page.toString()).isNotNull();
      assertThat(letter.get("topic").asString()).isEqualTo(Topics.APPLICANT_ORGANISATIONS);
      assertThat(letter.get("eventType").asString())
          .isEqualTo(EventCatalogue.ORGANISATION_REGISTERED.type());
      assertThat(letter.get("error").asString()).contains("no_test_defect");
      assertThat(page.get("open").asLong()).isGreaterThanOrEqualTo(1);
      String id = letter.get("id").asString();

      assertThat(
              api.bearer(tokens.tokenFor("officer", "programme-officer"))
                  .get("/api/dead-letters")
                  .status())
          .isEqualTo(403);
      assertThat(api.get("/api/dead-letters").status()).isEqualTo(401);
      assertThat(admin.get("/api/dead-letters?limit=0").status()).isIn(400, 422);
      assertThat(admin.get("/api/dead-letters/" + UUID.randomUUID()).status()).isEqualTo(404);

      Http.Response stillFailing = admin.post("/api/dead-letters/" + id + "/replay", null);
      assertThat(stillFailing.status()).as(stillFailing.toString()).isEqualTo(200);
      assertThat(stillFailing.json().get("replayedAt").isNull()).isTrue();
      assertThat(stillFailing.json().get("lastReplayError").asString()).contains("no_test_defect");
      assertThat(known(code)).isZero();

      jdbc.sql("alter table known_organisation drop constraint no_test_defect").update();
      Http.Response replayed = admin.post("/api/dead-letters/" + id + "/replay", null);
      assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
      assertThat(replayed.json().get("replayedAt").isNull()).isFalse();
      assertThat(replayed.json().get("replayAttempts").asInt()).isEqualTo(2);
      assertThat(known(code)).isEqualTo(1);

      Http.Response again = admin.post("/api/dead-letters/" + id + "/replay", null);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().get("replayAttempts").asInt()).isEqualTo(2);
      assertThat(known(code)).isEqualTo(1);
      assertThat(find(admin.get("/api/dead-letters").json(), eventId))
          .as("a replayed dead letter is no longer open")
          .isNull();
      assertThat(find(admin.get("/api/dead-letters?includeReplayed=true").json(), eventId))
          .isNotNull();
      assertThat(
              jdbc.sql(
                      "select count(*) from audit_record where object_type = 'dead-letter'"
                          + " and object_id = :id")
                  .param("id", id)
                  .query(Long.class)
                  .single())
          .isEqualTo(2L);
    } finally {
      jdbc.sql("alter table known_organisation drop constraint if exists no_test_defect").update();
    }
  }

  private static JsonNode find(JsonNode page, String eventId) {
    for (JsonNode item : page.get("items")) {
      if (eventId.equals(item.get("eventId").asString())) {
        return item;
      }
    }
    return null;
  }

  private long known(String code) {
    return jdbc.sql("select count(*) from known_organisation where credit_code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
