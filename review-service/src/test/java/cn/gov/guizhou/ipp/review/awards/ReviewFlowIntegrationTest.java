package cn.gov.guizhou.ipp.review.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.review.ApplicantCreditStub;
import cn.gov.guizhou.ipp.review.ReviewFixtures;
import cn.gov.guizhou.ipp.review.experts.ExpertDraw;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Review from submission to award against real PostgreSQL and Kafka: the formal check, experts
 * drawn without conflicts and reproducibly, score sheets, the final score, the ranking cut off at
 * the budget, and the decision with its events.
 */
@IntegrationTest
@TestPropertySource(properties = "ipp.review.deadline-check-interval=500ms")
class ReviewFlowIntegrationTest {

  @DynamicPropertySource
  static void applicantService(DynamicPropertyRegistry registry) {
    ApplicantCreditStub.register(registry);
  }

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2070);
  private static final AtomicInteger experts = new AtomicInteger();

  /** Every expert added by this class, by expert id: the pool is shared by its tests. */
  private static final Map<String, String> users = new java.util.concurrent.ConcurrentHashMap<>();

  @Value("${local.server.port}")
  int port;

  EventSender sender;
  Http officer;
  Http api;
  int year;
  String track;

  @BeforeEach
  void setUp() {
    ApplicantCreditStub.reset();
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    api = Http.to("http://127.0.0.1:" + port);
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
    year = years.incrementAndGet();
    ReviewFixtures.publishCall(sender, year, "1000000");
    // The call reaches review-service before any submission of it.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                officer.get("/api/review/calls/" + year + "/tracks/HVP/award-proposal").status()
                    == 200);
  }

  @AfterEach
  void close() {
    sender.close();
  }

  /** A new expert of the HVP track working for {@code organisationCode}; its user's name. */
  private String expert(String organisationCode) {
    String user = "review-expert-" + experts.incrementAndGet();
    Http.Response added =
        officer.post(
            "/api/review/experts",
            Map.of(
                "userSubject",
                TestTokenIssuer.subjectOf(user),
                "name",
                "专家" + user,
                "organisationCreditCode",
                organisationCode,
                "region",
                "GUIYANG",
                "industryTags",
                List.of("新材料"),
                "trackCodes",
                List.of("HVP"),
                "maxAssignmentsPerCall",
                20));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    users.put(added.json().get("id").asString(), user);
    return user;
  }

  private Http as(String user) {
    return api.bearer(tokens.tokenFor(user, "expert"));
  }

  private ApplicationSubmittedV1 submit(String leadCode, String amount) {
    ApplicationSubmittedV1 submission =
        ReviewFixtures.submission(year, leadCode, UsccGenerator.next("12", "520000"), amount);
    sender.send(EventCatalogue.APPLICATION_SUBMITTED, submission, UUID.randomUUID().toString());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                officer.get("/api/review/formal-checks/" + submission.applicationId()).status()
                    == 200);
    return submission;
  }

  private void passFormalCheck(UUID application) {
    JsonNode check = officer.get("/api/review/formal-checks/" + application).json();
    for (JsonNode item : check.get("items")) {
      Http.Response marked =
          officer.put(
              "/api/review/formal-checks/" + application + "/items/" + item.get("id").asString(),
              Map.of("result", "PASS", "note", "符合要求"));
      assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
    }
    Http.Response concluded =
        officer.post("/api/review/formal-checks/" + application + "/conclusion", "");
    assertThat(concluded.json().get("outcome").asString()).isEqualTo("PASSED");
  }

  /** The experts assigned to the application score every criterion at the given shares. */
  private void scoreAll(UUID application, List<String> shares) {
    assertThat(scoreSome(application, shares)).isEqualTo(shares.size());
  }

  /** The first experts assigned score, one per share; returns how many scored. */
  private int scoreSome(UUID application, List<String> shares) {
    int i = 0;
    for (JsonNode a :
        officer.get("/api/review/applications/" + application + "/assignments").json()) {
      if (!a.get("status").asString().equals("ASSIGNED") || i >= shares.size()) {
        continue;
      }
      Http expert = as(users.get(a.get("expertId").asString()));
      String assignment = a.get("id").asString();
      JsonNode sheet =
          expert.get("/api/review/my/assignments/" + assignment).json().get("scoreSheet");
      Map<String, Object> scores = new HashMap<>();
      for (JsonNode c : sheet.get("criteria")) {
        BigDecimal score =
            c.get("maxScore")
                .decimalValue()
                .multiply(new BigDecimal(shares.get(i)))
                .setScale(1, java.math.RoundingMode.HALF_UP);
        scores.put(c.get("id").asString(), Map.of("score", score, "comment", "论证充分"));
      }
      Http.Response scored =
          expert.put(
              "/api/review/my/assignments/" + assignment + "/scores", Map.of("scores", scores));
      assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
      i++;
    }
    return i;
  }

  @Test
  void aFailedFormalCheckRejectsWithTheReasons() {
    ApplicationSubmittedV1 submission = submit(UsccGenerator.next(), "500000");
    UUID application = submission.applicationId();
    JsonNode check = officer.get("/api/review/formal-checks/" + application).json();
    assertThat(check.get("items").toString())
        .contains("HVP-C04", "MATERIAL:HVP-M1", "具备健全的知识产权管理体系");

    Http.Response noNote =
        officer.put(
            "/api/review/formal-checks/" + application + "/items/HVP-C04",
            Map.of("result", "FAIL"));
    assertThat(noNote.status()).isEqualTo(422);
    Http.Response early =
        officer.post("/api/review/formal-checks/" + application + "/conclusion", "");
    assertThat(early.status()).isEqualTo(409);

    officer.put(
        "/api/review/formal-checks/" + application + "/items/HVP-C04",
        Map.of("result", "FAIL", "note", "未设立专门管理机构"));
    officer.put(
        "/api/review/formal-checks/" + application + "/items/MATERIAL:HVP-M1",
        Map.of("result", "PASS"));
    JsonNode concluded =
        officer.post("/api/review/formal-checks/" + application + "/conclusion", "").json();

    assertThat(concluded.get("outcome").asString()).isEqualTo("FAILED");
    var report =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICATION_PROGRESS,
                r ->
                    application.toString().equals(r.key())
                        && EventTypes.APPLICATION_STATUS_REPORTED_V1.equals(
                            CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE).orElse("")),
                Duration.ofSeconds(20))
            .orElseThrow();
    assertThat(new String(report.value(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("FORMAL_CHECK_FAILED", "未设立专门管理机构");
    // Closed: no draw, no more marks.
    assertThat(
            officer.post("/api/review/applications/" + application + "/expert-draws", "").status())
        .isEqualTo(409);
  }

  @Test
  void aConflictedExpertIsNeverDrawnAndCannotReadTheApplication() {
    String lead = UsccGenerator.next();
    List<String> free = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      free.add(expert(UsccGenerator.next()));
    }
    String conflicted = expert(lead);
    ApplicationSubmittedV1 submission = submit(lead, "500000");
    UUID application = submission.applicationId();
    passFormalCheck(application);

    Http.Response drawn =
        officer.post("/api/review/applications/" + application + "/expert-draws", "");
    assertThat(drawn.status()).as(drawn.toString()).isEqualTo(201);
    JsonNode draw = drawn.json();
    assertThat(draw.get("drawn").size()).isEqualTo(5);
    String conflictedId = expertId(conflicted);
    assertThat(draw.get("candidates").toString()).doesNotContain(conflictedId);
    assertThat(draw.get("drawn").toString()).doesNotContain(conflictedId);

    // The draw is reproducible from its seed and candidates.
    List<UUID> candidates = new ArrayList<>();
    draw.get("candidates").forEach(c -> candidates.add(UUID.fromString(c.asString())));
    List<String> again =
        ExpertDraw.draw(candidates, 5, draw.get("seed").asLong()).stream()
            .map(UUID::toString)
            .toList();
    List<String> recorded = new ArrayList<>();
    draw.get("drawn").forEach(d -> recorded.add(d.asString()));
    assertThat(again).isEqualTo(recorded);

    // The conflicted expert sees nothing of it, whatever id it guesses.
    Http stranger = as(conflicted);
    assertThat(stranger.get("/api/review/my/assignments").json().size()).isZero();
    assertThat(stranger.get("/api/review/applications/" + application).status()).isEqualTo(403);
    for (JsonNode a :
        officer.get("/api/review/applications/" + application + "/assignments").json()) {
      assertThat(stranger.get("/api/review/my/assignments/" + a.get("id").asString()).status())
          .isEqualTo(404);
    }

    // A drawn expert declines: a replacement comes from the one expert left.
    String decliner = null;
    String assignment = null;
    for (String user : free) {
      JsonNode mine = as(user).get("/api/review/my/assignments").json();
      if (mine.size() > 0) {
        decliner = user;
        assignment = mine.get(0).get("id").asString();
        break;
      }
    }
    Http.Response declined =
        as(decliner)
            .post(
                "/api/review/my/assignments/" + assignment + "/decline", Map.of("reason", "时间冲突"));
    assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
    assertThat(
            officer.get("/api/review/applications/" + application + "/expert-draws").json().size())
        .isEqualTo(2);
    long active = 0;
    for (JsonNode a :
        officer.get("/api/review/applications/" + application + "/assignments").json()) {
      if (a.get("status").asString().equals("ASSIGNED")) {
        active++;
      }
    }
    assertThat(active).isEqualTo(5);
  }

  private String expertId(String user) {
    for (JsonNode e : officer.get("/api/review/experts").json()) {
      if (e.get("userSubject").asString().equals(TestTokenIssuer.subjectOf(user))) {
        return e.get("id").asString();
      }
    }
    throw new AssertionError("no expert " + user);
  }

  @Test
  void scoresRankAndTheBudgetCutsOffTheAwards() {
    for (int i = 0; i < 5; i++) {
      expert(UsccGenerator.next());
    }
    ApplicationSubmittedV1 best = submit(UsccGenerator.next(), "500000");
    ApplicationSubmittedV1 second = submit(UsccGenerator.next(), "500000");
    ApplicationSubmittedV1 third = submit(UsccGenerator.next(), "500000");
    for (ApplicationSubmittedV1 s : List.of(best, second, third)) {
      passFormalCheck(s.applicationId());
      assertThat(
              officer
                  .post("/api/review/applications/" + s.applicationId() + "/expert-draws", "")
                  .status())
          .isEqualTo(201);
    }

    // An incomplete or out-of-range sheet is refused, naming the field.
    JsonNode first =
        officer
            .get("/api/review/applications/" + best.applicationId() + "/assignments")
            .json()
            .get(0);
    String someone = users.get(first.get("expertId").asString());
    String assignment = first.get("id").asString();
    Http.Response bad =
        as(someone)
            .put(
                "/api/review/my/assignments/" + assignment + "/scores",
                Map.of(
                    "scores", Map.of("MANAGEMENT-SYSTEM", Map.of("score", 999, "comment", "x"))));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("errors").toString()).contains("scores.MANAGEMENT-SYSTEM");

    // Five experts: the highest and the lowest total are dropped.
    scoreAll(best.applicationId(), List.of("1.0", "0.9", "0.9", "0.9", "0.2"));
    scoreAll(second.applicationId(), List.of("0.8", "0.8", "0.8", "0.8", "0.8"));
    scoreAll(third.applicationId(), List.of("0.7", "0.7", "0.7", "0.7", "0.7"));

    JsonNode proposal =
        officer.get("/api/review/calls/" + year + "/tracks/HVP/award-proposal").json();
    JsonNode ranking = proposal.get("ranking");
    assertThat(ranking.size()).isEqualTo(3);
    assertThat(ranking.get(0).get("ranked").get("candidate").get("applicationId").asString())
        .isEqualTo(best.applicationId().toString());
    assertThat(ranking.get(0).get("ranked").get("candidate").get("finalScore").decimalValue())
        .isEqualByComparingTo("90.00");
    assertThat(ranking.get(0).get("withinBudget").asBoolean()).isTrue();
    assertThat(ranking.get(1).get("withinBudget").asBoolean()).isTrue();
    assertThat(ranking.get(2).get("withinBudget").asBoolean()).isFalse();

    // Departing from the proposal needs a justification; exceeding the budget is refused.
    List<String> departure =
        List.of(best.applicationId().toString(), third.applicationId().toString());
    String decision = "/api/review/calls/" + year + "/tracks/HVP/award-decision";
    assertThat(officer.post(decision, Map.of("awarded", departure)).status()).isEqualTo(422);
    assertThat(
            officer
                .post(
                    decision,
                    Map.of(
                        "awarded",
                        List.of(
                            best.applicationId().toString(),
                            second.applicationId().toString(),
                            third.applicationId().toString()),
                        "justification",
                        "全部资助"))
                .status())
        .isEqualTo(422);

    // Each unit of an awarded application is checked afresh; only CLEAR lets the award through.
    Map<String, Object> proposed =
        Map.of(
            "awarded", List.of(best.applicationId().toString(), second.applicationId().toString()));
    ApplicantCreditStub.creditOutcome(
        best.lead().creditCode(), "RECORDS_FOUND", List.of("SERIOUS_DISHONESTY"), null);
    Http.Response dirty = officer.post(decision, proposed);
    assertThat(dirty.status()).as(dirty.toString()).isEqualTo(409);
    assertThat(dirty.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-records-found");
    assertThat(dirty.json().get("code").asString()).isEqualTo("CREDIT_NOT_CLEAR");
    assertThat(dirty.json().get("retryable").asBoolean()).isFalse();
    assertThat(dirty.json().get("recordTypes").get(0).get("zh").asString()).isEqualTo("严重失信");
    assertThat(dirty.json().get("detail").asString()).contains("“严重失信”");
    assertThat(ApplicantCreditStub.checksOf(best.lead().creditCode()).get(0))
        .contains("\"purpose\":\"AWARD\"", "\"trackCode\":\"HVP\"", "\"callYear\":" + year);

    ApplicantCreditStub.creditOutcome(best.lead().creditCode(), "CLEAR", List.of(), null);
    String participant = second.participants().get(0).creditCode();
    ApplicantCreditStub.creditOutcome(participant, "UNAVAILABLE", List.of(), "TIMEOUT");
    Http.Response late = officer.header("Accept-Language", "en").post(decision, proposed);
    assertThat(late.status()).as(late.toString()).isEqualTo(503);
    assertThat(late.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-registry-unavailable");
    assertThat(late.json().get("code").asString()).isEqualTo("CREDIT_CHECK_UNAVAILABLE");
    assertThat(late.json().get("retryable").asBoolean()).isTrue();
    assertThat(late.json().get("title").asString())
        .isEqualTo("The credit registry could not be consulted");
    assertThat(late.json().get("detail").asString()).contains("did not answer in time");

    ApplicantCreditStub.creditCheckFails(participant);
    assertThat(officer.post(decision, proposed).status()).isEqualTo(503);
    // Nothing of the refused decisions was written.
    assertThat(
            officer
                .get("/api/review/applications/" + best.applicationId())
                .json()
                .get("status")
                .asString())
        .isNotIn("APPROVED", "REJECTED");

    ApplicantCreditStub.creditOutcome(participant, "CLEAR", List.of(), null);
    Http.Response decided = officer.post(decision, proposed);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    AwardDecidedV1 award =
        EventJson.mapper()
            .readValue(
                TopicReader.find(
                        TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.REVIEW_AWARDS,
                        r -> second.applicationId().toString().equals(r.key()),
                        Duration.ofSeconds(20))
                    .orElseThrow()
                    .value(),
                AwardDecidedV1.class);
    assertThat(award.awarded()).isTrue();
    assertThat(award.amount()).isEqualByComparingTo("500000");
    assertThat(award.rank()).isEqualTo(2);
    assertThat(award.followedProposal()).isTrue();
    AwardDecidedV1 notAwarded =
        EventJson.mapper()
            .readValue(
                TopicReader.find(
                        TestInfrastructure.get().kafkaBootstrapServers(),
                        Topics.REVIEW_AWARDS,
                        r -> third.applicationId().toString().equals(r.key()),
                        Duration.ofSeconds(20))
                    .orElseThrow()
                    .value(),
                AwardDecidedV1.class);
    assertThat(notAwarded.awarded()).isFalse();
    assertThat(
            officer
                .get("/api/review/applications/" + third.applicationId())
                .json()
                .get("status")
                .asString())
        .isEqualTo("REJECTED");
  }

  @Test
  void aSelfDeclaredFactIsConfirmedOnlyAgainstItsEvidence() {
    ApplicationSubmittedV1 p =
        ReviewFixtures.submission(
            year, UsccGenerator.next(), UsccGenerator.next("12", "520000"), "500000");
    UUID patentList = UUID.randomUUID();
    ApplicationSubmittedV1 submission =
        new ApplicationSubmittedV1(
            p.applicationId(),
            p.reference(),
            p.callYear(),
            p.trackCode(),
            p.ruleVersion(),
            p.lead(),
            p.participants(),
            p.title(),
            p.summary(),
            p.requestedAmount(),
            p.implementationStart(),
            p.implementationEnd(),
            p.plan(),
            p.budget(),
            p.materials(),
            List.of("HVP-C04", "HVP-C07", "HVP-C15"),
            "CLEAR",
            p.submittedAt(),
            List.of(
                new ApplicationSubmittedV1.FactToConfirm(
                    "HVP-C07", "validPatentCount", "36", List.of(patentList)),
                new ApplicationSubmittedV1.FactToConfirm(
                    "HVP-C15", "hasProvincialPlatform", "true", List.of())));
    sender.send(EventCatalogue.APPLICATION_SUBMITTED, submission, UUID.randomUUID().toString());
    String check = "/api/review/formal-checks/" + submission.applicationId();
    await().atMost(Duration.ofSeconds(20)).until(() -> officer.get(check).status() == 200);

    Map<String, JsonNode> items = new HashMap<>();
    officer.get(check).json().get("items").forEach(i -> items.put(i.get("id").asString(), i));
    assertThat(items.get("HVP-C07").get("kind").asString()).isEqualTo("FACT");
    assertThat(items.get("HVP-C07").get("declaredValue").asString()).isEqualTo("36");
    assertThat(items.get("HVP-C07").get("evidence").get(0).asString())
        .isEqualTo(patentList.toString());
    assertThat(items.get("HVP-C04").get("kind").asString()).isEqualTo("CRITERION");

    // A declaration without evidence cannot be confirmed, only failed with a note.
    Http.Response unevidenced =
        officer.put(check + "/items/HVP-C15", Map.of("result", "PASS", "note", "已核"));
    assertThat(unevidenced.status()).as(unevidenced.toString()).isEqualTo(422);
    assertThat(unevidenced.json().get("errors").get(0).get("field").asString()).isEqualTo("result");
    for (String id : items.keySet()) {
      Map<String, Object> mark =
          id.equals("HVP-C15")
              ? Map.of("result", "FAIL", "note", "未提供省级以上研发平台佐证材料")
              : Map.of("result", "PASS", "note", "符合要求");
      assertThat(officer.put(check + "/items/" + id, mark).status()).isEqualTo(200);
    }
    JsonNode concluded = officer.post(check + "/conclusion", "").json();
    assertThat(concluded.get("outcome").asString()).isEqualTo("FAILED");
  }

  @Test
  void atTheDeadlineAQuorumOfScoresGivesTheFinalScore() {
    for (int i = 0; i < 5; i++) {
      expert(UsccGenerator.next());
    }
    ApplicationSubmittedV1 quorate = submit(UsccGenerator.next(), "500000");
    ApplicationSubmittedV1 short1 = submit(UsccGenerator.next(), "500000");
    for (ApplicationSubmittedV1 s : List.of(quorate, short1)) {
      passFormalCheck(s.applicationId());
      officer.post("/api/review/applications/" + s.applicationId() + "/expert-draws", "");
    }
    scoreSome(quorate.applicationId(), List.of("0.9", "0.8", "0.7"));
    scoreSome(short1.applicationId(), List.of("0.9", "0.8"));
    assertThat(
            officer
                .post("/api/review/applications/" + short1.applicationId() + "/scoring-closure", "")
                .status())
        .isEqualTo(409);

    Http.Response deadline =
        officer.put(
            "/api/review/calls/" + year + "/tracks/HVP/scoring-deadline",
            Map.of("deadline", java.time.OffsetDateTime.now().minusMinutes(1).toString()));
    assertThat(deadline.status()).as(deadline.toString()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "SCORED"
                    .equals(
                        officer
                            .get("/api/review/applications/" + quorate.applicationId())
                            .json()
                            .get("status")
                            .asString()));
    JsonNode proposal =
        officer.get("/api/review/calls/" + year + "/tracks/HVP/award-proposal").json();
    assertThat(
            proposal
                .get("ranking")
                .get(0)
                .get("ranked")
                .get("candidate")
                .get("finalScore")
                .decimalValue())
        .isEqualByComparingTo("80.00");
    assertThat(proposal.get("stillInReview").asLong()).isEqualTo(1);
    assertThat(
            officer
                .get("/api/review/applications/" + short1.applicationId())
                .json()
                .get("status")
                .asString())
        .isEqualTo("UNDER_REVIEW");
  }
}
