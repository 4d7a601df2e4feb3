package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The risk-control loop through the gateway with Keycloak tokens: the risk-control firm's own
 * client-credentials token (risk-firm-demo), the unit's member, the bureau's officer. A funded
 * project is tracked quarter by quarter; a 12-point lag brings a warning notice and yellow, a
 * rectification plan is accepted, an on-plan quarter closes the notice and turns it green, a
 * 35-point lag turns it red, recommends disposal and puts its grant on hold in funding-service.
 */
@ExtendWith(LocalPlatform.class)
class MonitoringSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");

  private static Http officer;
  private static Http finance;
  private static Http applicant;
  private static Http firm;
  private static Http otherFirm;
  private static EventSender kafka;

  @BeforeAll
  static void setUp() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    finance = gateway.bearer(Keycloak.userToken("finance"));
    applicant = gateway.bearer(Keycloak.userToken("applicant-a"));
    firm = gateway.bearer(Keycloak.clientToken("risk-firm-demo", "risk-firm-demo-secret"));
    otherFirm = gateway.bearer(Keycloak.clientToken("risk-firm-b-demo", "risk-firm-b-demo-secret"));
    kafka = new EventSender("127.0.0.1:9092");
    Portal.openTheCall(officer);
    Http.Response budget =
        officer.put(
            "/api/calls/" + Portal.YEAR + "/tracks/HVP/budget",
            Map.of("amount", "20000000", "plannedProjects", 20, "reason", "2027年度预算安排"));
    assertThat(budget.status()).as(budget.toString()).isEqualTo(200);
  }

  @AfterAll
  static void close() {
    kafka.close();
  }

  @Test
  void aLaggingProjectIsWarnedRectifiedAndWhenItFallsFarBehindHeldInFunding() {
    // Quarters of a plan year of their own, so the test can run again on the same platform.
    int planYear = 2200 + ThreadLocalRandom.current().nextInt(700);
    String code = UsccGenerator.withOrganisationCodeStartingWith('A');
    UUID organisation =
        UUID.fromString(Portal.register(applicant, "ENTERPRISE", "贵州风控演示科技有限公司", code));
    UUID project = Monitoring.funded(kafka, officer, organisation, code, planYear);
    String path = "/api/monitoring/projects/" + project;
    assertThat(officer.get(path).json().get("colour").asString()).isEqualTo("GREEN");
    Http.Response assigned = officer.put(path + "/firm", Map.of("firmClientId", "risk-firm-demo"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    assertThat(otherFirm.get(path).status()).isEqualTo(404);
    assertThat(firm.get("/api/monitoring/projects").json().toString()).contains(project.toString());

    // Q2: 0.4 × 40 + 0.6 × 20 = 28 against the plan's 40.
    String q2 = planYear + "-Q2";
    Monitoring.openRound(officer, q2, 1);
    Http.Response reported = applicant.put(path + "/rounds/" + q2 + "/report", report("40", "20"));
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    assertThat(Monitoring.verify(firm, path, q2, "40", "20").status()).isEqualTo(200);
    assertThat(Monitoring.verify(otherFirm, path, q2, "40", "20").status()).isEqualTo(404);
    JsonNode yellow = officer.get(path).json();
    assertThat(yellow.get("colour").asString()).isEqualTo("YELLOW");
    assertThat(yellow.get("colourReasons").toString()).contains("12");
    JsonNode notice = applicant.get(path + "/notices").json().get(0);
    assertThat(notice.get("lagPoints").decimalValue()).isEqualByComparingTo("12");
    String noticePath = "/api/monitoring/notices/" + notice.get("id").asString();
    Http.Response filed =
        applicant.post(
            noticePath + "/rectification-plans",
            Map.of("content", "增派研发人员，调整申请计划", "measures", List.of("下季度末前补齐进度")));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    Http.Response accepted =
        firm.post(
            noticePath + "/rectification-plans/decision",
            Map.of("decision", "ACCEPTED", "reason", "措施具体可行"));
    assertThat(accepted.json().get("status").asString()).isEqualTo("PLAN_ACCEPTED");

    // Q3 on plan: the notice closes, the project is green again.
    String q3 = planYear + "-Q3";
    Monitoring.openRound(officer, q3, 2);
    assertThat(Monitoring.verify(firm, path, q3, "100", "50").status()).isEqualTo(200);
    assertThat(applicant.get(noticePath).json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(officer.get(path).json().get("colour").asString()).isEqualTo("GREEN");

    // Q4: 0.4 × 100 + 0.6 × 41.67 = 65 against 100: 35 points behind.
    String q4 = planYear + "-Q4";
    Monitoring.openRound(officer, q4, 3);
    assertThat(Monitoring.verify(firm, path, q4, "100", "41.67").status()).isEqualTo(200);
    JsonNode red = officer.get(path).json();
    assertThat(red.get("colour").asString()).isEqualTo("RED");
    assertThat(red.get("colourReasons").toString()).contains("35");
    assertThat(
            officer
                .get("/api/monitoring/disposal-recommendations?projectId=" + project)
                .json()
                .size())
        .isEqualTo(1);
    String grant = "/api/funding/grants/" + project;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                finance.get(grant).status() == 200
                    && finance.get(grant).json().get("onHold").asBoolean());
    Http.Response held = Funds.pay(finance, grant + "/tranches/1/payments");
    assertThat(held.json().get("code").asString()).isEqualTo("GRANT_ON_HOLD");

    theReportsDownloadAndOpen(project, officer.get(path).json().get("reference").asString(), q2);
  }

  /** The quarterly, semi-annual and evaluation reports, as JSON and as files a person opens. */
  private static void theReportsDownloadAndOpen(UUID project, String reference, String q2) {
    JsonNode execution = firm.get("/api/monitoring/reports/task-execution?quarter=" + q2).json();
    JsonNode line = lineOf(execution.get("projects"), reference);
    assertThat(line.get("lagPoints").decimalValue()).isEqualByComparingTo("12");
    assertThat(line.get("verificationMethod").asString()).isEqualTo("SITE_VISIT");
    List<String> executionCsv =
        csvLines(firm, "/api/monitoring/reports/task-execution.csv?quarter=" + q2);
    assertThat(executionCsv.get(0)).contains("项目编号 reference", "滞后(百分点) lagPoints");
    assertThat(executionCsv).anySatisfy(row -> assertThat(row).contains(reference, "12"));
    assertThat(otherFirm.get("/api/monitoring/reports/task-execution?quarter=" + q2).body())
        .doesNotContain(reference);

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String half = "from=" + today.minusMonths(6).plusDays(1) + "&to=" + today.plusDays(1);
    JsonNode risk = officer.get("/api/monitoring/reports/risk-assessment?" + half).json();
    assertThat(lineOf(risk.get("projects"), reference).get("colour").asString()).isEqualTo("RED");
    assertThat(csvLines(officer, "/api/monitoring/reports/risk-assessment.csv?" + half))
        .anySatisfy(row -> assertThat(row).contains(reference, "RED"));

    JsonNode indicators = firm.get("/api/monitoring/evaluation/indicators?track=HVP").json();
    Map<String, Object> scores = new LinkedHashMap<>();
    for (JsonNode indicator : indicators.get("indicators")) {
      scores.put(
          indicator.get("id").asString(),
          Map.of("score", indicator.get("maxScore").decimalValue(), "comment", "现场核查材料齐全"));
    }
    Http.Response evaluated =
        firm.put(
            "/api/monitoring/projects/" + project + "/evaluation",
            Map.of("year", Portal.YEAR, "scores", scores, "recommendation", "加快专利转化运用"));
    assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
    assertThat(evaluated.json().get("gradeZh").asString()).isEqualTo("优秀");
    JsonNode evaluation =
        officer.get("/api/monitoring/reports/evaluation?year=" + Portal.YEAR).json();
    assertThat(lineOf(evaluation.get("projects"), reference).get("grade").asString())
        .isEqualTo("EXCELLENT");
    assertThat(csvLines(officer, "/api/monitoring/reports/evaluation.csv?year=" + Portal.YEAR))
        .anySatisfy(row -> assertThat(row).contains(reference));

    Http.Response uploaded =
        firm.postParts(
            "/api/monitoring/firm-reports",
            List.of(
                Http.Part.json(
                    "report", Map.of("kind", "QUARTERLY", "period", q2, "title", "第二季度跟踪报告")),
                Http.Part.file("file", "第二季度跟踪报告.pdf", "application/pdf", Funds.PDF_VOUCHER)));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(
            officer.getBytes(
                "/api/monitoring/firm-reports/" + uploaded.json().get("id").asString() + "/file"))
        .isEqualTo(Funds.PDF_VOUCHER);
  }

  private static JsonNode lineOf(JsonNode lines, String reference) {
    for (JsonNode line : lines) {
      if (reference.equals(line.get("reference").asString())) {
        return line;
      }
    }
    throw new AssertionError(reference + " is not in " + lines);
  }

  /** A CSV download: UTF-8 with a byte-order mark, so spreadsheet programs open it as such. */
  private static List<String> csvLines(Http who, String path) {
    byte[] bytes = who.getBytes(path);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
  }

  private static Map<String, Object> report(String t1, String t2) {
    return Map.of(
        "tasks", Map.of("T1", t1, "T2", t2),
        "note", "本季度完成专利检索与布局",
        "evidence", List.of("专利检索报告", "申请受理通知书"));
  }
}
