package cn.gov.guizhou.ipp.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.monitoring.FundedProjects;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The reports from monitored projects created by events, tracked in a round and verified by their
 * firm: the figures, the CSV files, each firm seeing only its own projects, roles and bad input.
 */
@IntegrationTest
class ReportsIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2030);
  private static final String FIRM = "risk-firm-demo";
  private static final String OTHER_FIRM = "risk-firm-b-demo";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

  @Value("${local.server.port}")
  int port;

  EventSender sender;
  Http anonymous;
  Http officer;
  Http dashboard;
  Http firm;
  Http otherFirm;
  int year;

  @BeforeEach
  void setUp() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    anonymous = Http.to("http://127.0.0.1:" + port);
    officer = anonymous.bearer(tokens.tokenFor("officer", "programme-officer"));
    dashboard = anonymous.bearer(tokens.tokenFor("dashboard", "dashboard-viewer"));
    firm = anonymous.bearer(tokens.token().client(FIRM).roles("risk-monitor").sign());
    otherFirm = anonymous.bearer(tokens.token().client(OTHER_FIRM).roles("risk-monitor").sign());
    year = years.incrementAndGet();
  }

  @AfterEach
  void close() {
    sender.close();
  }

  @Test
  void theQuarterlyAndRiskReportsShowTheLedgerAndEachFirmItsOwnProjects() {
    String quarter = year + "-Q2";
    AwardDecidedV1 onPlan = project("HVP", FIRM);
    AwardDecidedV1 lagging = project("HVP", FIRM);
    AwardDecidedV1 serious = project("GI-BRAND", FIRM);
    AwardDecidedV1 unverified = project("HVP", OTHER_FIRM);
    UUID notStarted =
        FundedProjects.publish(
                sender,
                year + 500,
                "HVP",
                UUID.randomUUID(),
                UsccGenerator.next(),
                null,
                // The published contract: a budget of at least one line.
                List.of(new BudgetLine("EQUIPMENT", new BigDecimal("500000.00"), "设备")))
            .applicationId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> officer.get("/api/monitoring/projects/" + notStarted).status() == 200);
    Http.Response opened =
        officer.post(
            "/api/monitoring/rounds",
            Map.of(
                "quarter", quarter,
                "reviewDate", year + "-06-30",
                "reportDeadline", year + "-07-15"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    // planned at Q2: 50; T1 weighs 60, T2 40
    verify(onPlan, quarter, "50", "50"); // 50.00, lag 0
    verify(lagging, quarter, "40", "27.5"); // 35.00, lag 15
    verify(serious, quarter, "10", "10"); // 10.00, lag 40

    JsonNode own = firm.get("/api/monitoring/reports/task-execution?quarter=" + quarter).json();
    assertThat(references(own.get("projects")))
        .containsExactly(
            sorted(onPlan.reference(), lagging.reference(), serious.reference())
                .toArray(String[]::new));
    JsonNode overall = own.get("overall");
    assertThat(overall.get("projects").asInt()).isEqualTo(3);
    assertThat(overall.get("verified").asInt()).isEqualTo(3);
    assertThat(overall.get("averageLagPoints").decimalValue()).isEqualByComparingTo("18.33");
    assertThat(overall.get("atOrAboveWarning").asInt()).isEqualTo(2);
    assertThat(overall.get("overSerious").asInt()).isEqualTo(1);
    assertThat(overall.get("lateReports").asInt())
        .as("verified without the unit's report")
        .isEqualTo(3);
    JsonNode laggingLine = line(own.get("projects"), lagging.reference());
    assertThat(laggingLine.get("plannedCompletion").decimalValue()).isEqualByComparingTo("50");
    assertThat(laggingLine.get("actualCompletion").decimalValue()).isEqualByComparingTo("35");
    assertThat(laggingLine.get("lagPoints").decimalValue()).isEqualByComparingTo("15");
    assertThat(laggingLine.get("warningDue").asBoolean()).isTrue();
    assertThat(laggingLine.get("serious").asBoolean()).isFalse();
    assertThat(laggingLine.get("verificationMethod").asString()).isEqualTo("SITE_VISIT");
    assertThat(laggingLine.get("trackCode").asString()).isEqualTo("HVP");
    assertThat(laggingLine.get("firmClientId").asString()).isEqualTo(FIRM);
    assertThat(own.get("reviewDate").asString()).isEqualTo(year + "-06-30");

    JsonNode all =
        dashboard.get("/api/monitoring/reports/task-execution?quarter=" + quarter).json();
    assertThat(all.toString())
        .as("a project whose implementation starts after the quarter is not in its round")
        .doesNotContain(notStarted.toString());
    assertThat(references(all.get("projects")))
        .contains(
            onPlan.reference(), lagging.reference(), serious.reference(), unverified.reference());
    assertThat(line(all.get("projects"), unverified.reference()).get("verified").asBoolean())
        .isFalse();
    JsonNode others =
        otherFirm.get("/api/monitoring/reports/task-execution?quarter=" + quarter).json();
    assertThat(references(others.get("projects"))).containsExactly(unverified.reference());
    assertThat(officer.get("/api/monitoring/reports/task-execution?quarter=" + quarter).body())
        .as("the same quarter gives the same report")
        .isEqualTo(officer.get("/api/monitoring/reports/task-execution?quarter=" + quarter).body());

    Http.Response csv =
        officer.get("/api/monitoring/reports/task-execution.csv?quarter=" + quarter);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"task-execution-" + quarter + ".csv\"");
    byte[] bytes = firm.getBytes("/api/monitoring/reports/task-execution.csv?quarter=" + quarter);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertThat(rows.get(0)).contains("项目编号 reference", "滞后(百分点) lagPoints");
    assertThat(rows).hasSize(4);
    int lagColumn = rows.get(0).indexOf("滞后(百分点) lagPoints");
    List<String> seriousRow =
        rows.stream().filter(r -> r.contains(serious.reference())).findFirst().orElseThrow();
    assertThat(new BigDecimal(seriousRow.get(lagColumn))).isEqualByComparingTo("40");

    // risk assessment over the half-year that includes today
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String period = "from=" + today.minusMonths(6).plusDays(1) + "&to=" + today.plusDays(1);
    JsonNode risk = officer.get("/api/monitoring/reports/risk-assessment?" + period).json();
    assertThat(colourOf(risk, onPlan.reference())).isEqualTo("GREEN");
    assertThat(colourOf(risk, lagging.reference())).isEqualTo("YELLOW");
    assertThat(colourOf(risk, serious.reference())).isEqualTo("RED");
    assertThat(risk.get("colourRules").asString()).isEqualTo("RYG-2027.1");
    assertThat(risk.get("counts").get("RED").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(references(risk.get("colourChanges")))
        .contains(lagging.reference(), serious.reference())
        .doesNotContain(onPlan.reference());
    assertThat(references(risk.get("noticesIssued")))
        .contains(lagging.reference(), serious.reference());
    assertThat(references(risk.get("recommendations"))).contains(serious.reference());
    assertThat(risk.get("responsePlans").get(2).get("actionsZh").toString())
        .contains("暂停拨付", "约谈", "提出处置建议");
    JsonNode riskOfOtherFirm =
        otherFirm.get("/api/monitoring/reports/risk-assessment?" + period).json();
    assertThat(references(riskOfOtherFirm.get("projects"))).containsExactly(unverified.reference());
    assertThat(references(riskOfOtherFirm.get("colourChanges"))).isEmpty();
    assertThat(references(riskOfOtherFirm.get("recommendations"))).isEmpty();
    JsonNode before =
        officer.get("/api/monitoring/reports/risk-assessment?from=2001-01-01&to=2001-06-30").json();
    assertThat(before.get("projects").size()).as("nothing was monitored then").isZero();

    byte[] riskCsv = firm.getBytes("/api/monitoring/reports/risk-assessment.csv?" + period);
    List<List<String>> riskRows =
        parse(new String(riskCsv, 3, riskCsv.length - 3, StandardCharsets.UTF_8));
    JsonNode firmsRisk = firm.get("/api/monitoring/reports/risk-assessment?" + period).json();
    assertThat(riskRows)
        .as("a header and one row per project of the firm")
        .hasSize(firmsRisk.get("projects").size() + 1);
    assertThat(riskRows.get(0)).contains("期末风险等级 colour");
    assertThat(riskRows.stream().map(r -> r.get(1)))
        .contains(onPlan.reference(), lagging.reference(), serious.reference())
        .doesNotContain(unverified.reference());
  }

  @Test
  void firmsUploadTheirOwnReportsAndSeeOnlyThem() {
    Http.Response uploaded =
        firm.postParts(
            "/api/monitoring/firm-reports",
            List.of(
                Http.Part.json(
                    "report",
                    Map.of("kind", "SEMI_ANNUAL", "period", year + "-H1", "title", "半年风险评估报告")),
                Http.Part.file("file", "../半年报告.pdf", "application/octet-stream", PDF)));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    JsonNode report = uploaded.json();
    assertThat(report.get("contentType").asString()).isEqualTo("application/pdf");
    assertThat(report.get("filename").asString()).isEqualTo("半年报告.pdf");
    assertThat(report.get("sha256").asString()).hasSize(64);
    String id = report.get("id").asString();

    assertThat(ids(firm.get("/api/monitoring/firm-reports").json())).contains(id);
    assertThat(ids(officer.get("/api/monitoring/firm-reports").json())).contains(id);
    assertThat(ids(otherFirm.get("/api/monitoring/firm-reports").json())).doesNotContain(id);
    Http.Response newest = firm.get("/api/monitoring/firm-reports?size=1");
    assertThat(ids(newest.json())).containsExactly(id);
    assertThat(Long.parseLong(newest.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
    assertThat(newest.header("Link")).contains("</api/monitoring/firm-reports?page=1&size=1>");
    assertThat(firm.get("/api/monitoring/firm-reports?size=1000").status()).isEqualTo(400);
    assertThat(otherFirm.get("/api/monitoring/firm-reports/" + id + "/file").status())
        .isEqualTo(404);
    assertThat(officer.getBytes("/api/monitoring/firm-reports/" + id + "/file")).isEqualTo(PDF);

    Http.Response png =
        firm.postParts(
            "/api/monitoring/firm-reports",
            List.of(
                Http.Part.json(
                    "report",
                    Map.of("kind", "OTHER", "period", String.valueOf(year), "title", "图")),
                Http.Part.file(
                    "file",
                    "x.pdf",
                    "application/pdf",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})));
    assertThat(png.status()).as(png.toString()).isEqualTo(422);
    Http.Response wrongPeriod =
        firm.postParts(
            "/api/monitoring/firm-reports",
            List.of(
                Http.Part.json(
                    "report", Map.of("kind", "QUARTERLY", "period", year + "-H1", "title", "季报")),
                Http.Part.file("file", "q.pdf", "application/pdf", PDF)));
    assertThat(wrongPeriod.status()).isEqualTo(422);
    assertThat(wrongPeriod.body()).contains("period");
    Http.Response byOfficer =
        officer.postParts(
            "/api/monitoring/firm-reports",
            List.of(
                Http.Part.json(
                    "report",
                    Map.of("kind", "OTHER", "period", String.valueOf(year), "title", "x")),
                Http.Part.file("file", "q.pdf", "application/pdf", PDF)));
    assertThat(byOfficer.status()).isEqualTo(403);
  }

  @Test
  void reportsNeedATokenAReadingRoleAndAValidPeriod() {
    assertThat(anonymous.get("/api/monitoring/reports/task-execution?quarter=2027-Q2").status())
        .isEqualTo(401);
    Http applicant = anonymous.bearer(tokens.tokenFor("applicant-a", "applicant"));
    assertThat(applicant.get("/api/monitoring/reports/task-execution?quarter=2027-Q2").status())
        .isEqualTo(403);
    assertThat(
            applicant
                .get("/api/monitoring/reports/risk-assessment?from=2027-01-01&to=2027-06-30")
                .status())
        .isEqualTo(403);
    assertThat(applicant.get("/api/monitoring/firm-reports").status()).isEqualTo(403);
    assertThat(officer.get("/api/monitoring/reports/task-execution?quarter=2027-Q5").status())
        .isEqualTo(422);
    assertThat(officer.get("/api/monitoring/reports/task-execution").status()).isEqualTo(422);
    assertThat(officer.get("/api/monitoring/reports/task-execution?quarter=27-Q1").status())
        .isEqualTo(422);
    assertThat(officer.get("/api/monitoring/reports/task-execution?quarter=2027Q1").status())
        .isEqualTo(422);
    assertThat(officer.get("/api/monitoring/reports/task-execution?quarter=2099-Q1").status())
        .as("no round of that quarter")
        .isEqualTo(404);
    assertThat(
            officer
                .get("/api/monitoring/reports/risk-assessment?from=2027-07-01&to=2027-06-30")
                .status())
        .isEqualTo(422);
    assertThat(
            officer
                .get("/api/monitoring/reports/risk-assessment.csv?from=2027-02-30&to=2027-06-30")
                .status())
        .isEqualTo(422);
    assertThat(officer.get("/api/monitoring/reports/risk-assessment?from=2027-01-01").status())
        .isEqualTo(422);
    Http.Response neither = officer.get("/api/monitoring/reports/risk-assessment.csv?to=yesterday");
    assertThat(neither.status()).as(neither.toString()).isEqualTo(422);
    assertThat(neither.json().get("errors").findValuesAsString("field"))
        .as("a missing start and an end that is no date are both named")
        .containsExactly("from", "to");
  }

  private AwardDecidedV1 project(String track, String firmClientId) {
    ImplementationPlan plan =
        new ImplementationPlan(
            List.of(
                new ImplementationPlan.Task("T1", "专利布局", new BigDecimal("60"), List.of()),
                new ImplementationPlan.Task("T2", "运营转化", new BigDecimal("40"), List.of())),
            List.of(),
            List.of(
                new ImplementationPlan.QuarterlyTarget(year + "-Q1", new BigDecimal("20")),
                new ImplementationPlan.QuarterlyTarget(year + "-Q2", new BigDecimal("50")),
                new ImplementationPlan.QuarterlyTarget(year + "-Q3", new BigDecimal("80")),
                new ImplementationPlan.QuarterlyTarget(year + "-Q4", new BigDecimal("100"))),
            List.of());
    AwardDecidedV1 award =
        FundedProjects.publish(
            sender,
            year,
            track,
            UUID.randomUUID(),
            UsccGenerator.next(),
            plan,
            List.of(new BudgetLine("EQUIPMENT", new BigDecimal("500000.00"), "设备")));
    UUID id = award.applicationId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              Http.Response p = officer.get("/api/monitoring/projects/" + id);
              if (p.status() != 200) {
                return false;
              }
              JsonNode known = p.json().path("plan");
              return !known.isMissingNode() && !known.isNull();
            });
    Http.Response assigned =
        officer.put(
            "/api/monitoring/projects/" + id + "/firm", Map.of("firmClientId", firmClientId));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    return award;
  }

  private void verify(AwardDecidedV1 project, String quarter, String t1, String t2) {
    Http.Response verified =
        firm.post(
            "/api/monitoring/projects/"
                + project.applicationId()
                + "/rounds/"
                + quarter
                + "/verification",
            Map.of(
                "tasks", Map.of("T1", new BigDecimal(t1), "T2", new BigDecimal(t2)),
                "method", "SITE_VISIT",
                "note", "现场核查"));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
  }

  private static List<String> sorted(String... references) {
    return Arrays.stream(references).sorted().toList();
  }

  private static List<String> references(JsonNode lines) {
    List<String> references = new ArrayList<>();
    lines.forEach(l -> references.add(l.get("reference").asString()));
    return references;
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(l -> ids.add(l.get("id").asString()));
    return ids;
  }

  private static JsonNode line(JsonNode lines, String reference) {
    for (JsonNode l : lines) {
      if (l.get("reference").asString().equals(reference)) {
        return l;
      }
    }
    throw new AssertionError("no line of " + reference);
  }

  private static String colourOf(JsonNode risk, String reference) {
    return line(risk.get("projects"), reference).get("colour").asString();
  }

  /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
