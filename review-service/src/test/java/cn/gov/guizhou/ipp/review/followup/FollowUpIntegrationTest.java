package cn.gov.guizhou.ipp.review.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.review.ApplicantCreditStub;
import cn.gov.guizhou.ipp.review.ReviewFixtures;
import cn.gov.guizhou.ipp.review.scoring.PrefectureRanking;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * After the award: the GI brand's year-1 evaluation releasing year 2, acceptance with a second
 * failure being final, and the ten prefecture-level units ranked into the guide's tiers.
 */
@IntegrationTest
class FollowUpIntegrationTest {

  @DynamicPropertySource
  static void applicantService(DynamicPropertyRegistry registry) {
    ApplicantCreditStub.register(registry);
  }

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2080);
  private static final AtomicInteger experts = new AtomicInteger();

  @Value("${local.server.port}")
  int port;

  EventSender sender;
  Http officer;
  Http api;
  int year;

  /** Every expert added by this class, by expert id: the pool is shared by its tests. */
  private static final Map<String, String> users = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeEach
  void setUp() {
    ApplicantCreditStub.reset();
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    api = Http.to("http://127.0.0.1:" + port);
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
    year = years.incrementAndGet();
    ReviewFixtures.publishFollowUpCall(sender, year);
    // The call reaches review-service before any submission of it.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                officer
                        .get("/api/review/calls/" + year + "/tracks/GI-BRAND/award-proposal")
                        .status()
                    == 200);
  }

  @AfterEach
  void close() {
    sender.close();
  }

  private UUID submitAndPassFormalCheck(String track) {
    return submitAndPassFormalCheck(track, UsccGenerator.next("11", "520000"));
  }

  /** A prefecture-level authority registered in {@code region}; its credit code. */
  private String authorityIn(String region) {
    String code = UsccGenerator.next("11", "520000");
    sender.send(
        EventCatalogue.ORGANISATION_REGISTERED,
        new OrganisationRegisteredV1(
            UUID.randomUUID(),
            code,
            region + "知识产权局",
            "IP_AUTHORITY",
            region,
            java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> officer.get("/api/review/organisations/" + code).status() == 200);
    return code;
  }

  private UUID submitAndPassFormalCheck(String track, String leadCode) {
    ApplicationSubmittedV1 submission =
        ReviewFixtures.submission(year, track, leadCode, UsccGenerator.next(), "500000");
    sender.send(EventCatalogue.APPLICATION_SUBMITTED, submission, UUID.randomUUID().toString());
    UUID id = submission.applicationId();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> officer.get("/api/review/formal-checks/" + id).status() == 200);
    for (JsonNode item : officer.get("/api/review/formal-checks/" + id).json().get("items")) {
      officer.put(
          "/api/review/formal-checks/" + id + "/items/" + item.get("id").asString(),
          Map.of("result", "PASS"));
    }
    assertThat(
            officer
                .post("/api/review/formal-checks/" + id + "/conclusion", "")
                .json()
                .get("outcome")
                .asString())
        .isEqualTo("PASSED");
    return id;
  }

  /** A GI-BRAND application awarded through the whole review, with five experts. */
  private UUID awardedGiBrand() {
    return awarded("GI-BRAND");
  }

  /** An application of the track awarded through the whole review, with five experts. */
  private UUID awarded(String track) {
    UUID id = submitAndPassFormalCheck(track);
    for (int i = 0; i < 5; i++) {
      String user = "follow-up-expert-" + experts.incrementAndGet();
      JsonNode expert =
          officer
              .post(
                  "/api/review/experts",
                  Map.of(
                      "userSubject", TestTokenIssuer.subjectOf(user),
                      "name", "专家" + i,
                      "organisationCreditCode", UsccGenerator.next(),
                      "region", "GUIYANG",
                      "industryTags", List.of("地理标志"),
                      "trackCodes", List.of(track),
                      "maxAssignmentsPerCall", 50))
              .json();
      users.put(expert.get("id").asString(), user);
    }
    assertThat(officer.post("/api/review/applications/" + id + "/expert-draws", "").status())
        .isEqualTo(201);
    for (JsonNode a : officer.get("/api/review/applications/" + id + "/assignments").json()) {
      if (!users.containsKey(a.get("expertId").asString())
          || !"ASSIGNED".equals(a.get("status").asString())) {
        continue;
      }
      Http expert = api.bearer(tokens.tokenFor(users.get(a.get("expertId").asString()), "expert"));
      JsonNode sheet =
          expert
              .get("/api/review/my/assignments/" + a.get("id").asString())
              .json()
              .get("scoreSheet");
      Map<String, Object> scores = new HashMap<>();
      sheet
          .get("criteria")
          .forEach(
              c ->
                  scores.put(
                      c.get("id").asString(), Map.of("score", c.get("maxScore"), "comment", "好")));
      expert.put(
          "/api/review/my/assignments/" + a.get("id").asString() + "/scores",
          Map.of("scores", scores));
    }
    Http.Response decided =
        officer.post(
            "/api/review/calls/" + year + "/tracks/" + track + "/award-decision",
            Map.of("awarded", List.of(id.toString())));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    return id;
  }

  /** A follow-up sheet of the application scored at {@code share} of every maximum. */
  private Map<String, Object> sheet(UUID application, String key, String share) {
    for (JsonNode sheet :
        officer.get("/api/review/applications/" + application + "/follow-up-sheets").json()) {
      if (sheet.get("trackCode").asString().equals(key)) {
        Map<String, Object> scores = new HashMap<>();
        sheet
            .get("criteria")
            .forEach(
                c ->
                    scores.put(
                        c.get("id").asString(),
                        Map.of(
                            "score",
                            c.get("maxScore").decimalValue().multiply(new BigDecimal(share)),
                            "comment",
                            "依据年度报告和现场核查")));
        return scores;
      }
    }
    throw new AssertionError("no sheet " + key);
  }

  private <T> T event(UUID application, String type, Class<T> payload) {
    ConsumerRecord<String, byte[]> record =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.REVIEW_AWARDS,
                r ->
                    application.toString().equals(r.key())
                        && type.equals(
                            CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE).orElse("")),
                Duration.ofSeconds(20))
            .orElseThrow();
    return EventJson.mapper().readValue(record.value(), payload);
  }

  @Test
  void aGiBrandYearOneEvaluationReleasesTheSecondYear() {
    UUID id = awardedGiBrand();
    assertThat(officer.get("/api/review/applications/" + id).json().get("status").asString())
        .isEqualTo("APPROVED");
    String evaluations = "/api/review/applications/" + id + "/evaluations";

    Http.Response tooLittle =
        officer.post(
            evaluations,
            Map.of(
                "evaluationYear",
                1,
                "outcome",
                "TARGETS_MET",
                "scores",
                sheet(id, "GI-BRAND-EVALUATION", "0.88"),
                "fundedAmount",
                "400000",
                "note",
                "目标完成"));
    assertThat(tooLittle.status()).isEqualTo(422);
    assertThat(tooLittle.json().get("errors").get(0).get("field").asString())
        .isEqualTo("fundedAmount");
    assertThat(
            officer
                .post(
                    evaluations,
                    Map.of(
                        "evaluationYear",
                        1,
                        "outcome",
                        "SELECTED",
                        "scores",
                        sheet(id, "GI-BRAND-EVALUATION", "0.5"),
                        "note",
                        "x"))
                .status())
        .isEqualTo(422);

    Http.Response met =
        officer.post(
            evaluations,
            Map.of(
                "evaluationYear", 1,
                "outcome", "TARGETS_MET",
                "scores", sheet(id, "GI-BRAND-EVALUATION", "0.88"),
                "fundedAmount", "800000",
                "note", "年度目标全部完成，第二年度计划可行"));
    assertThat(met.status()).as(met.toString()).isEqualTo(201);
    EvaluationConcludedV1 event =
        event(id, EventTypes.EVALUATION_CONCLUDED_V1, EvaluationConcludedV1.class);
    assertThat(event.fundedAmount()).isEqualByComparingTo("800000");
    assertThat(event.outcome()).isEqualTo("TARGETS_MET");
    assertThat(event.score()).isEqualByComparingTo("88");
    assertThat(
            officer
                .post(
                    evaluations,
                    Map.of(
                        "evaluationYear",
                        1,
                        "outcome",
                        "TARGETS_NOT_MET",
                        "scores",
                        sheet(id, "GI-BRAND-EVALUATION", "0.5"),
                        "note",
                        "again"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void aSecondFailedAcceptanceIsFinal() {
    UUID id = awardedGiBrand();
    String acceptance = "/api/review/applications/" + id + "/acceptance";

    Http.Response incomplete =
        officer.post(
            acceptance,
            Map.of(
                "passed",
                false,
                "scores",
                Map.of("TASKS", Map.of("score", 10, "comment", "x")),
                "reason",
                "x"));
    assertThat(incomplete.status()).isEqualTo(422);
    assertThat(incomplete.json().get("errors").toString()).contains("scores.PERFORMANCE");
    Http.Response first =
        officer.post(
            acceptance,
            Map.of("passed", false, "scores", sheet(id, "ACCEPTANCE", "0.5"), "reason", "绩效目标未完成"));
    assertThat(first.json().get("outcome").asString()).isEqualTo("FAILED_RECTIFY");
    Http.Response second =
        officer.post(
            acceptance,
            Map.of(
                "passed",
                false,
                "scores",
                sheet(id, "ACCEPTANCE", "0.52"),
                "reason",
                "整改后仍未完成绩效目标"));
    assertThat(second.json().get("outcome").asString()).isEqualTo("FAILED_FINALLY");
    assertThat(second.json().get("score").decimalValue()).isEqualByComparingTo("52");
    assertThat(
            officer
                .post(
                    acceptance,
                    Map.of("passed", true, "scores", sheet(id, "ACCEPTANCE", "0.9"), "reason", "x"))
                .status())
        .isEqualTo(409);
    assertThat(officer.get("/api/review/applications/" + id).json().get("status").asString())
        .isEqualTo("FAILED_ACCEPTANCE");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              AcceptanceConcludedV1 event =
                  event(id, EventTypes.ACCEPTANCE_CONCLUDED_V1, AcceptanceConcludedV1.class);
              assertThat(List.of("FAILED_RECTIFY", "FAILED_FINALLY")).contains(event.outcome());
            });
    assertThat(
            officer
                .get("/api/review/applications/" + id + "/follow-up")
                .json()
                .get("acceptances")
                .size())
        .isEqualTo(2);
  }

  @Test
  void tenPrefectureUnitsGetExactlyTheTierAmounts() {
    List<UUID> applications = new ArrayList<>();
    for (String unit : PrefectureRanking.UNITS) {
      applications.add(submitAndPassFormalCheck("CAPABILITY-PREFECTURE", authorityIn(unit)));
    }
    String base = "/api/review/calls/" + year + "/prefecture-ranking";
    Map<String, Object> incomplete = Map.of("PATENT-UTILISATION", 90);
    Http.Response refused =
        officer.put(
            base + "/scores/" + applications.get(0),
            Map.of("scores", incomplete, "evidence", List.of("2026年度工作总结")));
    assertThat(refused.status()).isEqualTo(422);

    // The unit is the applicant authority's own region: an officer's other code is refused.
    Map<String, Object> full = new HashMap<>();
    PrefectureRanking.CRITERIA.forEach(c -> full.put(c.id(), 95));
    Http.Response wrongUnit =
        officer.put(
            base + "/scores/" + applications.get(0),
            Map.of("unit", "ZUNYI", "scores", full, "evidence", List.of("2026年度工作总结")));
    assertThat(wrongUnit.status()).as(wrongUnit.toString()).isEqualTo(422);
    assertThat(wrongUnit.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
    assertThat(wrongUnit.json().get("errors").get(0).get("message").asString()).contains("GUIYANG");

    for (int i = 0; i < applications.size(); i++) {
      Map<String, Object> scores = new HashMap<>();
      int score = 95 - i * 5;
      PrefectureRanking.CRITERIA.forEach(c -> scores.put(c.id(), score));
      Http.Response scored =
          officer.put(
              base + "/scores/" + applications.get(i),
              Map.of("scores", scores, "evidence", List.of("2026年度知识产权工作统计")));
      assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
    }

    JsonNode ranking = officer.get(base).json();
    List<String> units = new ArrayList<>();
    ranking.get("units").forEach(u -> units.add(u.get("unit").asString()));
    assertThat(units).containsExactlyElementsOf(PrefectureRanking.UNITS);
    assertThat(ranking.get("budget").decimalValue()).isEqualByComparingTo("6300000");

    JsonNode decided = officer.post(base + "/decision", "").json();
    List<BigDecimal> awards = new ArrayList<>();
    decided.get("units").forEach(u -> awards.add(u.get("award").decimalValue()));
    assertThat(awards)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("2000000"),
            new BigDecimal("1000000"),
            new BigDecimal("1000000"),
            new BigDecimal("500000"),
            new BigDecimal("500000"),
            new BigDecimal("500000"),
            new BigDecimal("200000"),
            new BigDecimal("200000"),
            new BigDecimal("200000"),
            new BigDecimal("200000"));
    decided.get("units").forEach(u -> assertThat(u.get("withinBudget").asBoolean()).isTrue());
    AwardDecidedV1 first =
        event(applications.get(0), EventTypes.AWARD_DECIDED_V1, AwardDecidedV1.class);
    assertThat(first.amount()).isEqualByComparingTo("2000000");
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.awardedInDecision()).isEqualTo(10);
    AwardDecidedV1 last =
        event(applications.get(9), EventTypes.AWARD_DECIDED_V1, AwardDecidedV1.class);
    assertThat(last.decisionId()).isEqualTo(first.decisionId()).isNotNull();
    assertThat(officer.post(base + "/decision", "").status()).isEqualTo(409);
  }

  @Test
  void aPrefectureBudgetBelowTheTiersFundsInRankOrderOnly() {
    year = years.incrementAndGet();
    ReviewFixtures.publishFollowUpCall(sender, year, "5000000");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                officer
                        .get("/api/review/calls/" + year + "/tracks/GI-BRAND/award-proposal")
                        .status()
                    == 200);
    List<UUID> applications = new ArrayList<>();
    for (String unit : PrefectureRanking.UNITS.subList(0, 7)) {
      applications.add(submitAndPassFormalCheck("CAPABILITY-PREFECTURE", authorityIn(unit)));
    }
    String base = "/api/review/calls/" + year + "/prefecture-ranking";
    for (int i = 0; i < applications.size(); i++) {
      Map<String, Object> scores = new HashMap<>();
      int score = 95 - i * 5;
      PrefectureRanking.CRITERIA.forEach(c -> scores.put(c.id(), score));
      assertThat(
              officer
                  .put(
                      base + "/scores/" + applications.get(i),
                      Map.of("scores", scores, "evidence", List.of("2026年度知识产权工作统计")))
                  .status())
          .isEqualTo(200);
    }

    // 2,000,000 + 1,000,000 × 2 + 500,000 × 2 = 5,000,000: #6 (500,000) no longer fits, and #7
    // (200,000, cheaper) is not funded over it
    JsonNode decided = officer.post(base + "/decision", "").json();
    List<Boolean> within = new ArrayList<>();
    decided.get("units").forEach(u -> within.add(u.get("withinBudget").asBoolean()));
    assertThat(within).containsExactly(true, true, true, true, true, false, false);
    AwardDecidedV1 sixth =
        event(applications.get(5), EventTypes.AWARD_DECIDED_V1, AwardDecidedV1.class);
    assertThat(sixth.awarded()).isFalse();
    assertThat(sixth.amount()).isEqualByComparingTo("0");
    assertThat(sixth.rank()).isEqualTo(6);
    AwardDecidedV1 fifth =
        event(applications.get(4), EventTypes.AWARD_DECIDED_V1, AwardDecidedV1.class);
    assertThat(fifth.awarded()).isTrue();
    assertThat(fifth.amount()).isEqualByComparingTo("500000");
    assertThat(fifth.awardedInDecision()).isEqualTo(5);
    assertThat(
            officer
                .get("/api/review/applications/" + applications.get(5))
                .json()
                .get("status")
                .asString())
        .isEqualTo("REJECTED");
  }

  @Test
  void aGiBrandAwardCommitsBothYearsAgainstTheBudget() {
    // GI-BRAND's budget is 5,000,000 and each award commits 500,000 + at most 1,000,000
    UUID id = awardedGiBrand();
    JsonNode proposal =
        officer.get("/api/review/calls/" + year + "/tracks/GI-BRAND/award-proposal").json();
    assertThat(proposal.get("committedBefore").decimalValue()).isEqualByComparingTo("1500000");
    assertThat(proposal.get("available").decimalValue()).isEqualByComparingTo("3500000");
    AwardDecidedV1 award = event(id, EventTypes.AWARD_DECIDED_V1, AwardDecidedV1.class);
    assertThat(award.amount()).isEqualByComparingTo("500000");
    assertThat(award.committedAmount()).isEqualByComparingTo("1500000");
  }

  @Test
  void dataIpLeadersArePaidOnlyAfterSelectingEvaluationsUpToTheCap() {
    UUID id = awarded("DATA-IP-LEADER");
    String evaluations = "/api/review/applications/" + id + "/evaluations";
    assertThat(evaluate(evaluations, id, 2, "SELECTED").status()).isEqualTo(409);
    assertThat(evaluate(evaluations, id, 1, "EXCELLENT").json().get("fundedAmount").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(evaluate(evaluations, id, 3, "SELECTED").status()).isEqualTo(409);
    assertThat(evaluate(evaluations, id, 2, "SELECTED").json().get("fundedAmount").decimalValue())
        .isEqualByComparingTo("100000");
    assertThat(evaluate(evaluations, id, 3, "SELECTED").json().get("fundedAmount").decimalValue())
        .isEqualByComparingTo("100000");
    JsonNode record = officer.get("/api/review/applications/" + id + "/follow-up").json();
    assertThat(record.get("evaluations").size()).isEqualTo(3);
  }

  private Http.Response evaluate(String evaluations, UUID id, int year, String outcome) {
    return officer.post(
        evaluations,
        Map.of(
            "evaluationYear",
            year,
            "outcome",
            outcome,
            "scores",
            sheet(id, "DATA-IP-LEADER-EVALUATION", "0.9"),
            "note",
            "年度成果突出"));
  }
}
