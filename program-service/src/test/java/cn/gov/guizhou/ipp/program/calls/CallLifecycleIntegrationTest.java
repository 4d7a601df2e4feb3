package cn.gov.guizhou.ipp.program.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Officers run a call from draft to archive; published rules only change as new versions. */
@IntegrationTest
class CallLifecycleIntegrationTest {

  private static final AtomicInteger YEARS = new AtomicInteger(2040);
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  Http anonymous;
  Http officer;

  @BeforeEach
  void clients() {
    anonymous = Http.to("http://127.0.0.1:" + port);
    officer = anonymous.bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  private int draftCall() {
    int year = YEARS.incrementAndGet();
    Http.Response created =
        officer.post(
            "/api/calls",
            Map.of(
                "year",
                year,
                "basedOnYear",
                2027,
                "titleZh",
                year + "年度贵州省知识产权运用促进项目申报指南",
                "titleEn",
                "Guizhou IP utilisation promotion programmes, " + year + " call"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return year;
  }

  private Http.Response move(int year, String to) {
    return officer.post("/api/calls/" + year + "/transitions", Map.of("to", to));
  }

  private Http.Response window(int year, String opens, String closes) {
    return officer.put(
        "/api/calls/" + year + "/window", Map.of("opensAt", opens, "closesAt", closes));
  }

  @Test
  void aCallGoesFromDraftToArchiveAndEachStepIsAnnounced() {
    int year = draftCall();
    assertThat(anonymous.get("/api/programmes?year=" + year).status())
        .as("a draft is not public")
        .isEqualTo(404);
    assertThat(officer.get("/api/calls/" + year + "/administration").json().get("state").asString())
        .isEqualTo("DRAFT");

    assertThat(move(year, "OPEN").status()).as("a draft cannot open").isEqualTo(409);
    assertThat(move(year, "PUBLISHED").status()).isEqualTo(200);
    assertThat(anonymous.get("/api/programmes?year=" + year).json().size()).isEqualTo(15);
    assertThat(move(year, "OPEN").status()).as("no window yet").isEqualTo(409);
    assertThat(
            window(year, year + "-03-01T09:00:00+08:00", year + "-04-30T17:00:00+08:00").status())
        .isEqualTo(200);
    assertThat(move(year, "OPEN").status()).isEqualTo(200);
    assertThat(move(year, "CLOSED").status()).isEqualTo(200);
    assertThat(
            window(year, year + "-03-01T09:00:00+08:00", year + "-05-30T17:00:00+08:00").status())
        .as("a closed call no longer changes")
        .isEqualTo(409);
    assertThat(move(year, "ARCHIVED").status()).isEqualTo(200);
    assertThat(move(year, "OPEN").status()).isEqualTo(409);

    List<String> types = eventTypes(year, 5);
    assertThat(types)
        .containsExactly(
            EventTypes.CALL_PUBLISHED_V1,
            EventTypes.CALL_STATE_CHANGED_V1,
            EventTypes.CALL_STATE_CHANGED_V1,
            EventTypes.CALL_STATE_CHANGED_V1,
            EventTypes.CALL_STATE_CHANGED_V1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_record where object_type = 'call' and object_id = :year")
                .param("year", String.valueOf(year))
                .query(Long.class)
                .single())
        .as("create, publish, window, open, close, archive")
        .isEqualTo(6L);
  }

  @Test
  void aPublishedCallsRulesChangeOnlyAsANewVersionWithAReason() {
    int year = draftCall();
    assertThat(
            officer
                .put(
                    "/api/calls/" + year + "/tracks/HVP/budget",
                    Map.of("amount", "5000000.00", "plannedProjects", 10))
                .json()
                .get("ruleVersion")
                .asInt())
        .as("a draft changes in place")
        .isEqualTo(1);
    move(year, "PUBLISHED");

    Map<String, Object> newRule =
        Map.of("fundingRule", Map.of("kind", "FIXED_AMOUNT", "amount", "600000.00"));
    Http.Response withoutReason =
        officer.put("/api/calls/" + year + "/tracks/HVP/funding-rule", newRule);
    assertThat(withoutReason.status()).isEqualTo(422);
    assertThat(withoutReason.json().get("errors").get(0).get("field").asString())
        .isEqualTo("reason");

    Http.Response changed =
        officer.put(
            "/api/calls/" + year + "/tracks/HVP/funding-rule",
            Map.of(
                "fundingRule",
                Map.of("kind", "FIXED_AMOUNT", "amount", "600000.00"),
                "reason",
                "预算调整：省财政追加资金"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().get("ruleVersion").asInt()).isEqualTo(2);

    JsonNode hvp = anonymous.get("/api/programmes/HVP?year=" + year).json();
    assertThat(hvp.get("fundingRule").get("amount").decimalValue()).isEqualByComparingTo("600000");
    assertThat(hvp.get("budget").get("amount").decimalValue()).isEqualByComparingTo("5000000");
    JsonNode versions = officer.get("/api/calls/" + year + "/versions").json();
    assertThat(versions.findValuesAsString("reason")).contains("预算调整：省财政追加资金");
    assertThat(
            officer
                .patch(
                    "/api/calls/" + year + "/versions/1",
                    Map.of("titleZh", "改名", "titleEn", "Renamed"))
                .status())
        .as("a published version is frozen")
        .isEqualTo(409);
  }

  @Test
  void aDraftsVersionMayBeEditedInPlace() {
    int year = draftCall();
    Http.Response retitled =
        officer.patch(
            "/api/calls/" + year + "/versions/1", Map.of("titleZh", "草稿标题", "titleEn", "Draft"));
    assertThat(retitled.status()).isEqualTo(200);
    assertThat(retitled.json().get("titleZh").asString()).isEqualTo("草稿标题");
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    int year = draftCall();
    Http.Response backwards =
        window(year, year + "-04-30T17:00:00+08:00", year + "-03-01T09:00:00+08:00");
    assertThat(backwards.status()).isEqualTo(422);
    assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("closesAt");

    Http.Response negative =
        officer.put(
            "/api/calls/" + year + "/tracks/HVP/budget",
            Map.of("amount", "-1", "plannedProjects", 3));
    assertThat(negative.status()).isEqualTo(422);
    assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
    assertThat(
            officer
                .put(
                    "/api/calls/" + year + "/tracks/HVP/budget",
                    Map.of("amount", "100.001", "plannedProjects", 3))
                .status())
        .isEqualTo(422);
    assertThat(
            officer
                .put(
                    "/api/calls/" + year + "/tracks/HVP/budget",
                    "{\"amount\": \"lots\", \"plannedProjects\": 3}")
                .status())
        .isEqualTo(400);

    Http.Response overlapping = prefectureTiers(year, 1, 2, 2, 3);
    assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(422);
    assertThat(overlapping.json().get("errors").get(0).get("field").asString())
        .startsWith("fundingRule.tiers");

    Http.Response gap = prefectureTiers(year, 1, 1, 3, 4);
    assertThat(gap.status()).isEqualTo(422);
    assertThat(
            officer
                .put(
                    "/api/calls/" + year + "/tracks/HVP/funding-rule",
                    Map.of("fundingRule", Map.of("kind", "LOTTERY")))
                .status())
        .isEqualTo(422);
    assertThat(
            officer
                .put(
                    "/api/calls/" + year + "/tracks/NOPE/budget",
                    Map.of("amount", "1.00", "plannedProjects", 1))
                .status())
        .isEqualTo(404);
    assertThat(move(year, "SOMEWHERE").status()).isEqualTo(400);
    assertThat(
            officer
                .post(
                    "/api/calls",
                    Map.of("year", year, "basedOnYear", 2027, "titleZh", "重复", "titleEn", "Again"))
                .status())
        .as("one call per year")
        .isEqualTo(409);
  }

  @Test
  void onlyProgrammeOfficersRunCalls() {
    Http applicant = anonymous.bearer(tokens.tokenFor("applicant-a", "applicant"));
    assertThat(
            applicant
                .post(
                    "/api/calls",
                    Map.of("year", 2099, "basedOnYear", 2027, "titleZh", "x", "titleEn", "x"))
                .status())
        .isEqualTo(403);
    assertThat(anonymous.get("/api/calls/2027/administration").status()).isEqualTo(401);
    assertThat(applicant.post("/api/calls/2027/transitions", Map.of("to", "OPEN")).status())
        .isEqualTo(403);
  }

  /** Sets two rank tiers on the prefecture track: ranks from1–to1 and from2–to2. */
  private Http.Response prefectureTiers(int year, int from1, int to1, int from2, int to2) {
    return officer.put(
        "/api/calls/" + year + "/tracks/CAPABILITY-PREFECTURE/funding-rule",
        Map.of(
            "fundingRule",
            Map.of(
                "kind",
                "RANK_TIERS",
                "tiers",
                List.of(
                    Map.of("fromRank", from1, "toRank", to1, "amount", "2000000.00"),
                    Map.of("fromRank", from2, "toRank", to2, "amount", "1000000.00")))));
  }

  private List<String> eventTypes(int year, int expected) {
    List<String> types = new java.util.ArrayList<>();
    long deadline = System.currentTimeMillis() + 20_000;
    while (types.size() < expected && System.currentTimeMillis() < deadline) {
      types.clear();
      try (var consumer =
          new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(
              Map.of(
                  "bootstrap.servers",
                  TestInfrastructure.get().kafkaBootstrapServers(),
                  "group.id",
                  "call-events-" + System.nanoTime(),
                  "auto.offset.reset",
                  "earliest",
                  "enable.auto.commit",
                  false),
              new org.apache.kafka.common.serialization.StringDeserializer(),
              new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
        consumer.subscribe(List.of(Topics.PROGRAM_CALLS));
        long until = System.currentTimeMillis() + 3_000;
        while (System.currentTimeMillis() < until) {
          for (var record : consumer.poll(Duration.ofMillis(200))) {
            if (String.valueOf(year).equals(record.key())) {
              types.add(
                  CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE).orElse(""));
            }
          }
        }
      }
    }
    return types;
  }
}
