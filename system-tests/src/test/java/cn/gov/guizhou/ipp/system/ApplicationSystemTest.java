package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * An application from registration to submission through the gateway, with tokens from the real
 * Keycloak, credit checks against the registry simulator, program-service's call opened by an
 * officer, and the submission arriving in review-service over Kafka.
 */
@ExtendWith(LocalPlatform.class)
class ApplicationSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");
  private static final int YEAR = 2027;

  private static Http officer;
  private static Http applicantA;
  private static Http applicantB;
  private static Http admin;

  @BeforeAll
  static void openTheCall() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    applicantA = gateway.bearer(Keycloak.userToken("applicant-a"));
    applicantB = gateway.bearer(Keycloak.userToken("applicant-b"));
    admin = gateway.bearer(Keycloak.userToken("admin"));
    String state =
        officer.get("/api/calls/" + YEAR + "/administration").json().get("state").asString();
    if (!"OPEN".equals(state)) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
      Http.Response window =
          officer.put(
              "/api/calls/" + YEAR + "/window",
              Map.of(
                  "opensAt",
                  now.minusHours(1).toString(),
                  "closesAt",
                  now.plusDays(60).toString()));
      assertThat(window.status()).as(window.toString()).isEqualTo(200);
      Http.Response opened =
          officer.post("/api/calls/" + YEAR + "/transitions", Map.of("to", "OPEN"));
      assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    }
  }

  private static String register(Http who, String type, String name) {
    // The simulator answers CLEAR for organisation codes starting with A.
    Http.Response registered =
        who.post(
            "/api/organisations",
            Map.of(
                "creditCode",
                UsccGenerator.withOrganisationCodeStartingWith('A'),
                "legalName",
                name,
                "type",
                type,
                "region",
                "GUIYANG",
                "legalRepresentative",
                "陈一",
                "contacts",
                List.of(Map.of("name", "李四", "phone", "0851-86660000"))));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().get("id").asString();
  }

  private static byte[] pdf() {
    return ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static Map<String, Object> content() {
    return Map.of(
        "title",
        "新能源电池材料高价值专利培育",
        "summary",
        "围绕磷酸铁锂正极材料培育高价值专利组合，推动转化运用。",
        "requestedAmount",
        "500000",
        "implementationStart",
        YEAR + "-01-01",
        "implementationEnd",
        YEAR + "-12-31",
        "plan",
        Map.of(
            "tasks",
                List.of(
                    Map.of("code", "T1", "name", "专利导航与布局", "weightPercent", "40"),
                    Map.of("code", "T2", "name", "高价值专利申请与转化", "weightPercent", "60")),
            "milestones",
                List.of(Map.of("name", "导航报告完成", "dueDate", YEAR + "-06-30", "taskCode", "T1")),
            "quarterlyTargets",
                List.of(
                    Map.of("quarter", YEAR + "-Q1", "plannedCumulativePercent", "15"),
                    Map.of("quarter", YEAR + "-Q2", "plannedCumulativePercent", "40"),
                    Map.of("quarter", YEAR + "-Q3", "plannedCumulativePercent", "70"),
                    Map.of("quarter", YEAR + "-Q4", "plannedCumulativePercent", "100")),
            "performanceTargets",
                List.of(Map.of("indicator", "发明专利申请", "target", "10", "unit", "件"))),
        "budget",
        List.of(
            Map.of("category", "PUBLICATION_AND_IP", "amount", "300000", "note", "专利事务"),
            Map.of("category", "EXPERT_CONSULTING", "amount", "200000", "note", "专家咨询")),
        "declarations",
        Map.of("materialsTruthful", true, "noDuplicateFunding", true, "acceptsSupervision", true));
  }

  @Test
  void anApplicantSubmitsAJointApplicationThatReachesReview() {
    String lead = register(applicantA, "ENTERPRISE", "贵州黔云智联科技有限公司");
    String partner = register(applicantB, "UNIVERSITY_OR_RESEARCH_INSTITUTE", "贵州系统测试大学");
    String partnerCode =
        applicantB.get("/api/organisations/" + partner).json().get("creditCode").asString();

    // The lead's credit check against the simulator, and a profile fact with its evidence.
    Http.Response check = officer.post("/api/organisations/" + lead + "/credit-checks", "");
    assertThat(check.json().get("outcome").asString()).isEqualTo("CLEAR");
    String evidence =
        applicantA
            .postFile(
                "/api/organisations/" + lead + "/documents",
                "file",
                "平台认定.pdf",
                "application/pdf",
                pdf())
            .json()
            .get("id")
            .asString();
    Http.Response profile =
        applicantA.put(
            "/api/organisations/" + lead + "/profile",
            Map.of(
                "contacts", List.of(Map.of("name", "李四", "phone", "0851-86660000")),
                "industryTags", List.of("新能源电池"),
                "facts",
                    Map.of(
                        "hasProvincialPlatform",
                        Map.of("value", true, "evidence", List.of(evidence)))));
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

    Http.Response drafted =
        applicantA.post(
            "/api/applications",
            Map.of(
                "callYear",
                YEAR,
                "trackCode",
                "HVP",
                "leadOrganisationId",
                lead,
                "content",
                content()));
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
    String application = drafted.json().get("id").asString();

    // applicant-b neither reads nor changes what is not its own.
    assertThat(applicantB.get("/api/organisations/" + lead).status()).isEqualTo(404);
    assertThat(applicantB.get("/api/applications/" + application).status()).isEqualTo(404);
    assertThat(applicantB.put("/api/applications/" + application, content()).status())
        .isEqualTo(404);

    Http.Response named =
        applicantA.put(
            "/api/applications/" + application + "/participants/" + partnerCode,
            Map.of("role", "合作单位", "divisionOfWork", "专利挖掘与技术评估"));
    assertThat(named.status()).as(named.toString()).isEqualTo(200);
    // Named as participant, applicant-b reads the application but still does not change it.
    assertThat(applicantB.get("/api/applications/" + application).status()).isEqualTo(200);
    assertThat(applicantB.put("/api/applications/" + application, content()).status())
        .isEqualTo(403);
    Http.Response confirmed =
        applicantB.post(
            "/api/applications/" + application + "/participants/" + partnerCode + "/confirmation",
            "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

    Http.Response uploaded =
        applicantA.postFile(
            "/api/applications/" + application + "/materials/HVP-M1",
            "file",
            "项目申报书.pdf",
            "application/pdf",
            pdf());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);

    Http.Response submitted =
        applicantA
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post("/api/applications/" + application + "/submission", "");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    JsonNode view = submitted.json();
    assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(view.get("reference").asString()).startsWith(YEAR + "-HVP-");

    // The refusals are in the audit trail.
    JsonNode trail =
        admin
            .get("/api/audit/applicant-service?objectType=application&objectId=" + application)
            .json();
    assertThat(trail.findValuesAsString("outcome")).contains("NOT_VISIBLE", "FORBIDDEN");

    // The submitted event reaches review-service.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> officer.get("/api/review/applications/" + application).status() == 200);
    JsonNode registered = officer.get("/api/review/applications/" + application).json();
    assertThat(registered.get("reference").asString()).isEqualTo(view.get("reference").asString());
    assertThat(registered.get("participantCreditCodes").toString()).contains(partnerCode);
  }
}
