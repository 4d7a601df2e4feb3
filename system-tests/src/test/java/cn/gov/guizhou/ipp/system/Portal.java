package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the portal does for the system tests: open the call, register, apply, submit. */
final class Portal {

  static final int YEAR = 2027;

  private Portal() {}

  /** Opens the 2027 call for applications (window from an hour ago to 60 days on), if not open. */
  static void openTheCall(Http officer) {
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

  /** Drafts an HVP application of CNY 500,000 led by {@code lead}; returns its id. */
  static String draftHvp(Http applicant, String lead) {
    return draft(applicant, "HVP", lead, "500000");
  }

  /** Drafts an application of a track led by {@code lead}; returns its id. */
  static String draft(Http applicant, String track, String lead, String amount) {
    Http.Response drafted =
        applicant.post(
            "/api/applications",
            Map.of(
                "callYear",
                YEAR,
                "trackCode",
                track,
                "leadOrganisationId",
                lead,
                "content",
                content(amount)));
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
    return drafted.json().get("id").asString();
  }

  /** Uploads the HVP application form. */
  static void uploadForm(Http applicant, String application) {
    upload(applicant, application, "HVP-M1");
  }

  /** Uploads a material of the application's track. */
  static void upload(Http applicant, String application, String materialId) {
    Http.Response uploaded =
        applicant.postFile(
            "/api/applications/" + application + "/materials/" + materialId,
            "file",
            "项目申报书.pdf",
            "application/pdf",
            pdf());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
  }

  /** Submits with an idempotency key; returns the application as submitted. */
  static JsonNode submit(Http applicant, String application) {
    Http.Response submitted =
        applicant
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post("/api/applications/" + application + "/submission", "");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return submitted.json();
  }

  /** The subject of a token: the platform user it stands for. */
  static String subjectOf(String token) {
    String payload = token.split("\\.")[1];
    return JsonMapper.builder()
        .build()
        .readTree(Base64.getUrlDecoder().decode(payload))
        .get("sub")
        .asString();
  }

  static String register(Http who, String type, String name) {
    // The simulator answers CLEAR for organisation codes starting with A.
    return register(who, type, name, UsccGenerator.withOrganisationCodeStartingWith('A'));
  }

  /** Registers an organisation with the credit code given; returns its id. */
  static String register(Http who, String type, String name, String creditCode) {
    Http.Response registered =
        who.post(
            "/api/organisations",
            Map.of(
                "creditCode",
                creditCode,
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

  static byte[] pdf() {
    return ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static Map<String, Object> content() {
    return content("500000");
  }

  /** A complete application of CNY {@code amount}, its budget split in two. */
  static Map<String, Object> content(String amount) {
    int total = Integer.parseInt(amount);
    return Map.of(
        "title",
        "新能源电池材料高价值专利培育",
        "summary",
        "围绕磷酸铁锂正极材料培育高价值专利组合，推动转化运用。",
        "requestedAmount",
        amount,
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
            Map.of(
                "category",
                "PUBLICATION_AND_IP",
                "amount",
                String.valueOf(total - total / 2),
                "note",
                "专利事务"),
            Map.of(
                "category",
                "EXPERT_CONSULTING",
                "amount",
                String.valueOf(total / 2),
                "note",
                "专家咨询")),
        "declarations",
        Map.of("materialsTruthful", true, "noDuplicateFunding", true, "acceptsSupervision", true));
  }
}
