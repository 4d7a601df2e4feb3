package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Expert review through the gateway with Keycloak tokens, on the basic IP-strong enterprise track
 * (CNY 200,000 each) with a budget for one project: two submissions reach review, an officer passes
 * their formal checks, experts are drawn without the one marked conflicted, expert-1..3 score, the
 * ranking proposes the better one within budget, the officer decides, and each applicant sees the
 * outcome in its application's story. The award becomes an ACTIVE grant committing its amount
 * (funding-service opens a decision's awards together, in rank order), which finance pays once; the
 * enterprise records its spending; its acceptance fails twice, and the bureau decides: it orders
 * back what was not spent eligibly and bars the enterprise, with a reason and an end date.
 */
@ExtendWith(LocalPlatform.class)
class ReviewSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");
  private static final String TRACK = "STRONG-ENT-BASIC";
  private static final List<String> TRACKS = List.of("HVP", TRACK);

  private static Http officer;
  private static Http applicant;
  private static final Map<String, Http> experts = new HashMap<>();
  private static final Map<String, String> expertIds = new HashMap<>();

  @BeforeAll
  static void setUp() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    applicant = gateway.bearer(Keycloak.userToken("applicant-a"));
    for (String user : List.of("expert-1", "expert-2", "expert-3")) {
      String token = Keycloak.userToken(user);
      experts.put(user, gateway.bearer(token));
      expertIds.put(user, joinPool(user, Portal.subjectOf(token)));
    }
    Portal.openTheCall(officer);
    // Room for exactly one more award of CNY 200,000, whatever earlier runs on this platform
    // already committed on the track.
    BigDecimal committed = committedOnTrack();
    Http.Response budget =
        officer.put(
            "/api/calls/" + Portal.YEAR + "/tracks/" + TRACK + "/budget",
            Map.of(
                "amount",
                committed.add(new BigDecimal("200000")).toPlainString(),
                "plannedProjects",
                1,
                "reason",
                "2027年度预算安排"));
    assertThat(budget.status()).as(budget.toString()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              JsonNode proposal =
                  officer
                      .get(
                          "/api/review/calls/"
                              + Portal.YEAR
                              + "/tracks/"
                              + TRACK
                              + "/award-proposal")
                      .json();
              return proposal.hasNonNull("available")
                  && proposal.get("available").decimalValue().compareTo(new BigDecimal("200000"))
                      == 0;
            });
  }

  /** What the track's earlier awards commit, as review counts it (0 on a fresh platform). */
  private static BigDecimal committedOnTrack() {
    Http.Response proposal =
        officer.get("/api/review/calls/" + Portal.YEAR + "/tracks/" + TRACK + "/award-proposal");
    return proposal.status() == 200 && proposal.json().hasNonNull("committedBefore")
        ? proposal.json().get("committedBefore").decimalValue()
        : BigDecimal.ZERO;
  }

  /** Adds the expert to the pool for the tracks here, or sets its tracks if it is there already. */
  private static String joinPool(String user, String subject) {
    Http.Response added =
        officer.post(
            "/api/review/experts",
            Map.of(
                "userSubject",
                subject,
                "name",
                user,
                "organisationCreditCode",
                UsccGenerator.next("12", "520000"),
                "region",
                "GUIYANG",
                "industryTags",
                List.of("新能源"),
                "trackCodes",
                TRACKS,
                "maxAssignmentsPerCall",
                200));
    if (added.status() == 201) {
      return added.json().get("id").asString();
    }
    assertThat(added.status()).as(added.toString()).isEqualTo(409);
    for (JsonNode e : officer.get("/api/review/experts").json()) {
      if (e.get("userSubject").asString().equals(subject)) {
        String id = e.get("id").asString();
        officer.put(
            "/api/review/experts/" + id,
            Map.of(
                "industryTags",
                List.of("新能源"),
                "trackCodes",
                TRACKS,
                "maxAssignmentsPerCall",
                200,
                "active",
                true));
        return id;
      }
    }
    throw new AssertionError("no expert " + user);
  }

  private static String submitted(String name) {
    String lead = Portal.register(applicant, "ENTERPRISE", name);
    String application = Portal.draft(applicant, TRACK, lead, "200000");
    Portal.upload(applicant, application, TRACK + "-M1");
    Portal.submit(applicant, application);
    String check = "/api/review/formal-checks/" + application;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> officer.get(check).status() == 200);
    for (JsonNode item : officer.get(check).json().get("items")) {
      Http.Response marked =
          officer.put(
              check + "/items/" + item.get("id").asString(),
              Map.of("result", "PASS", "note", "材料齐全"));
      assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
    }
    assertThat(officer.post(check + "/conclusion", "").json().get("outcome").asString())
        .isEqualTo("PASSED");
    return application;
  }

  /** Every assigned expert scores every criterion at {@code share} of its maximum. */
  private static void score(String application, String share) {
    for (JsonNode a :
        officer.get("/api/review/applications/" + application + "/assignments").json()) {
      if (!"ASSIGNED".equals(a.get("status").asString())) {
        continue;
      }
      String user =
          expertIds.entrySet().stream()
              .filter(e -> e.getValue().equals(a.get("expertId").asString()))
              .findFirst()
              .orElseThrow()
              .getKey();
      Http expert = experts.get(user);
      String assignment = "/api/review/my/assignments/" + a.get("id").asString();
      Map<String, Object> scores =
          scoredAt(expert.get(assignment).json().get("scoreSheet"), share, "论证充分");
      Http.Response given = expert.put(assignment + "/scores", Map.of("scores", scores));
      assertThat(given.status()).as(given.toString()).isEqualTo(200);
    }
  }

  @Test
  void submissionsAreCheckedDrawnScoredRankedAndAwardedWithinBudget() {
    String better = submitted("贵州评审演示科技有限公司");
    String weaker = submitted("贵州评审对照科技有限公司");

    // expert-3 is marked conflicted with the better one: never drawn, never sees it.
    Http.Response marked =
        officer.post(
            "/api/review/applications/" + better + "/conflicts",
            Map.of("expertId", expertIds.get("expert-3"), "reason", "曾为申报单位提供咨询服务"));
    assertThat(marked.status()).as(marked.toString()).isEqualTo(201);
    for (String application : List.of(better, weaker)) {
      Http.Response drawn =
          officer.post("/api/review/applications/" + application + "/expert-draws", "");
      assertThat(drawn.status()).as(drawn.toString()).isEqualTo(201);
    }
    JsonNode betterDraw =
        officer.get("/api/review/applications/" + better + "/expert-draws").json().get(0);
    assertThat(betterDraw.get("drawn").toString()).doesNotContain(expertIds.get("expert-3"));
    assertThat(betterDraw.get("drawn").size()).isEqualTo(2);
    Http conflicted = experts.get("expert-3");
    assertThat(conflicted.get("/api/review/applications/" + better).status()).isEqualTo(403);
    for (JsonNode a : officer.get("/api/review/applications/" + better + "/assignments").json()) {
      assertThat(conflicted.get("/api/review/my/assignments/" + a.get("id").asString()).status())
          .isEqualTo(404);
    }

    score(better, "0.9");
    score(weaker, "0.6");

    String track = "/api/review/calls/" + Portal.YEAR + "/tracks/" + TRACK;
    JsonNode proposal = officer.get(track + "/award-proposal").json();
    JsonNode first = proposal.get("ranking").get(0);
    assertThat(first.get("ranked").get("candidate").get("applicationId").asString())
        .isEqualTo(better);
    assertThat(first.get("ranked").get("candidate").get("finalScore").decimalValue())
        .isEqualByComparingTo("90");
    assertThat(first.get("withinBudget").asBoolean()).isTrue();
    assertThat(proposal.get("ranking").get(1).get("withinBudget").asBoolean()).isFalse();

    Http.Response decided =
        officer.post(track + "/award-decision", Map.of("awarded", List.of(better)));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                "APPROVED"
                        .equals(
                            applicant
                                .get("/api/applications/" + better)
                                .json()
                                .get("status")
                                .asString())
                    && "REJECTED"
                        .equals(
                            applicant
                                .get("/api/applications/" + weaker)
                                .json()
                                .get("status")
                                .asString()));
    assertThat(applicant.get("/api/applications/" + better).json().get("history").toString())
        .contains("FORMAL_CHECK_PASSED", "UNDER_REVIEW", "APPROVED", "200000");

    // The award becomes a grant; finance pays its tranche once, however often the order is sent.
    Http finance = gateway.bearer(Keycloak.userToken("finance"));
    String grant = "/api/funding/grants/" + better;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> finance.get(grant).status() == 200);
    // The decision awards one application: funding-service has all of its awards and opens the
    // grant, committing its 200,000 within the track's budget.
    JsonNode opened = finance.get(grant).json();
    assertThat(opened.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(opened.get("committedAmount").decimalValue()).isEqualByComparingTo("200000");
    assertThat(opened.get("refusal").isNull()).isTrue();
    assertThat(finance.get("/api/funding/grants/" + weaker).status()).isEqualTo(404);
    JsonNode tranche = opened.get("tranches").get(0);
    assertThat(tranche.get("status").asString()).isEqualTo("DUE");
    assertThat(tranche.get("amount").decimalValue()).isEqualByComparingTo("200000");
    assertThat(Funds.payConcurrently(finance, grant + "/tranches/1/payments", 100))
        .containsOnly(201);
    assertThat(finance.get(grant + "/payments").json().size()).isEqualTo(1);
    assertThat(finance.get("/api/funding/ledger/violations").json().size()).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                applicant
                    .get("/api/applications/" + better)
                    .json()
                    .get("history")
                    .toString()
                    .contains("FUNDED"));

    // The enterprise records what it spent: 60,000 on IP work, 130,000 on consulting (30,000
    // beyond the approved 100,000, so not eligible).
    assertThat(Funds.spend(applicant, grant, "PUBLICATION_AND_IP", "60000.00").status())
        .isEqualTo(201);
    assertThat(Funds.spend(applicant, grant, "EXPERT_CONSULTING", "130000.00").status())
        .isEqualTo(201);
    JsonNode statement = applicant.get(grant + "/statement").json();
    assertThat(statement.get("paid").decimalValue()).isEqualByComparingTo("200000");
    assertThat(statement.get("eligibleSpending").decimalValue()).isEqualByComparingTo("160000");

    // Acceptance fails twice: the second failure is final; what follows is the bureau's decision.
    String acceptance = "/api/review/applications/" + better + "/acceptance";
    Map<String, Object> sheet = acceptanceSheet(better, "0.4");
    assertThat(
            officer
                .post(acceptance, Map.of("passed", false, "scores", sheet, "reason", "绩效目标未完成"))
                .json()
                .get("outcome")
                .asString())
        .isEqualTo("FAILED_RECTIFY");
    assertThat(
            officer
                .post(acceptance, Map.of("passed", false, "scores", sheet, "reason", "整改后仍未完成"))
                .json()
                .get("outcome")
                .asString())
        .isEqualTo("FAILED_FINALLY");
    // The final failure ends the grant and waits for the bureau: what was paid and not spent
    // eligibly (200,000 − 160,000) is listed, nothing is ordered back yet.
    String consequence = "/api/funding/acceptance-consequences/" + better;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> officer.get(consequence).status() == 200);
    JsonNode pending = officer.get(consequence).json();
    assertThat(pending.get("status").asString()).isEqualTo("PENDING");
    assertThat(pending.get("unused").decimalValue()).isEqualByComparingTo("40000");
    String recovery = "/api/funding/recovery-orders/" + better;
    assertThat(finance.get(recovery).status()).isEqualTo(404);
    assertThat(finance.get(grant).json().get("status").asString()).isEqualTo("FAILED_ACCEPTANCE");
    // The bureau orders the recovery.
    Http.Response ordered =
        officer.post(
            consequence + "/decision",
            Map.of("decision", "ORDER_RECOVERY", "reason", "收回已拨付的未使用资金"));
    assertThat(ordered.status()).as(ordered.toString()).isEqualTo(200);
    assertThat(finance.get(recovery).json().get("amount").decimalValue())
        .isEqualByComparingTo("40000");
    assertThat(finance.get("/api/funding/ledger/violations").json().size()).isZero();
    String lead =
        applicant
            .get("/api/applications/" + better)
            .json()
            .get("lead")
            .get("organisationId")
            .asString();
    // The bar too is the bureau's decision: the failure waits for it, nothing is barred yet.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> officer.get("/api/organisation-bars").json().toString().contains(better));
    assertThat(officer.get("/api/organisations/" + lead + "/bars").json().size()).isZero();
    Http.Response barred =
        officer.post(
            "/api/organisation-bars",
            Map.of(
                "applicationId",
                better,
                "reason",
                "两次验收不通过，整改不到位",
                "until",
                java.time.LocalDate.now().plusYears(2).toString()));
    assertThat(barred.status()).as(barred.toString()).isEqualTo(201);
    assertThat(officer.get("/api/organisations/" + lead + "/bars").json().size()).isEqualTo(1);
    String next = Portal.draftHvp(applicant, lead);
    Portal.uploadForm(applicant, next);
    Http.Response refused =
        applicant
            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
            .post("/api/applications/" + next + "/submission", "");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("ORGANISATION_BARRED");
  }

  private static Map<String, Object> acceptanceSheet(String application, String share) {
    for (JsonNode sheet :
        officer.get("/api/review/applications/" + application + "/follow-up-sheets").json()) {
      if ("ACCEPTANCE".equals(sheet.get("trackCode").asString())) {
        return scoredAt(sheet, share, "现场核查");
      }
    }
    throw new AssertionError("no acceptance sheet");
  }

  /** A score sheet filled in at {@code share} of every criterion's maximum. */
  private static Map<String, Object> scoredAt(JsonNode sheet, String share, String comment) {
    Map<String, Object> scores = new HashMap<>();
    for (JsonNode c : sheet.get("criteria")) {
      scores.put(
          c.get("id").asString(),
          Map.of(
              "score",
              c.get("maxScore").decimalValue().multiply(new BigDecimal(share)),
              "comment",
              comment));
    }
    return scores;
  }
}
