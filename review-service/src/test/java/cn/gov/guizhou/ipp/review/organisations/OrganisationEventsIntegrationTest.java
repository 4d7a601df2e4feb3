package cn.gov.guizhou.ipp.review.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
// A consumer group of its own: other test classes' contexts, alive in the same JVM with databases
// of their own, must not share this one's partitions or move its offsets.
@TestPropertySource(
    properties = "spring.kafka.consumer.group-id=review-service-organisation-events")
class OrganisationEventsIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  private static final String GROUP = "review-service-organisation-events";

  @Autowired JdbcClient jdbc;
  @Autowired KafkaListenerEndpointRegistry listeners;

  EventSender sender;

  @BeforeEach
  void sender() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
  }

  @AfterEach
  void close() {
    sender.close();
  }

  private static OrganisationRegisteredV1 registration(String code) {
    return new OrganisationRegisteredV1(
        UUID.randomUUID(),
        code,
        "贵州大学",
        "UNIVERSITY_OR_RESEARCH_INSTITUTE",
        "GUIYANG",
        OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void aRegisteredOrganisationBecomesKnownToBureauStaff() {
    String code = UsccGenerator.next("12", "520000");
    sender.send(
        EventCatalogue.ORGANISATION_REGISTERED, registration(code), UUID.randomUUID().toString());

    Http api = Http.to("http://127.0.0.1:" + port);
    Http officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> officer.get("/api/review/organisations/" + code).status() == 200);
    Http.Response known = officer.get("/api/review/organisations/" + code);
    assertThat(known.json().get("legalName").asString()).isEqualTo("贵州大学");
    assertThat(known.json().get("organisationType").asString())
        .isEqualTo("UNIVERSITY_OR_RESEARCH_INSTITUTE");

    assertThat(
            api.bearer(tokens.tokenFor("applicant-a", "applicant"))
                .get("/api/review/organisations/" + code)
                .status())
        .isEqualTo(403);
    assertThat(api.get("/api/review/organisations/" + code).status()).isEqualTo(401);
    assertThat(officer.get("/api/review/organisations/" + UsccGenerator.next()).status())
        .isEqualTo(404);
  }

  @Test
  void theProducersTraceIdIsInTheConsumersLog(CapturedOutput output) {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String eventId = UUID.randomUUID().toString();
    String code = UsccGenerator.next();
    sender.send(
        EventCatalogue.ORGANISATION_REGISTERED,
        registration(code),
        eventId,
        "00-" + traceId + "-b7ad6b7169203331-01");

    await().atMost(Duration.ofSeconds(20)).until(() -> knownCount(code) == 1);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                output
                    .getOut()
                    .lines()
                    .anyMatch(
                        line ->
                            line.contains("Applied event " + eventId) && line.contains(traceId)));
  }

  @Test
  void anEventDeliveredTwiceIsAppliedOnce() {
    String code = UsccGenerator.next();
    OrganisationRegisteredV1 event = registration(code);
    String eventId = UUID.randomUUID().toString();
    sender.send(EventCatalogue.ORGANISATION_REGISTERED, event, eventId);
    sender.send(EventCatalogue.ORGANISATION_REGISTERED, event, eventId);
    String marker = UsccGenerator.next();
    sender.send(
        EventCatalogue.ORGANISATION_REGISTERED, registration(marker), UUID.randomUUID().toString());

    await().atMost(Duration.ofSeconds(20)).until(() -> knownCount(marker) == 1);
    assertThat(knownCount(code)).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from processed_event where event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void aPoisonMessageGoesToTheDeadLetterTopicAndLaterMessagesAreStillProcessed() {
    String poisonKey = UUID.randomUUID().toString();
    sender.sendBody(
        EventCatalogue.ORGANISATION_REGISTERED,
        poisonKey,
        "{\"organisationId\": \"not-a-uuid\"",
        UUID.randomUUID().toString());
    String after = UsccGenerator.next();
    sender.send(
        EventCatalogue.ORGANISATION_REGISTERED, registration(after), UUID.randomUUID().toString());

    await().atMost(Duration.ofSeconds(30)).until(() -> knownCount(after) == 1);
    ConsumerRecord<String, byte[]> dead =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICANT_ORGANISATIONS + ".DLT",
                r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("the poison message is not in the DLT"));
    assertThat(
            new String(
                dead.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8))
        .contains("OrganisationRegisteredV1");
  }

  @Test
  void replayingTheTopicFromTheStartLeavesTheTablesUnchanged() throws Exception {
    String code = UsccGenerator.next();
    sender.send(
        EventCatalogue.ORGANISATION_REGISTERED, registration(code), UUID.randomUUID().toString());
    await().atMost(Duration.ofSeconds(20)).until(() -> knownCount(code) == 1);
    // Everything on the topic so far (other tests publish there too) is applied before the
    // snapshot.
    awaitCaughtUp();
    List<Map<String, Object>> organisations = snapshot("known_organisation", "organisation_id");
    List<Map<String, Object>> processed = processedFromTheTopic();

    for (MessageListenerContainer container : listeners.getListenerContainers()) {
      container.stop();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> listeners.getListenerContainers().stream().noneMatch(c -> c.isRunning()));
    String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      Map<TopicPartition, OffsetAndMetadata> toStart = new HashMap<>();
      admin
          .describeTopics(List.of(Topics.APPLICANT_ORGANISATIONS))
          .allTopicNames()
          .get()
          .get(Topics.APPLICANT_ORGANISATIONS)
          .partitions()
          .forEach(
              p ->
                  toStart.put(
                      new TopicPartition(Topics.APPLICANT_ORGANISATIONS, p.partition()),
                      new OffsetAndMetadata(0)));
      await()
          .atMost(Duration.ofSeconds(30))
          .ignoreExceptions()
          .until(
              () -> {
                admin.alterConsumerGroupOffsets(GROUP, toStart).all().get();
                return true;
              });
      for (MessageListenerContainer container : listeners.getListenerContainers()) {
        container.start();
      }
    }
    awaitCaughtUp();

    assertThat(snapshot("known_organisation", "organisation_id")).isEqualTo(organisations);
    assertThat(processedFromTheTopic()).isEqualTo(processed);
  }

  /** Waits until this context's group has committed every message the topic holds now. */
  private static void awaitCaughtUp() throws Exception {
    String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      admin
          .describeTopics(List.of(Topics.APPLICANT_ORGANISATIONS))
          .allTopicNames()
          .get()
          .get(Topics.APPLICANT_ORGANISATIONS)
          .partitions()
          .forEach(
              p ->
                  latest.put(
                      new TopicPartition(Topics.APPLICANT_ORGANISATIONS, p.partition()),
                      OffsetSpec.latest()));
      Map<TopicPartition, Long> ends = new HashMap<>();
      admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream()
                    .allMatch(
                        e ->
                            e.getValue() == 0
                                || (committed.get(e.getKey()) != null
                                    && committed.get(e.getKey()).offset() >= e.getValue()));
              });
    }
  }

  /** The inbox's record of this topic's events (the context consumes other topics too). */
  private List<Map<String, Object>> processedFromTheTopic() {
    return jdbc.sql("select * from processed_event where topic = :topic order by event_id")
        .param("topic", Topics.APPLICANT_ORGANISATIONS)
        .query()
        .listOfRows();
  }

  private List<Map<String, Object>> snapshot(String table, String orderBy) {
    return jdbc.sql("select * from " + table + " order by " + orderBy).query().listOfRows();
  }

  private long knownCount(String code) {
    return jdbc.sql("select count(*) from known_organisation where credit_code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
