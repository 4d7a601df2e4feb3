package cn.gov.guizhou.ipp.monitoring.tracking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.monitoring.FundedProjects;
import cn.gov.guizhou.ipp.monitoring.warnings.Warnings;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A funded project is tracked quarter by quarter: the unit reports, the firm verifies, the ledger
 * judges the lag, warning notices are issued and closed, rectification plans filed and decided, and
 * the colour follows with its reasons — published for funding-service when it changes.
 */
@IntegrationTest
class MonitoringIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2040);
  private static final WireMockServer applicants =
      new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

  static {
    applicants.start();
  }

  @Value("${local.server.port}")
  int port;

  @Value("${spring.kafka.bootstrap-servers}")
  String kafka;

  @Autowired Warnings warnings;

  EventSender sender;
  Http officer;
  Http firm;
  Http otherFirm;
  Http unit;
  Http outsider;
  String unitToken;
  int year;

  @DynamicPropertySource
  static void remotes(DynamicPropertyRegistry registry) {
    registry.add("ipp.applicant-service.base-url", applicants::baseUrl);
  }

  @AfterAll
  static void stop() {
    applicants.stop();
  }

  @BeforeEach
  void setUp() {
    applicants.resetAll();
    applicants.stubFor(
        get(urlPathMatching("/api/organisations/.*"))
            .atPriority(10)
            .willReturn(aResponse().withStatus(403)));
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    String base = "http://127.0.0.1:" + port;
    officer = Http.to(base).bearer(tokens.tokenFor("officer", "programme-officer"));
    firm =
        Http.to(base)
            .bearer(
                tokens
                    .token()
                    .user("service-account-risk-firm-demo")
                    .client("risk-firm-demo")
                    .roles("risk-monitor")
                    .sign());
    otherFirm =
        Http.to(base)
            .bearer(
                tokens
                    .token()
                    .user("service-account-risk-firm-b-demo")
                    .client("risk-firm-b-demo")
                    .roles("risk-monitor")
                    .sign());
    unitToken = tokens.tokenFor("applicant-a", "applicant");
    unit = Http.to(base).bearer(unitToken);
    outsider = Http.to(base).bearer(tokens.tokenFor("applicant-b", "applicant"));
    year = years.incrementAndGet();
  }

  @AfterEach
  void close() {
    sender.close();
  }

  @Test
  void aLaggingProjectIsWarnedRectifiedClosedAndTurnsRedWhenItFallsFarBehind() {
    UUID organisation = UUID.randomUUID();
    UUID project = fundedProject(organisation, "HVP");
    memberOf(organisation);
    JsonNode shown = awaitProject(project);
    assertThat(shown.get("colour").asString()).isEqualTo("GREEN");
    assertThat(shown.get("plan").get("tasks").size()).isEqualTo(2);
    assign(project, "risk-firm-demo");

    String q2 = year + "-Q2";
    openRound(q2, LocalDate.now().plusDays(10));
    Http.Response reported = report(project, q2, "40", "20");
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    assertThat(reported.json().get("late").asBoolean()).isFalse();
    assertThat(outsider.put(reportPath(project, q2), unitReport("40", "20")).status())
        .as("someone else's project")
        .isEqualTo(404);

    // 0.4 × 40 + 0.6 × 20 = 28 against the plan's 40: 12 points behind.
    Http.Response verified = verify(firm, project, q2, "40", "20");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().get("actualCompletion").decimalValue()).isEqualByComparingTo("28");
    assertThat(verified.json().get("lagPoints").decimalValue()).isEqualByComparingTo("12");
    JsonNode ledger = officer.get("/api/monitoring/projects/" + project + "/ledger").json();
    assertThat(ledger.get(0).get("plannedCompletion").decimalValue()).isEqualByComparingTo("40");
    assertThat(ledger.get(0).get("warningDue").asBoolean()).isTrue();

    JsonNode notices = unit.get("/api/monitoring/projects/" + project + "/notices").json();
    assertThat(notices.size()).isEqualTo(1);
    JsonNode notice = notices.get(0);
    assertThat(notice.get("status").asString()).isEqualTo("OPEN");
    assertThat(notice.get("lagPoints").decimalValue()).isEqualByComparingTo("12");
    assertThat(notice.get("actualCompletion").decimalValue()).isEqualByComparingTo("28");
    JsonNode yellow = officer.get("/api/monitoring/projects/" + project).json();
    assertThat(yellow.get("colour").asString()).isEqualTo("YELLOW");
    assertThat(yellow.get("colourReasons").toString()).contains("12");
    assertThat(alertOf(project, "YELLOW").get("previousLevel").asString()).isEqualTo("GREEN");

    String noticePath = "/api/monitoring/notices/" + notice.get("id").asString();
    Http.Response filed =
        unit.post(
            noticePath + "/rectification-plans",
            Map.of("content", "增派研发人员，调整专利申请计划", "measures", List.of("7月底前补齐检索分析")));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    assertThat(filed.json().get("status").asString()).isEqualTo("PLAN_FILED");
    assertThat(
            otherFirm
                .post(
                    noticePath + "/rectification-plans/decision",
                    Map.of("decision", "ACCEPTED", "reason", "x"))
                .status())
        .isEqualTo(404);
    Http.Response returned =
        firm.post(
            noticePath + "/rectification-plans/decision",
            Map.of("decision", "RETURNED", "reason", "措施缺少时间节点"));
    assertThat(returned.json().get("status").asString()).isEqualTo("OPEN");
    unit.post(
        noticePath + "/rectification-plans",
        Map.of("content", "增派研发人员", "measures", List.of("7月31日前补齐检索分析", "8月底前提交申请")));
    Http.Response accepted =
        firm.post(
            noticePath + "/rectification-plans/decision",
            Map.of("decision", "ACCEPTED", "reason", "措施可行"));
    assertThat(accepted.json().get("status").asString()).isEqualTo("PLAN_ACCEPTED");
    assertThat(accepted.json().get("plans").size()).isEqualTo(2);

    // Back on plan: 0.4 × 100 + 0.6 × 50 = 70, the plan's 70.
    String q3 = year + "-Q3";
    openRound(q3, LocalDate.now().plusDays(10));
    assertThat(verify(firm, project, q3, "100", "50").status()).isEqualTo(200);
    assertThat(unit.get(noticePath).json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(officer.get("/api/monitoring/projects/" + project).json().get("colour").asString())
        .isEqualTo("GREEN");

    // 0.4 × 100 + 0.6 × 10 = 46 against 100: 54 points behind.
    String q4 = year + "-Q4";
    openRound(q4, LocalDate.now().plusDays(10));
    assertThat(verify(firm, project, q4, "100", "10").status()).isEqualTo(200);
    JsonNode red = officer.get("/api/monitoring/projects/" + project).json();
    assertThat(red.get("colour").asString()).isEqualTo("RED");
    assertThat(red.get("colourReasons").toString()).contains("54");
    assertThat(alertOf(project, "RED").get("level").asString()).isEqualTo("RED");
    JsonNode recommendations =
        officer.get("/api/monitoring/disposal-recommendations?projectId=" + project).json();
    assertThat(recommendations.size()).isEqualTo(1);
    assertThat(recommendations.get(0).get("reasons").toString()).contains("54");
    Http.Response handled =
        officer.post(
            "/api/monitoring/disposal-recommendations/"
                + recommendations.get(0).get("id").asString()
                + "/decision",
            Map.of("decision", "约谈承担单位，暂停后续拨付"));
    assertThat(handled.json().get("status").asString()).isEqualTo("HANDLED");

    JsonNode colours = firm.get("/api/monitoring/projects/" + project + "/colours").json();
    assertThat(colours.size()).isEqualTo(3);
    assertThat(colours.get(2).get("rules").asString()).isEqualTo("RYG-2027.1");
  }

  @Test
  void aProjectsNoticesPageNewestFirst() {
    UUID project = fundedProject(UUID.randomUUID(), "HVP");
    awaitProject(project);
    assign(project, "risk-firm-demo");
    String q2 = year + "-Q2";
    openRound(q2, LocalDate.now().plusDays(10));
    Http.Response onPlan = verify(firm, project, q2, "40", "40");
    assertThat(onPlan.status()).as(onPlan.toString()).isEqualTo(200);
    String path = "/api/monitoring/projects/" + project + "/notices";
    List<String> issued = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Http.Response notice = firm.post(path, Map.of("reason", "现场核查发现偏差 " + i));
      assertThat(notice.status()).as(notice.toString()).isEqualTo(201);
      String id = notice.json().get("id").asString();
      issued.add(0, id);
      if (i < 3) {
        // One open notice at a time: the firm closes it before the next.
        Http.Response closed =
            firm.post("/api/monitoring/notices/" + id + "/closure", Map.of("reason", "已整改"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
      }
    }

    Http.Response first = officer.get(path + "?size=2");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().findValuesAsString("id"))
        .containsExactlyElementsOf(issued.subList(0, 2));
    assertThat(first.header("X-Total-Count")).isEqualTo("3");
    assertThat(first.header("Link")).contains("<" + path + "?page=2&size=2>; rel=\"last\"");
    assertThat(officer.get(path + "?page=2&size=2").json().findValuesAsString("id"))
        .containsExactly(issued.get(2));
    assertThat(officer.get(path).json()).hasSize(3);
    Http.Response negative = officer.get(path + "?page=-2");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().at("/errors/0/field").asString()).isEqualTo("page");

    Http.Response active = officer.get("/api/monitoring/projects?status=ACTIVE&size=1");
    assertThat(active.status()).as(active.toString()).isEqualTo(200);
    assertThat(active.json()).hasSize(1);
    assertThat(Long.parseLong(active.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
    assertThat(active.header("Link"))
        .contains("</api/monitoring/projects?status=ACTIVE&page=1&size=1>; rel=\"first\"");
    assertThat(officer.get("/api/monitoring/disposal-recommendations?size=1").json().size())
        .isLessThanOrEqualTo(1);
  }

  @Test
  void exactlyTenPointsIsAWarningAndNineNinetyNineIsNot() {
    UUID atTen = fundedProject(UUID.randomUUID(), "HVP");
    UUID under = fundedProject(UUID.randomUUID(), "HVP");
    awaitProject(atTen);
    awaitProject(under);
    assign(atTen, "risk-firm-demo");
    assign(under, "risk-firm-demo");
    String q2 = year + "-Q2";
    openRound(q2, LocalDate.now().plusDays(10));

    // 0.4 × 30 + 0.6 × 30 = 30 against 40; 0.4 × 40 + 0.6 × 23.35 = 30.01.
    assertThat(verify(firm, atTen, q2, "30", "30").json().get("lagPoints").decimalValue())
        .isEqualByComparingTo("10");
    assertThat(verify(firm, under, q2, "40", "23.35").json().get("lagPoints").decimalValue())
        .isEqualByComparingTo("9.99");
    assertThat(officer.get("/api/monitoring/projects/" + atTen + "/notices").json().size())
        .isEqualTo(1);
    assertThat(officer.get("/api/monitoring/projects/" + under + "/notices").json().size())
        .isZero();
    assertThat(officer.get("/api/monitoring/projects/" + atTen).json().get("colour").asString())
        .isEqualTo("YELLOW");
    assertThat(officer.get("/api/monitoring/projects/" + under).json().get("colour").asString())
        .isEqualTo("GREEN");

    // Nobody filed a plan by the deadline: the notice is overdue, the project red.
    warnings.markOverdue(LocalDate.now().plusDays(60));
    JsonNode overdue = officer.get("/api/monitoring/projects/" + atTen).json();
    assertThat(overdue.get("colour").asString()).isEqualTo("RED");
    assertThat(overdue.get("colourReasons").toString()).contains("逾期");
    assertThat(
            officer
                .get("/api/monitoring/projects/" + atTen + "/notices")
                .json()
                .get(0)
                .get("status")
                .asString())
        .isEqualTo("OVERDUE");
    assertThat(
            officer
                .get("/api/monitoring/disposal-recommendations?projectId=" + atTen)
                .json()
                .size())
        .isEqualTo(1);
  }

  @Test
  void aFirmActsOnlyOnItsOwnProjectsAndBadFiguresAreRefused() {
    UUID organisation = UUID.randomUUID();
    UUID project = fundedProject(organisation, "HVP");
    awaitProject(project);
    assign(project, "risk-firm-demo");
    String q2 = year + "-Q2";
    openRound(q2, LocalDate.now().minusDays(1));
    memberOf(organisation);

    assertThat(otherFirm.get("/api/monitoring/projects/" + project).status()).isEqualTo(404);
    assertThat(verify(otherFirm, project, q2, "40", "40").status()).isEqualTo(404);
    assertThat(otherFirm.get("/api/monitoring/projects").json().toString())
        .doesNotContain(project.toString());
    assertThat(firm.get("/api/monitoring/projects").json().toString()).contains(project.toString());
    assertThat(firm.get("/api/monitoring/projects?status=ACTIVE").json().toString())
        .contains(project.toString());
    Http.Response sleeping = officer.get("/api/monitoring/projects?status=SLEEPING");
    assertThat(sleeping.status()).as(sleeping.toString()).isEqualTo(422);
    assertThat(sleeping.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    assertThat(sleeping.json().get("errors").get(0).get("message").asString())
        .contains("ACTIVE, CLOSED");
    assertThat(verify(officer, project, q2, "40", "40").status()).isEqualTo(403);
    assertThat(
            officer
                .post(verifyPath(project, q2), Map.of("tasks", Map.of(), "method", "GUESS"))
                .status())
        .as("the role is checked before the body")
        .isEqualTo(403);
    assertThat(firm.post("/api/monitoring/rounds", Map.of()).status())
        .as("the role is checked before the body")
        .isEqualTo(403);
    assertThat(officer.post("/api/monitoring/rounds", Map.of()).status()).isEqualTo(422);
    assertThat(Http.to("http://127.0.0.1:" + port).get("/api/monitoring/projects").status())
        .isEqualTo(401);

    Http.Response late = report(project, q2, "40", "40");
    assertThat(late.json().get("late").asBoolean()).as("reported after the deadline").isTrue();
    assertThat(verify(firm, project, q2, "120", "40").status()).isEqualTo(422);
    assertThat(
            firm.post(
                    verifyPath(project, q2),
                    Map.of(
                        "tasks", Map.of("T1", 40, "T9", 40), "method", "SITE_VISIT", "note", "x"))
                .status())
        .as("a task not in the plan")
        .isEqualTo(422);
    assertThat(
            firm.post(
                    verifyPath(project, q2),
                    Map.of("tasks", Map.of("T1", 40), "method", "SITE_VISIT", "note", "x"))
                .status())
        .as("a task left out")
        .isEqualTo(422);
    assertThat(
            firm.post(
                    verifyPath(project, q2),
                    Map.of("tasks", Map.of("T1", 40, "T2", 40), "method", "GUESS", "note", "x"))
                .status())
        .isEqualTo(422);
    assertThat(
            firm.post(
                    verifyPath(project, year + "-Q3"),
                    Map.of(
                        "tasks", Map.of("T1", 40, "T2", 40), "method", "SITE_VISIT", "note", "x"))
                .json()
                .get("code")
                .asString())
        .isEqualTo("NO_ROUND");
    assertThat(
            officer
                .post(
                    "/api/monitoring/rounds",
                    Map.of(
                        "quarter",
                        year + "-Q5",
                        "reviewDate",
                        "2040-01-01",
                        "reportDeadline",
                        "2040-01-01"))
                .status())
        .isEqualTo(422);
    assertThat(verify(firm, project, q2, "40", "40").status()).isEqualTo(200);
    assertThat(verify(firm, project, q2, "40", "40").json().get("code").asString())
        .isEqualTo("ALREADY_VERIFIED");
    assertThat(
            officer
                .post(
                    "/api/monitoring/rounds",
                    Map.of(
                        "quarter",
                        q2,
                        "reviewDate",
                        LocalDate.now().toString(),
                        "reportDeadline",
                        LocalDate.now().toString()))
                .json()
                .get("code")
                .asString())
        .isEqualTo("ROUND_OPEN");
  }

  @Test
  void aCreditRecordTurnsTheProjectRedAndTheSecuritisationSubsidyIsNotMonitored() {
    UUID organisation = UUID.randomUUID();
    UUID project = fundedProject(organisation, "HVP");
    awaitProject(project);
    UUID subsidy = fundedProject(UUID.randomUUID(), "DATA-IP-SECURITISATION");
    sender.send(
        EventCatalogue.CREDIT_CHECK_COMPLETED,
        new CreditCheckCompletedV1(
            UUID.randomUUID(),
            organisation,
            UsccGenerator.next(),
            "CREDIT_CHINA",
            "RECORDS_FOUND",
            1,
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "RED"
                    .equals(
                        officer
                            .get("/api/monitoring/projects/" + project)
                            .json()
                            .get("colour")
                            .asString()));
    assertThat(
            officer
                .get("/api/monitoring/projects/" + project)
                .json()
                .get("colourReasons")
                .toString())
        .contains("信用");
    assertThat(officer.get("/api/monitoring/risk-overview").json().get("atRisk").toString())
        .contains(project.toString());
    assertThat(officer.get("/api/monitoring/projects/" + subsidy).status()).isEqualTo(404);
  }

  @Test
  void aSeriousTaskDeviationRecommendsDisposalThoughTheFiguresAreOnPlan() {
    UUID deviating = fundedProject(UUID.randomUUID(), "HVP");
    UUID onPlan = fundedProject(UUID.randomUUID(), "HVP");
    awaitProject(deviating);
    awaitProject(onPlan);
    assign(deviating, "risk-firm-demo");
    assign(onPlan, "risk-firm-demo");
    String q2 = year + "-Q2";
    openRound(q2, LocalDate.now().plusDays(10));

    Http.Response unknownTask =
        firm.post(
            verifyPath(deviating, q2),
            verification(
                List.of(Map.of("taskCode", "T9", "kind", "CONTENT", "description", "内容偏离"))));
    assertThat(unknownTask.status()).as(unknownTask.toString()).isEqualTo(422);
    assertThat(unknownTask.json().get("errors").get(0).get("field").asString())
        .isEqualTo("deviations[0].taskCode");
    assertThat(officer.get("/api/monitoring/projects/" + deviating + "/ledger").json().size())
        .as("a refused verification writes nothing")
        .isZero();

    // On plan (40 against 40), but T1 (40% of the weight) departs from the plan in content.
    Http.Response verified =
        firm.post(
            verifyPath(deviating, q2),
            verification(
                List.of(
                    Map.of(
                        "taskCode", "T1", "kind", "CONTENT", "description", "导航对象由申报产业改为其他产业"))));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().get("lagPoints").decimalValue()).isEqualByComparingTo("0");
    assertThat(verified.json().get("deviations").get(0).get("kind").asString())
        .isEqualTo("CONTENT");
    JsonNode recommended =
        officer.get("/api/monitoring/disposal-recommendations?projectId=" + deviating).json();
    assertThat(recommended.size()).isEqualTo(1);
    assertThat(recommended.get(0).get("reasons").toString()).contains("任务执行偏离", "T1", "合计权重 40%");
    assertThat(officer.get("/api/monitoring/projects/" + deviating + "/notices").json().size())
        .as("no lag, no warning notice")
        .isZero();

    assertThat(firm.post(verifyPath(onPlan, q2), verification(List.of())).status()).isEqualTo(200);
    assertThat(
            officer
                .get("/api/monitoring/disposal-recommendations?projectId=" + onPlan)
                .json()
                .size())
        .isZero();
  }

  @Test
  void theFirmReviewsTheBudgetBeforehandAndTheBureauAndTheUnitReadIt() {
    UUID organisation = UUID.randomUUID();
    UUID project = fundedProject(organisation, "HVP");
    memberOf(organisation);
    awaitProject(project);
    assign(project, "risk-firm-demo");
    String path = "/api/monitoring/projects/" + project + "/budget-review";

    Http.Response withoutSuggestion =
        firm.post(
            path,
            Map.of("outcome", "ADJUSTMENTS_SUGGESTED", "suggestions", List.of(), "note", "审核"));
    assertThat(withoutSuggestion.status()).as(withoutSuggestion.toString()).isEqualTo(422);
    assertThat(withoutSuggestion.json().get("errors").get(0).get("field").asString())
        .isEqualTo("suggestions");
    assertThat(firm.post(path, Map.of("outcome", "MAYBE", "note", "审核")).status()).isEqualTo(422);
    assertThat(otherFirm.post(path, Map.of("outcome", "APPROVED", "note", "审核")).status())
        .as("a firm reviews only its own projects")
        .isEqualTo(404);
    assertThat(unit.post(path, Map.of("outcome", "APPROVED", "note", "审核")).status())
        .isEqualTo(403);

    Http.Response reviewed =
        firm.post(
            path,
            Map.of(
                "outcome",
                "ADJUSTMENTS_SUGGESTED",
                "suggestions",
                List.of(
                    Map.of(
                        "category", "EQUIPMENT",
                        "suggestion", "设备购置费偏高，建议压减并增加专利导航服务支出",
                        "suggestedAmount", "250000.00")),
                "note",
                "对预算编制的合规性、合理性进行了审核"));
    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
    for (Http reader : List.of(officer, unit, firm)) {
      JsonNode reviews =
          reader.get("/api/monitoring/projects/" + project + "/budget-reviews").json();
      assertThat(reviews.size()).isEqualTo(1);
      assertThat(reviews.get(0).get("outcome").asString()).isEqualTo("ADJUSTMENTS_SUGGESTED");
      assertThat(reviews.get(0).get("suggestions").get(0).get("suggestedAmount").decimalValue())
          .isEqualByComparingTo("250000");
    }
    assertThat(outsider.get("/api/monitoring/projects/" + project + "/budget-reviews").status())
        .isEqualTo(404);
    assertThat(otherFirm.get("/api/monitoring/projects/" + project + "/budget-reviews").status())
        .isEqualTo(404);
  }

  private static Map<String, Object> verification(List<Map<String, String>> deviations) {
    return Map.of(
        "tasks",
        Map.of("T1", "40", "T2", "40"),
        "method",
        "SITE_VISIT",
        "note",
        "现场核查",
        "deviations",
        deviations);
  }

  private UUID fundedProject(UUID organisation, String track) {
    String code = UsccGenerator.next();
    ImplementationPlan plan =
        new ImplementationPlan(
            List.of(
                new ImplementationPlan.Task("T1", "专利导航", new BigDecimal("40"), List.of("导航报告")),
                new ImplementationPlan.Task(
                    "T2", "专利申请与转化", new BigDecimal("60"), List.of("发明专利申请10件"))),
            List.of(),
            List.of(
                new ImplementationPlan.QuarterlyTarget(year + "-Q1", new BigDecimal("15")),
                new ImplementationPlan.QuarterlyTarget(year + "-Q2", new BigDecimal("40")),
                new ImplementationPlan.QuarterlyTarget(year + "-Q3", new BigDecimal("70")),
                new ImplementationPlan.QuarterlyTarget(year + "-Q4", new BigDecimal("100"))),
            List.of(new ImplementationPlan.PerformanceTarget("发明专利申请", new BigDecimal("10"), "件")));
    return FundedProjects.publish(
            sender,
            year,
            track,
            organisation,
            code,
            plan,
            List.of(new BudgetLine("EQUIPMENT", new BigDecimal("500000.00"), "设备")))
        .applicationId();
  }

  private JsonNode awaitProject(UUID project) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              Http.Response r = officer.get("/api/monitoring/projects/" + project);
              return r.status() == 200 && !r.json().get("plan").isNull();
            });
    return officer.get("/api/monitoring/projects/" + project).json();
  }

  private void memberOf(UUID organisation) {
    applicants.stubFor(
        get(urlEqualTo("/api/organisations/" + organisation))
            .atPriority(1)
            .withHeader("Authorization", equalTo("Bearer " + unitToken))
            .willReturn(
                okJson(
                    "{\"id\":\""
                        + organisation
                        + "\",\"creditCode\":\"x\",\"legalName\":\"贵州测试单位\",\"type\":\"ENTERPRISE\"}")));
  }

  private void assign(UUID project, String firmClient) {
    Http.Response assigned =
        officer.put(
            "/api/monitoring/projects/" + project + "/firm", Map.of("firmClientId", firmClient));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
  }

  private void openRound(String quarter, LocalDate deadline) {
    Http.Response opened =
        officer.post(
            "/api/monitoring/rounds",
            Map.of(
                "quarter",
                quarter,
                "reviewDate",
                reviewDateOf(quarter, deadline).toString(),
                "reportDeadline",
                deadline.toString()));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
  }

  /** A review date before the deadline, distinct for every test's quarter (dates are unique). */
  private static LocalDate reviewDateOf(String quarter, LocalDate deadline) {
    int year = Integer.parseInt(quarter.substring(0, 4));
    int q = quarter.charAt(6) - '0';
    return deadline.minusDays(20L + (year - 2040) * 10L - q);
  }

  private static String reportPath(UUID project, String quarter) {
    return "/api/monitoring/projects/" + project + "/rounds/" + quarter + "/report";
  }

  private static String verifyPath(UUID project, String quarter) {
    return "/api/monitoring/projects/" + project + "/rounds/" + quarter + "/verification";
  }

  private static Map<String, Object> unitReport(String t1, String t2) {
    return Map.of(
        "tasks", Map.of("T1", t1, "T2", t2),
        "note", "本季度完成专利检索",
        "evidence", List.of("检索报告.pdf"));
  }

  private Http.Response report(UUID project, String quarter, String t1, String t2) {
    return unit.put(reportPath(project, quarter), unitReport(t1, t2));
  }

  private Http.Response verify(Http who, UUID project, String quarter, String t1, String t2) {
    return who.post(
        verifyPath(project, quarter),
        Map.of(
            "tasks", Map.of("T1", t1, "T2", t2),
            "method", "SITE_VISIT",
            "note", "现场核查专利申请受理通知书"));
  }

  private JsonNode alertOf(UUID project, String level) {
    return EventJson.mapper()
        .readTree(
            TopicReader.find(
                    kafka,
                    Topics.MONITORING_ALERTS,
                    r ->
                        r.key().equals(project.toString())
                            && level.equals(
                                EventJson.mapper().readTree(r.value()).get("level").asString()),
                    Duration.ofSeconds(20))
                .orElseThrow()
                .value());
  }
}
