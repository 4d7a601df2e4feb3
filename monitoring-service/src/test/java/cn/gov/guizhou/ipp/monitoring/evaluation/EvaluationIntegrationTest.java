package cn.gov.guizhou.ipp.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Performance evaluation through the API: the firm contracted for a project or a programme officer
 * scores it on its track's indicators; the year's report overall and per programme category.
 */
@IntegrationTest
class EvaluationIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final String FIRM = "risk-firm-eval-demo";
  private static final String OTHER_FIRM = "risk-firm-eval-b-demo";

  @Value("${local.server.port}")
  int port;

  EventSender sender;
  Http anonymous;
  Http officer;
  Http firm;
  Http otherFirm;
  final int year = 2080;

  @BeforeEach
  void setUp() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    anonymous = Http.to("http://127.0.0.1:" + port);
    officer = anonymous.bearer(tokens.tokenFor("officer", "programme-officer"));
    firm = anonymous.bearer(tokens.token().client(FIRM).roles("risk-monitor").sign());
    otherFirm = anonymous.bearer(tokens.token().client(OTHER_FIRM).roles("risk-monitor").sign());
  }

  @AfterEach
  void close() {
    sender.close();
  }

  @Test
  void projectsAreScoredGradedAndReportedPerCategory() {
    JsonNode hvpSystem = firm.get("/api/monitoring/evaluation/indicators?track=HVP").json();
    BigDecimal max = BigDecimal.ZERO;
    for (JsonNode i : hvpSystem.get("indicators")) {
      max = max.add(i.get("maxScore").decimalValue());
    }
    assertThat(max).isEqualByComparingTo("100");
    assertThat(hvpSystem.get("indicators").toString()).contains("HVP-TC3");

    UUID hvp = project("HVP", FIRM);
    UUID gi = project("GI-BRAND", OTHER_FIRM);
    JsonNode giSystem = officer.get("/api/monitoring/evaluation/indicators?track=GI-BRAND").json();

    // full marks but 10 off the first indicator: exactly 90 is 优秀
    Map<String, Object> scores = scores(hvpSystem, BigDecimal.ZERO);
    scores.put("TC1", Map.of("score", 20));
    Http.Response evaluated = evaluate(firm, hvp, scores);
    assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
    assertThat(evaluated.json().get("total").decimalValue()).isEqualByComparingTo("90");
    assertThat(evaluated.json().get("grade").asString()).isEqualTo("EXCELLENT");
    assertThat(evaluated.json().get("gradeZh").asString()).isEqualTo("优秀");

    Http.Response failed = evaluate(officer, gi, scores(giSystem, new BigDecimal("0.5")));
    assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
    assertThat(failed.json().get("grade").asString()).isEqualTo("FAIL");

    Map<String, Object> missing = scores(hvpSystem, BigDecimal.ZERO);
    missing.remove("TC2");
    Http.Response incomplete = evaluate(firm, hvp, missing);
    assertThat(incomplete.status()).isEqualTo(422);
    assertThat(incomplete.body()).contains("scores.TC2.score");
    Map<String, Object> uncommented = scores(hvpSystem, BigDecimal.ZERO);
    uncommented.put("SI2", Map.of("score", 5));
    uncommented.put("FE1", Map.of("score", 99));
    Http.Response invalid = evaluate(firm, hvp, uncommented);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body()).contains("scores.SI2.comment").contains("scores.FE1.score");
    assertThat(evaluate(otherFirm, hvp, scores(hvpSystem, BigDecimal.ZERO)).status())
        .as("not its project")
        .isEqualTo(404);
    Http dashboard = anonymous.bearer(tokens.tokenFor("dashboard", "dashboard-viewer"));
    assertThat(evaluate(dashboard, hvp, scores(hvpSystem, BigDecimal.ZERO)).status())
        .isEqualTo(403);
    assertThat(evaluate(anonymous, hvp, scores(hvpSystem, BigDecimal.ZERO)).status())
        .isEqualTo(401);

    JsonNode report = officer.get("/api/monitoring/reports/evaluation?year=" + year).json();
    assertThat(report.get("overall").get("count").asInt()).isEqualTo(2);
    assertThat(report.get("overall").get("averageTotal").decimalValue())
        .isPositive()
        .isLessThan(new BigDecimal("90"));
    assertThat(report.get("overall").get("byGrade").get("EXCELLENT").asLong()).isEqualTo(1);
    assertThat(report.get("overall").get("byGrade").get("FAIL").asLong()).isEqualTo(1);
    assertThat(report.get("categories").size()).isEqualTo(2);
    assertThat(report.get("categories").toString()).contains("高价值专利培育项目", "知识产权品牌培育项目", "建议重点加强");
    assertThat(report.get("projects").get(0).get("recommendation").asString()).isNotBlank();

    JsonNode own = firm.get("/api/monitoring/reports/evaluation?year=" + year).json();
    assertThat(own.get("overall").get("count").asInt()).isEqualTo(1);
    assertThat(own.get("projects").get(0).get("trackCode").asString()).isEqualTo("HVP");

    Http.Response csv = officer.get("/api/monitoring/reports/evaluation.csv?year=" + year);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"evaluation-" + year + ".csv\"");
    byte[] bytes = officer.getBytes("/api/monitoring/reports/evaluation.csv?year=" + year);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).hasSize(3);
    assertThat(text).startsWith("年度 year,项目编号 reference");

    assertThat(officer.get("/api/monitoring/reports/evaluation").status()).isEqualTo(422);
    assertThat(officer.get("/api/monitoring/reports/evaluation?year=abc").status()).isEqualTo(422);
  }

  private Http.Response evaluate(Http as, UUID project, Map<String, Object> scores) {
    return as.put(
        "/api/monitoring/projects/" + project + "/evaluation",
        Map.of("year", year, "scores", scores, "recommendation", "继续加强成果转化"));
  }

  /** Every indicator at its maximum times (1 - share off), qualitative ones with a comment. */
  private static Map<String, Object> scores(JsonNode system, BigDecimal shareOff) {
    Map<String, Object> scores = new LinkedHashMap<>();
    for (JsonNode i : system.get("indicators")) {
      BigDecimal maxScore = i.get("maxScore").decimalValue();
      BigDecimal score = maxScore.subtract(maxScore.multiply(shareOff));
      scores.put(
          i.get("id").asString(),
          "QUALITATIVE".equals(i.get("kind").asString())
              ? Map.of("score", score, "comment", "材料齐全")
              : Map.of("score", score));
    }
    return scores;
  }

  private UUID project(String track, String firmClientId) {
    UUID id =
        FundedProjects.publish(
                sender,
                year,
                track,
                UUID.randomUUID(),
                UsccGenerator.next(),
                new ImplementationPlan(
                    List.of(
                        new ImplementationPlan.Task("T1", "任务", new BigDecimal("100"), List.of())),
                    List.of(),
                    List.of(
                        new ImplementationPlan.QuarterlyTarget(
                            year + "-Q4", new BigDecimal("100"))),
                    List.of()),
                List.of())
            .applicationId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> officer.get("/api/monitoring/projects/" + id).status() == 200);
    assertThat(
            officer
                .put(
                    "/api/monitoring/projects/" + id + "/firm",
                    Map.of("firmClientId", firmClientId))
                .status())
        .isEqualTo(200);
    return id;
  }
}
