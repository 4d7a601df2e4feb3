package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests to every service through the gateway, with real Keycloak tokens: unknown
 * enumeration values, impossible dates, wrong types, numbers out of range, over-long text, missing
 * fields, broken JSON, wrong content types, bad UUIDs and query parameters, uploads whose content
 * is not what they claim. Each one is a problem ({@code application/problem+json}) with the status
 * of its row — 400 or 422 unless the row says 404 or 415 — that names the offending field in its
 * {@code errors}; none is a 5xx. The objects the rows need are created first, with data of this run
 * only, so the suite passes again on the same platform.
 */
@ExtendWith(LocalPlatform.class)
class BadInputSystemTest {

  private static final String GATEWAY = "http://localhost:8080";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<Integer> BAD = Set.of(400, 422);
  private static final String JSON_TYPE = "application/json";
  private static final String LONG_201 = "长".repeat(201);
  private static final String LONG_2001 = "长".repeat(2001);
  private static final String LONG_4001 = "长".repeat(4001);
  private static final String RANDOM = UUID.randomUUID().toString();

  private static String applicant;
  private static String officer;
  private static String finance;
  private static String admin;
  private static String expert;
  private static String firm;
  private static String organisation;
  private static String application;
  private static UUID project;
  private static EventSender kafka;

  @BeforeAll
  static void setUp() {
    applicant = Keycloak.userToken("applicant-a");
    officer = Keycloak.userToken("officer");
    finance = Keycloak.userToken("finance");
    admin = Keycloak.userToken("admin");
    expert = Keycloak.userToken("expert-1");
    firm = Keycloak.clientToken("risk-firm-demo", "risk-firm-demo-secret");
    Http gateway = Http.to(GATEWAY);
    Http asOfficer = gateway.bearer(officer);
    Http asApplicant = gateway.bearer(applicant);
    Portal.openTheCall(asOfficer);
    String code = UsccGenerator.withOrganisationCodeStartingWith('A');
    organisation = Portal.register(asApplicant, "ENTERPRISE", "贵州坏输入测试科技有限公司", code);
    application = Portal.draftHvp(asApplicant, organisation);
    kafka = new EventSender("127.0.0.1:9092");
    int planYear = 2200 + ThreadLocalRandom.current().nextInt(700);
    project = Monitoring.funded(kafka, asOfficer, UUID.fromString(organisation), code, planYear);
    Http.Response assigned =
        asOfficer.put(
            "/api/monitoring/projects/" + project + "/firm",
            Map.of("firmClientId", "risk-firm-demo"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
  }

  @AfterAll
  static void close() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void everyMalformedRequestIsAProblemNamingItsFieldAndNeverA5xx() {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    assertThat(rows.stream().map(Row::service).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "applicant", "program", "review", "funding", "monitoring", "gateway");
    List<String> failures = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (Row row : rows) {
      Answer answer;
      try {
        answer = send(row);
      } catch (RuntimeException e) {
        answer = new Answer(-1, null, null, String.valueOf(e));
      }
      String outcome = row.check(answer);
      report
          .append(outcome == null ? "ok   " : "FAIL ")
          .append(row)
          .append(" -> ")
          .append(answer.status())
          .append(' ')
          .append(answer.fields())
          .append('\n');
      if (outcome != null) {
        failures.add(row + ": " + outcome + " — " + answer);
      }
    }
    writeReport(report.toString());
    assertThat(failures).as("rows that were not answered as expected").isEmpty();
  }

  private static void writeReport(String report) {
    try {
      java.nio.file.Path file = java.nio.file.Path.of("target", "bad-input-report.txt");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the table --------------------------------------------------------------------------------

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(applicantRows());
    rows.addAll(programRows());
    rows.addAll(reviewRows());
    rows.addAll(fundingRows());
    rows.addAll(monitoringRows());
    rows.addAll(gatewayRows());
    return rows;
  }

  private List<Row> applicantRows() {
    String orgs = "/api/organisations";
    String apps = "/api/applications";
    String app = apps + "/" + application;
    String org = orgs + "/" + organisation;
    return List.of(
        post("applicant", applicant, orgs, "{}", "creditCode"),
        post("applicant", applicant, orgs, registration("type", "\"SPACESHIP\""), "type"),
        post("applicant", applicant, orgs, registration("region", "\"BEIJING\""), "region")
            .saying("GUIYANG"),
        post("applicant", applicant, orgs, registration("region", "\"guiyang\""), "region"),
        post("applicant", applicant, orgs, registration("region", "{}"), "region"),
        post("applicant", applicant, orgs, registration("creditCode", "\"123\""), "creditCode"),
        post(
            "applicant",
            applicant,
            orgs,
            registration("creditCode", "\"" + UsccGenerator.withWrongCheckCharacter() + "\""),
            "creditCode"),
        post("applicant", applicant, orgs, registration("legalName", q(LONG_201)), "legalName"),
        post("applicant", applicant, orgs, registration("legalName", "[\"a\"]"), "legalName"),
        post(
            "applicant",
            applicant,
            orgs,
            registration("legalRepresentative", "\"\""),
            "legalRepresentative"),
        post("applicant", applicant, orgs, registration("contacts", "{}"), "contacts"),
        post(
            "applicant",
            applicant,
            orgs,
            registration("contacts", "[{\"name\":\"李四\",\"phone\":\"abc\"}]"),
            "contacts[0].phone"),
        post(
            "applicant",
            applicant,
            orgs,
            registration("contacts", "[{\"name\":\"李四\",\"email\":\"not-an-email\"}]"),
            "contacts[0].email"),
        post(
            "applicant",
            applicant,
            orgs,
            registration("industryTags", "[" + "\"t\",".repeat(20) + "\"t\"]"),
            "industryTags"),
        post("applicant", applicant, orgs, "{\"creditCode\":", "body"),
        post("applicant", applicant, orgs, "", "body"),
        post("applicant", applicant, orgs, "[]", "body"),
        raw(
            "applicant",
            applicant,
            "POST",
            orgs,
            "creditCode=1",
            "text/plain",
            Set.of(415),
            "Content-Type"),
        get("applicant", applicant, orgs + "/not-a-uuid", "id"),
        // A UUID with a letter that is no hex digit (a shortened one is still read as a UUID).
        get("applicant", applicant, orgs + "/" + RANDOM.substring(0, 35) + "g", "id"),
        put(
            "applicant",
            applicant,
            org + "/profile",
            "{\"facts\":{\"revenue2026\":{\"value\":1e400}}}",
            "facts.revenue2026.value"),
        put(
            "applicant",
            applicant,
            org + "/profile",
            "{\"facts\":{\"validPatentCount\":{\"value\":-1}}}",
            "facts.validPatentCount.value"),
        put(
            "applicant",
            applicant,
            org + "/profile",
            "{\"facts\":{\"validPatentCount\":{\"value\":\"many\"}}}",
            "facts.validPatentCount.value"),
        put(
            "applicant",
            applicant,
            org + "/profile",
            "{\"facts\":{\"hasProvincialPlatform\":{\"value\":\"yes\"}}}",
            "facts.hasProvincialPlatform.value"),
        put(
            "applicant",
            applicant,
            org + "/profile",
            "{\"facts\":{\"noSuchFact\":{\"value\":true}}}",
            "facts.noSuchFact"),
        put(
            "applicant",
            applicant,
            org + "/profile",
            "{\"facts\":{\"inStatistics\":{\"value\":true,\"evidence\":[\"nope\"]}}}",
            "facts.inStatistics.evidence[0]"),
        put(
            "applicant",
            applicant,
            org + "/profile",
            "{\"contacts\":[{\"name\":\"\"}]}",
            "contacts[0].name"),
        put(
            "applicant",
            applicant,
            org + "/members/" + "zz",
            "{\"role\":\"ADMINISTRATOR\"}",
            "userSubject"),
        put("applicant", applicant, org + "/members/" + RANDOM, "{\"role\":\"OWNER\"}", "role"),
        put("applicant", applicant, org + "/members/" + RANDOM, "{}", "role"),
        post("applicant", applicant, apps, "{}", "callYear"),
        post("applicant", applicant, apps, draft("callYear", "\"2027x\""), "callYear"),
        post("applicant", applicant, apps, draft("callYear", "1999"), "callYear"),
        post("applicant", applicant, apps, draft("callYear", "1e400"), "callYear"),
        post(
            "applicant",
            applicant,
            apps,
            draft("leadOrganisationId", "\"nope\""),
            "leadOrganisationId"),
        post("applicant", applicant, apps, draft("trackCode", q("X".repeat(41))), "trackCode"),
        post("applicant", applicant, apps, draft("content", "[]"), "content"),
        put("applicant", applicant, app, content("requestedAmount", "1e400"), "requestedAmount"),
        put("applicant", applicant, app, content("requestedAmount", "\"lots\""), "requestedAmount"),
        put("applicant", applicant, app, content("requestedAmount", "100.123"), "requestedAmount"),
        put("applicant", applicant, app, content("requestedAmount", "-5"), "requestedAmount"),
        put(
            "applicant",
            applicant,
            app,
            content("implementationStart", "\"2027-02-30\""),
            "implementationStart"),
        put(
            "applicant",
            applicant,
            app,
            content("implementationEnd", "\"31/12/2027\""),
            "implementationEnd"),
        put("applicant", applicant, app, content("title", q(LONG_201)), "title"),
        put("applicant", applicant, app, content("title", "\"\""), "title"),
        put(
            "applicant",
            applicant,
            app,
            content("budget", "[{\"category\":\"FIREWORKS\",\"amount\":\"10\",\"note\":\"x\"}]"),
            "budget[0].category"),
        put(
            "applicant",
            applicant,
            app,
            content("budget", "{\"category\":\"EXPERT_CONSULTING\"}"),
            "budget"),
        put(
            "applicant",
            applicant,
            app,
            content("budget", "[{\"category\":\"EXPERT_CONSULTING\",\"amount\":1e400}]"),
            "budget[0].amount"),
        put(
            "applicant",
            applicant,
            app,
            content(
                "plan",
                "{\"tasks\":[{\"code\":\"T1\",\"name\":\"x\",\"weightPercent\":\"forty\"}]}"),
            "plan.tasks[0].weightPercent"),
        put(
            "applicant",
            applicant,
            app,
            content(
                "plan",
                "{\"milestones\":[{\"name\":\"m\",\"dueDate\":\"2027-13-01\",\"taskCode\":\"T1\"}]}"),
            "plan.milestones[0].dueDate"),
        put(
            "applicant",
            applicant,
            app,
            content("declarations", "{\"materialsTruthful\":\"maybe\"}"),
            "declarations.materialsTruthful"),
        get("applicant", applicant, apps + "/12345", "id"),
        get("applicant", applicant, apps + "?year=1999", "year"),
        get("applicant", applicant, apps + "?year=abc", "year"),
        get("applicant", applicant, apps + "?organisationId=xyz", "organisationId"),
        put("applicant", applicant, app + "/participants/" + "91520100MA61234561", "{}", "role"),
        put(
            "applicant",
            applicant,
            app + "/participants/" + "91520100MA61234561",
            "{\"role\":\"参与\",\"divisionOfWork\":" + q(LONG_2001) + "}",
            "divisionOfWork"),
        post("applicant", applicant, app + "/withdrawal", "{}", "reason"),
        post(
            "applicant",
            applicant,
            app + "/withdrawal",
            "{\"reason\":" + q(LONG_2001) + "}",
            "reason"),
        multipart("applicant", applicant, app + "/materials/HVP-M1", List.of(), "file"),
        multipart(
            "applicant",
            applicant,
            app + "/materials/hvp_m1",
            List.of(Http.Part.file("file", "a.pdf", "application/pdf", Portal.pdf())),
            "materialId"),
        multipart(
            "applicant",
            applicant,
            app + "/materials/HVP-M1",
            List.of(Http.Part.file("file", "申报书.pdf", "application/pdf", html())),
            "file"),
        multipart(
            "applicant",
            applicant,
            app + "/materials/HVP-M1",
            List.of(Http.Part.file("file", "申报书.pdf", "application/pdf", new byte[0])),
            "file"),
        multipart("applicant", applicant, org + "/documents", List.of(), "file"),
        multipart(
            "applicant",
            applicant,
            org + "/documents",
            List.of(Http.Part.file("file", "营业执照.pdf", "application/pdf", html())),
            "file"),
        multipart(
            "applicant",
            applicant,
            org + "/documents",
            List.of(Http.Part.file("file", "营业执照.pdf", "application/pdf", csv())),
            "file"),
        raw(
            "applicant",
            applicant,
            "POST",
            org + "/documents",
            "{}",
            JSON_TYPE,
            Set.of(415),
            "Content-Type"),
        get("applicant", applicant, "/api/documents/not-a-uuid", "id"),
        raw(
            "applicant",
            applicant,
            "POST",
            app + "/submission",
            "",
            JSON_TYPE,
            BAD,
            "Idempotency-Key"),
        post("applicant", officer, "/api/organisation-bars", "{}", "applicationId"),
        post(
            "applicant",
            officer,
            "/api/organisation-bars",
            "{\"applicationId\":\"" + application + "\",\"until\":\"2027-02-30\"}",
            "until"),
        post("applicant", officer, "/api/credit-checks", "{}", "creditCode"),
        post(
                "applicant",
                officer,
                "/api/credit-checks",
                "{\"creditCode\":\"91520100MA61234561\",\"purpose\":\"FUN\",\"reference\":\"r\"}",
                "purpose")
            .saying("AWARD"),
        post(
            "applicant",
            officer,
            "/api/credit-checks",
            "{\"creditCode\":\"91520100MA61234561\",\"purpose\":\"AWARD\",\"reference\":\"r\","
                + "\"callYear\":\"soon\"}",
            "callYear"));
  }

  private List<Row> programRows() {
    String calls = "/api/calls";
    return List.of(
        get("program", applicant, "/api/programmes?year=1999", "year"),
        get("program", applicant, "/api/programmes?year=abc", "year"),
        get("program", applicant, "/api/programmes/HVP?year=3000", "year"),
        post("program", applicant, "/api/programmes/HVP/eligibility", "{}", "organisationType"),
        post(
                "program",
                applicant,
                "/api/programmes/HVP/eligibility",
                "{\"organisationType\":\"ENTERPRISE\",\"region\":\"MARS\"}",
                "region")
            .saying("ZUNYI"),
        post(
                "program",
                applicant,
                "/api/programmes/HVP/eligibility",
                "{\"organisationType\":\"ENTERPRISE\",\"creditStatus\":\"GOOD\"}",
                "creditStatus")
            .saying("CLEAR"),
        post(
            "program",
            applicant,
            "/api/programmes/HVP/eligibility",
            "{\"organisationType\":\"enterprise\"}",
            "organisationType"),
        post(
            "program",
            applicant,
            "/api/programmes/HVP/eligibility",
            "{\"organisationType\":\"ENTERPRISE\",\"facts\":[]}",
            "facts"),
        post(
            "program",
            applicant,
            "/api/programmes/HVP/eligibility",
            "{\"organisationType\":\"ENTERPRISE\",\"otherApplicationsInCall\":\"HVP\"}",
            "otherApplicationsInCall"),
        post(
            "program",
            applicant,
            "/api/programmes/HVP/eligibility?year=zz",
            "{\"organisationType\":\"ENTERPRISE\"}",
            "year"),
        post(
            "program",
            applicant,
            "/api/programmes/HVP/eligibility",
            "{\"organisationType\":",
            "body"),
        post(
            "program",
            officer,
            calls,
            "{\"year\":1999,\"basedOnYear\":2027,\"titleZh\":\"a\"," + "\"titleEn\":\"a\"}",
            "year"),
        post("program", officer, calls, "{\"year\":\"next\",\"basedOnYear\":2027}", "year"),
        post(
            "program",
            officer,
            calls,
            "{\"year\":2030,\"basedOnYear\":2027,\"titleZh\":\"\"," + "\"titleEn\":\"a\"}",
            "titleZh"),
        post(
                "program",
                officer,
                calls + "/" + Portal.YEAR + "/transitions",
                "{\"to\":\"FLYING\"}",
                "to")
            .saying("OPEN"),
        post("program", officer, calls + "/" + Portal.YEAR + "/transitions", "{}", "to"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/window",
            "{\"opensAt\":\"2027-02-30T00:00:00+08:00\",\"closesAt\":\"2027-03-31T17:00:00+08:00\"}",
            "opensAt"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/window",
            "{\"opensAt\":\"tomorrow\",\"closesAt\":\"2027-03-31T17:00:00+08:00\"}",
            "opensAt"),
        put("program", officer, calls + "/" + Portal.YEAR + "/window", "{}", "opensAt"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/tracks/HVP/budget",
            "{\"amount\":1e400,\"plannedProjects\":1}",
            "amount"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/tracks/HVP/budget",
            "{\"amount\":\"-1\",\"plannedProjects\":1}",
            "amount"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/tracks/HVP/budget",
            "{\"amount\":\"100.001\",\"plannedProjects\":1}",
            "amount"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/tracks/HVP/budget",
            "{\"amount\":\"100\",\"plannedProjects\":\"some\"}",
            "plannedProjects"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/tracks/HVP/budget",
            "{\"amount\":\"100\",\"plannedProjects\":-1}",
            "plannedProjects"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/tracks/HVP/budget",
            "{\"amount\":\"100\",\"plannedProjects\":1,\"reason\":" + q("r".repeat(501)) + "}",
            "reason"),
        put(
            "program",
            officer,
            calls + "/" + Portal.YEAR + "/tracks/HVP/funding-rule",
            "{}",
            "fundingRule"),
        get("program", officer, calls + "/abc/administration", "year"),
        get("program", officer, calls + "/abc/versions", "year"),
        raw(
            "program",
            officer,
            "PUT",
            calls + "/" + Portal.YEAR + "/window",
            "opensAt=x",
            "application/x-www-form-urlencoded",
            Set.of(415),
            "Content-Type"));
  }

  private List<Row> reviewRows() {
    String experts = "/api/review/experts";
    String reviewApp = "/api/review/applications/" + RANDOM;
    String prefecture = "/api/review/calls/" + Portal.YEAR + "/prefecture-ranking";
    return List.of(
        post("review", officer, experts, "{}", "userSubject"),
        post("review", officer, experts, expert("region", "\"火星\""), "region").saying("GUIYANG"),
        post("review", officer, experts, expert("region", "\"贵阳市\""), "region"),
        post("review", officer, experts, expert("region", "null"), "region"),
        post(
            "review",
            officer,
            experts,
            expert("maxAssignmentsPerCall", "0"),
            "maxAssignmentsPerCall"),
        post(
            "review",
            officer,
            experts,
            expert("maxAssignmentsPerCall", "201"),
            "maxAssignmentsPerCall"),
        post(
            "review",
            officer,
            experts,
            expert("maxAssignmentsPerCall", "\"ten\""),
            "maxAssignmentsPerCall"),
        post("review", officer, experts, expert("trackCodes", "[]"), "trackCodes"),
        post("review", officer, experts, expert("trackCodes", "\"HVP\""), "trackCodes"),
        post("review", officer, experts, expert("name", q("名".repeat(101))), "name"),
        post("review", officer, experts, expert("industryTags", "[\"\"]"), "industryTags[0]"),
        put(
            "review",
            officer,
            experts + "/" + RANDOM,
            "{\"trackCodes\":[\"HVP\"],\"maxAssignmentsPerCall\":0,\"active\":true}",
            "maxAssignmentsPerCall"),
        put(
            "review",
            officer,
            experts + "/" + RANDOM,
            "{\"trackCodes\":[\"HVP\"],\"maxAssignmentsPerCall\":5,\"active\":\"sometimes\"}",
            "active"),
        put(
            "review",
            officer,
            experts + "/not-a-uuid",
            "{\"trackCodes\":[\"HVP\"],\"maxAssignmentsPerCall\":5,\"active\":true}",
            "id"),
        get("review", officer, "/api/review/applications?year=2027x", "year"),
        get("review", officer, "/api/review/applications", "year"),
        get("review", officer, "/api/review/applications?year=1900", "year"),
        get("review", officer, "/api/review/applications/zzz", "id"),
        post("review", officer, reviewApp + "/conflicts", "{}", "expertId"),
        post(
            "review",
            officer,
            reviewApp + "/conflicts",
            "{\"expertId\":\"x\",\"reason\":\"亲属\"}",
            "expertId"),
        post(
            "review",
            officer,
            reviewApp + "/conflicts",
            "{\"expertId\":\"" + RANDOM + "\",\"reason\":" + q(LONG_2001) + "}",
            "reason"),
        post("review", officer, "/api/review/applications/bad/expert-draws", "", "applicationId"),
        put(
            "review",
            officer,
            "/api/review/calls/" + Portal.YEAR + "/tracks/HVP/scoring-deadline",
            "{\"deadline\":\"2027-02-30T17:00:00+08:00\"}",
            "deadline"),
        put(
            "review",
            officer,
            "/api/review/calls/" + Portal.YEAR + "/tracks/HVP/scoring-deadline",
            "{}",
            "deadline"),
        put(
                "review",
                officer,
                "/api/review/formal-checks/" + RANDOM + "/items/F1",
                "{\"result\":\"MAYBE\"}",
                "result")
            .saying("PASS"),
        put(
            "review",
            officer,
            "/api/review/formal-checks/" + RANDOM + "/items/F1",
            "{\"result\":\"PASS\",\"note\":" + q(LONG_2001) + "}",
            "note"),
        put(
            "review",
            officer,
            "/api/review/formal-checks/nope/items/F1",
            "{\"result\":\"PASS\"}",
            "applicationId"),
        post(
            "review",
            officer,
            "/api/review/calls/" + Portal.YEAR + "/tracks/HVP/award-decision",
            "{}",
            "awarded"),
        post(
            "review",
            officer,
            "/api/review/calls/" + Portal.YEAR + "/tracks/HVP/award-decision",
            "{\"awarded\":[\"not-a-uuid\"]}",
            "awarded[0]"),
        post(
            "review",
            officer,
            "/api/review/calls/" + Portal.YEAR + "/tracks/HVP/award-decision",
            "{\"awarded\":{}}",
            "awarded"),
        put(
                "review",
                officer,
                prefecture + "/scores/" + RANDOM,
                "{\"unit\":\"SHANGHAI\",\"scores\":{},\"evidence\":[\"e\"]}",
                "unit")
            .saying("GUIAN_NEW_AREA"),
        put(
            "review",
            officer,
            prefecture + "/scores/" + RANDOM,
            "{\"scores\":{\"X\":\"high\"},\"evidence\":[\"e\"]}",
            "scores.X"),
        put(
            "review",
            officer,
            prefecture + "/scores/" + RANDOM,
            "{\"scores\":{},\"evidence\":[]}",
            "evidence"),
        put("review", officer, prefecture + "/weights", "{\"weights\":{\"X\":1e400}}", "weights.X"),
        put("review", officer, prefecture + "/weights", "{}", "weights"),
        get("review", officer, "/api/review/calls/abc/prefecture-ranking", "year"),
        post(
            "review",
            officer,
            reviewApp + "/evaluations",
            "{\"evaluationYear\":4,\"outcome\":\"TARGETS_MET\",\"scores\":{},\"note\":\"n\"}",
            "evaluationYear"),
        post(
                "review",
                officer,
                reviewApp + "/evaluations",
                "{\"evaluationYear\":1,\"outcome\":\"GREAT\",\"scores\":{},\"note\":\"n\"}",
                "outcome")
            .saying("TARGETS_MET"),
        post(
            "review",
            officer,
            reviewApp + "/evaluations",
            "{\"evaluationYear\":1,\"outcome\":\"TARGETS_MET\",\"scores\":{},\"note\":\"n\","
                + "\"fundedAmount\":1e400}",
            "fundedAmount"),
        post(
            "review",
            officer,
            reviewApp + "/acceptance",
            "{\"passed\":\"perhaps\",\"scores\":{},\"reason\":\"r\"}",
            "passed"),
        post(
            "review",
            officer,
            reviewApp + "/acceptance",
            "{\"scores\":{},\"reason\":\"r\"}",
            "passed"),
        post("review", expert, "/api/review/my/conflicts", "{\"reason\":\"r\"}", "applicationId"),
        post("review", expert, "/api/review/my/assignments/" + RANDOM + "/decline", "{}", "reason"),
        put("review", expert, "/api/review/my/assignments/" + RANDOM + "/scores", "{}", "scores"),
        put(
            "review",
            expert,
            "/api/review/my/assignments/" + RANDOM + "/scores",
            "{\"scores\":{\"C1\":{\"score\":\"ten\"}}}",
            "scores.C1.score"),
        get("review", expert, "/api/review/my/assignments/not-a-uuid", "id"));
  }

  private List<Row> fundingRows() {
    String grants = "/api/funding/grants/" + project;
    String claims = "/api/funding/securitisation/claims";
    return List.of(
        post(
            "funding",
            officer,
            "/api/funding/securitisation/subsidy-calculations",
            "{}",
            "callYear"),
        post(
            "funding",
            officer,
            "/api/funding/securitisation/subsidy-calculations",
            calculation("issuanceAmount", "1e400"),
            "issuanceAmount"),
        post(
            "funding",
            officer,
            "/api/funding/securitisation/subsidy-calculations",
            calculation("issuanceAmount", "0"),
            "issuanceAmount"),
        post(
            "funding",
            officer,
            "/api/funding/securitisation/subsidy-calculations",
            calculation("actualFinancing", "-1"),
            "actualFinancing"),
        post(
            "funding",
            officer,
            "/api/funding/securitisation/subsidy-calculations",
            calculation("issuanceScale", "\"big\""),
            "issuanceScale"),
        post(
            "funding",
            officer,
            "/api/funding/securitisation/subsidy-calculations",
            calculation("grantedThisYear", "1.001"),
            "grantedThisYear"),
        post(
            "funding",
            officer,
            "/api/funding/securitisation/subsidy-calculations",
            calculation("callYear", "1999"),
            "callYear"),
        get("funding", officer, claims + "?year=abc", "year"),
        get("funding", officer, claims, "year"),
        get("funding", officer, claims + "?year=1999", "year"),
        get("funding", officer, claims + "/nope", "id"),
        post("funding", officer, claims + "/" + RANDOM + "/void", "{}", "reason"),
        post(
                "funding",
                officer,
                claims + "/" + RANDOM + "/repayment-incidents",
                "{\"kind\":\"LATE\",\"occurredOn\":\"2027-05-01\",\"note\":\"n\"}",
                "kind")
            .saying("OVERDUE"),
        post(
            "funding",
            officer,
            claims + "/" + RANDOM + "/repayment-incidents",
            "{\"kind\":\"DEFAULT\",\"occurredOn\":\"2027-02-30\",\"note\":\"n\"}",
            "occurredOn"),
        post(
                "funding",
                officer,
                claims + "/" + RANDOM + "/refusal",
                "{\"ground\":\"BORED\",\"reason\":\"r\"}",
                "ground")
            .saying("CREDIT_RECORD"),
        raw(
            "funding",
            finance,
            "POST",
            claims + "/" + RANDOM + "/payments",
            "{\"paymentReference\":\"P1\",\"paidOn\":\"2027-02-30\"}",
            JSON_TYPE,
            BAD,
            "paidOn",
            "Idempotency-Key",
            UUID.randomUUID().toString()),
        multipart(
            "funding",
            applicant,
            claims,
            List.of(Http.Part.file("HVP-M1", "a.pdf", "application/pdf", Portal.pdf())),
            "claim"),
        multipart(
            "funding",
            applicant,
            claims,
            List.of(Http.Part.json("claim", claim("issuanceAmount", "1e400"))),
            "issuanceAmount"),
        multipart(
            "funding",
            applicant,
            claims,
            List.of(Http.Part.json("claim", claim("issueDate", "\"2027-02-30\""))),
            "issueDate"),
        multipart(
            "funding",
            applicant,
            claims,
            List.of(Http.Part.json("claim", claim("organisationId", "\"org\""))),
            "organisationId"),
        multipart(
            "funding",
            applicant,
            claims,
            List.of(Http.Part.json("claim", claim("financingAmount", "0"))),
            "financingAmount"),
        multipart(
            "funding",
            applicant,
            claims,
            List.of(Http.Part.json("claim", "{\"callYear\":")),
            "claim"),
        multipart(
            "funding",
            finance,
            claims + "/" + RANDOM + "/completion",
            List.of(Http.Part.file("evidence", "e.pdf", "application/pdf", Portal.pdf())),
            "confirmation"),
        multipart(
            "funding",
            finance,
            claims + "/" + RANDOM + "/completion",
            List.of(
                Http.Part.json(
                    "confirmation",
                    "{\"endedOn\":\"2027-12-31\","
                        + "\"withoutOverdueOrDefault\":true,\"note\":\"n\"}")),
            "evidence"),
        multipart(
            "funding",
            finance,
            claims + "/" + RANDOM + "/completion",
            List.of(
                Http.Part.json(
                    "confirmation",
                    "{\"endedOn\":\"2027-12-31\","
                        + "\"withoutOverdueOrDefault\":false,\"note\":\"n\"}"),
                Http.Part.file("evidence", "e.pdf", "application/pdf", Portal.pdf())),
            "withoutOverdueOrDefault"),
        post("funding", officer, grants + "/hold", "{}", "reason"),
        post("funding", officer, grants + "/hold", "{\"reason\":" + q(LONG_2001) + "}", "reason"),
        post("funding", officer, grants + "/hold/lift", "{\"reason\":\"\"}", "reason"),
        post(
            "funding",
            officer,
            "/api/funding/grants/not-a-uuid/hold",
            "{\"reason\":\"r\"}",
            "grantId"),
        post(
            "funding",
            officer,
            grants + "/threshold",
            "{\"revenue\":1e400,\"inStatistics\":true,\"note\":\"n\"}",
            "revenue"),
        post(
            "funding",
            officer,
            grants + "/threshold",
            "{\"revenue\":\"-1\",\"inStatistics\":true,\"note\":\"n\"}",
            "revenue"),
        post(
            "funding",
            officer,
            grants + "/threshold",
            "{\"revenue\":\"100\",\"inStatistics\":\"yes\",\"note\":\"n\"}",
            "inStatistics"),
        raw(
            "funding",
            finance,
            "POST",
            grants + "/tranches/1/payments",
            "{\"paymentReference\":\"P 1\",\"paidOn\":\"2027-06-01\"}",
            JSON_TYPE,
            BAD,
            "paymentReference",
            "Idempotency-Key",
            UUID.randomUUID().toString()),
        raw(
            "funding",
            finance,
            "POST",
            grants + "/tranches/1/payments",
            "{\"paymentReference\":\"P1\",\"paidOn\":\"2027-06-31\"}",
            JSON_TYPE,
            BAD,
            "paidOn",
            "Idempotency-Key",
            UUID.randomUUID().toString()),
        raw(
            "funding",
            finance,
            "POST",
            grants + "/tranches/one/payments",
            "{\"paymentReference\":\"P1\",\"paidOn\":\"2027-06-01\"}",
            JSON_TYPE,
            BAD,
            "sequence",
            "Idempotency-Key",
            UUID.randomUUID().toString()),
        post(
            "funding",
            finance,
            grants + "/tranches/1/payments",
            "{\"paymentReference\":\"P1\",\"paidOn\":\"2027-06-01\"}",
            "Idempotency-Key"),
        post(
            "funding",
            finance,
            "/api/funding/recovery-orders/" + RANDOM + "/repayments",
            "{\"amount\":0,\"reference\":\"R\",\"receivedOn\":\"2027-06-01\"}",
            "amount"),
        post(
            "funding",
            finance,
            "/api/funding/recovery-orders/" + RANDOM + "/repayments",
            "{\"amount\":\"1.005\",\"reference\":\"R\",\"receivedOn\":\"2027-06-01\"}",
            "amount"),
        post(
            "funding",
            finance,
            "/api/funding/recovery-orders/" + RANDOM + "/repayments",
            "{\"amount\":\"1\",\"reference\":\"R\",\"receivedOn\":\"June\"}",
            "receivedOn"),
        post(
            "funding",
            officer,
            "/api/funding/acceptance-consequences/" + RANDOM + "/decision",
            "{\"decision\":\"\",\"reason\":\"r\"}",
            "decision"),
        get("funding", officer, "/api/funding/calls/abc/tracks/HVP", "year"),
        get("funding", officer, "/api/funding/grants/123", "applicationId"),
        multipart(
            "funding",
            applicant,
            grants + "/expenditures",
            List.of(Http.Part.file("voucher", "v.pdf", "application/pdf", Portal.pdf())),
            "expenditure"),
        multipart(
            "funding",
            applicant,
            grants + "/expenditures",
            List.of(Http.Part.json("expenditure", expenditure("amount", "1e400"))),
            "amount"),
        multipart(
            "funding",
            applicant,
            grants + "/expenditures",
            List.of(Http.Part.json("expenditure", expenditure("amount", "-3"))),
            "amount"),
        multipart(
            "funding",
            applicant,
            grants + "/expenditures",
            List.of(Http.Part.json("expenditure", expenditure("spentOn", "\"2027-02-30\""))),
            "spentOn"),
        multipart(
            "funding",
            applicant,
            grants + "/expenditures",
            List.of(Http.Part.json("expenditure", expenditure("payee", q(LONG_201)))),
            "payee"),
        multipart(
            "funding",
            applicant,
            grants + "/expenditures",
            List.of(Http.Part.json("expenditure", expenditure("category", "\"\""))),
            "category"));
  }

  private List<Row> monitoringRows() {
    String projectPath = "/api/monitoring/projects/" + project;
    String reports = "/api/monitoring/firm-reports";
    byte[] report =
        "{\"kind\":\"QUARTERLY\",\"period\":\"2027-Q2\",\"title\":\"季度风控报告\"}"
            .getBytes(StandardCharsets.UTF_8);
    return List.of(
        get("monitoring", officer, "/api/monitoring/projects/not-a-uuid", "projectId"),
        put(
            "monitoring",
            officer,
            projectPath + "/firm",
            "{\"firmClientId\":\"Risk Firm\"}",
            "firmClientId"),
        put("monitoring", officer, projectPath + "/firm", "{}", "firmClientId"),
        post("monitoring", officer, "/api/monitoring/rounds", "{}", "quarter"),
        post(
            "monitoring",
            officer,
            "/api/monitoring/rounds",
            "{\"quarter\":\"2027-Q5\",\"reviewDate\":\"2027-07-10\",\"reportDeadline\":\"2027-07-05\"}",
            "quarter"),
        post(
            "monitoring",
            officer,
            "/api/monitoring/rounds",
            "{\"quarter\":\"2027-Q2\",\"reviewDate\":\"2027-02-30\",\"reportDeadline\":\"2027-07-05\"}",
            "reviewDate"),
        post(
            "monitoring",
            officer,
            "/api/monitoring/rounds",
            "{\"quarter\":\"2027-Q2\",\"reviewDate\":\"10/07/2027\",\"reportDeadline\":\"2027-07-05\"}",
            "reviewDate"),
        get("monitoring", officer, "/api/monitoring/rounds/2027-Q9/reports", "quarter"),
        put(
            "monitoring",
            applicant,
            projectPath + "/rounds/2027-Q2/report",
            "{\"tasks\":{},\"note\":\"n\"}",
            "tasks"),
        put(
            "monitoring",
            applicant,
            projectPath + "/rounds/2027-Q2/report",
            "{\"tasks\":{\"T1\":\"half\"},\"note\":\"n\"}",
            "tasks.T1"),
        put(
            "monitoring",
            applicant,
            projectPath + "/rounds/2027-Q2/report",
            "{\"tasks\":{\"T1\":1e400},\"note\":\"n\"}",
            "tasks.T1"),
        put(
            "monitoring",
            applicant,
            projectPath + "/rounds/2027-Q2/report",
            "{\"tasks\":{\"T1\":50},\"note\":" + q(LONG_4001) + "}",
            "note"),
        put(
            "monitoring",
            applicant,
            projectPath + "/rounds/2027-Q2/report",
            "{\"tasks\":[50],\"note\":\"n\"}",
            "tasks"),
        put(
            "monitoring",
            applicant,
            projectPath + "/rounds/Q2-2027/report",
            "{\"tasks\":{\"T1\":50},\"note\":\"n\"}",
            "quarter"),
        post(
                "monitoring",
                firm,
                projectPath + "/rounds/2027-Q2/verification",
                "{\"tasks\":{\"T1\":50},\"method\":\"TELEPATHY\",\"note\":\"n\"}",
                "method")
            .saying("SITE_VISIT"),
        post(
            "monitoring",
            firm,
            projectPath + "/rounds/2027-Q2/verification",
            "{\"tasks\":{\"T1\":50},\"method\":\"SITE_VISIT\",\"note\":\"n\",\"deviations\":"
                + "[{\"taskCode\":\"T1\",\"kind\":\"ODD\",\"description\":\"d\"}]}",
            "deviations[0].kind"),
        post(
            "monitoring",
            firm,
            projectPath + "/budget-review",
            "{\"outcome\":\"\",\"note\":\"n\"}",
            "outcome"),
        post(
            "monitoring",
            firm,
            projectPath + "/budget-review",
            "{\"outcome\":\"APPROVED\",\"note\":\"n\",\"suggestions\":{}}",
            "suggestions"),
        post(
            "monitoring",
            firm,
            projectPath + "/budget-review",
            "{\"outcome\":\"MAYBE\",\"note\":\"n\"}",
            "outcome"),
        post("monitoring", firm, projectPath + "/notices", "{}", "reason"),
        post(
            "monitoring",
            applicant,
            "/api/monitoring/notices/" + RANDOM + "/rectification-plans",
            "{\"content\":\"c\",\"measures\":[]}",
            "measures"),
        post(
            "monitoring",
            applicant,
            "/api/monitoring/notices/" + RANDOM + "/rectification-plans",
            "{\"content\":\"c\",\"measures\":\"one\"}",
            "measures"),
        post(
                "monitoring",
                firm,
                "/api/monitoring/notices/" + RANDOM + "/rectification-plans/decision",
                "{\"decision\":\"MAYBE\",\"reason\":\"r\"}",
                "decision")
            .saying("ACCEPTED"),
        post(
            "monitoring",
            firm,
            "/api/monitoring/notices/not-a-uuid/closure",
            "{\"reason\":\"r\"}",
            "noticeId"),
        post(
                "monitoring",
                firm,
                "/api/monitoring/fund-flags/" + RANDOM + "/decision",
                "{\"decision\":\"IGNORED\",\"reason\":\"r\"}",
                "decision")
            .saying("DISMISSED"),
        post(
            "monitoring",
            firm,
            "/api/monitoring/fund-flags/" + RANDOM + "/decision",
            "{\"decision\":\"CONFIRMED\",\"misappropriation\":\"a bit\",\"reason\":\"r\"}",
            "misappropriation"),
        get("monitoring", officer, "/api/monitoring/fund-flags?status=MAYBE", "status")
            .saying("OPEN, CONFIRMED, DISMISSED"),
        get(
            "monitoring",
            officer,
            "/api/monitoring/reports/fund-use?from=2027-02-30&to=2027-12-31",
            "from"),
        get("monitoring", officer, "/api/monitoring/reports/fund-use?to=2027-12-31", "from"),
        get(
            "monitoring",
            officer,
            "/api/monitoring/reports/fund-use.csv?from=x&to=2027-12-31",
            "from"),
        get(
            "monitoring",
            officer,
            "/api/monitoring/reports/task-execution?quarter=2027-Q7",
            "quarter"),
        get(
            "monitoring",
            officer,
            "/api/monitoring/reports/risk-assessment?from=2027-13-01",
            "from"),
        get(
            "monitoring",
            officer,
            "/api/monitoring/reports/risk-assessment.csv?to=yesterday",
            "to"),
        get("monitoring", officer, "/api/monitoring/reports/evaluation?year=twenty", "year"),
        get("monitoring", officer, "/api/monitoring/projects?status=SLEEPING", "status")
            .saying("ACTIVE, CLOSED"),
        get(
            "monitoring",
            officer,
            "/api/monitoring/disposal-recommendations?projectId=p1",
            "projectId"),
        put(
            "monitoring",
            firm,
            projectPath + "/evaluation",
            "{\"scores\":{},\"recommendation\":\"r\"}",
            "year"),
        put(
            "monitoring",
            firm,
            projectPath + "/evaluation",
            "{\"year\":\"soon\",\"scores\":{\"X\":{}},\"recommendation\":\"r\"}",
            "year"),
        get("monitoring", officer, projectPath + "/evaluation?year=abc", "year"),
        multipart(
            "monitoring",
            firm,
            reports,
            List.of(Http.Part.file("file", "r.pdf", "application/pdf", Portal.pdf())),
            "report"),
        multipart(
            "monitoring",
            firm,
            reports,
            List.of(new Http.Part("report", null, JSON_TYPE, report)),
            "file"),
        multipart(
            "monitoring",
            firm,
            reports,
            List.of(
                new Http.Part("report", null, JSON_TYPE, report),
                Http.Part.file("file", "季度报告.pdf", "application/pdf", html())),
            "file"),
        multipart(
            "monitoring",
            firm,
            reports,
            List.of(
                new Http.Part("report", null, JSON_TYPE, report),
                Http.Part.file("file", "季度报告.csv", "text/csv", html())),
            "file"),
        multipart(
            "monitoring",
            firm,
            reports,
            List.of(
                new Http.Part("report", null, JSON_TYPE, report),
                Http.Part.file("file", "图.csv", "text/csv", svg())),
            "file"),
        multipart(
            "monitoring",
            firm,
            reports,
            List.of(
                new Http.Part("report", null, JSON_TYPE, report),
                Http.Part.file("file", "数据.csv", "text/csv", xml())),
            "file"),
        multipart(
                "monitoring",
                firm,
                reports,
                List.of(
                    Http.Part.json(
                        "report", "{\"kind\":\"WEEKLY\",\"period\":\"2027\",\"title\":\"t\"}"),
                    Http.Part.file("file", "r.pdf", "application/pdf", Portal.pdf())),
                "kind")
            .saying("QUARTERLY"),
        multipart(
            "monitoring",
            firm,
            reports,
            List.of(
                Http.Part.json(
                    "report",
                    "{\"kind\":\"QUARTERLY\",\"period\":\"2027-Q5\"," + "\"title\":\"t\"}"),
                Http.Part.file("file", "r.pdf", "application/pdf", Portal.pdf())),
            "period"),
        get("monitoring", officer, reports + "/nope/file", "id"));
  }

  private List<Row> gatewayRows() {
    return List.of(
        get("gateway", admin, "/api/audit/gateway?limit=0", "limit"),
        get("gateway", admin, "/api/audit/gateway?limit=-1", "limit"),
        get("gateway", admin, "/api/audit/gateway?limit=abc", "limit"),
        get("gateway", admin, "/api/audit/gateway?limit=1001", "limit"),
        get("gateway", admin, "/api/audit/applicant-service?limit=0&path=/api", "limit"),
        get("gateway", admin, "/api/audit/review-service?path=/api&limit=x", "limit"),
        get("gateway", admin, "/api/audit/funding-service", "objectType"),
        get("gateway", admin, "/api/audit/monitoring-service?objectType=project", "objectId"),
        get("gateway", admin, "/api/audit/program-service?path=" + "p".repeat(501), "path"),
        get("gateway", admin, "/api/dead-letters/applicant-service?limit=0", "limit"),
        get("gateway", admin, "/api/dead-letters/review-service?limit=abc", "limit"),
        get("gateway", admin, "/api/dead-letters/funding-service?offset=-1", "offset"),
        get("gateway", admin, "/api/dead-letters/monitoring-service?limit=201", "limit"),
        get("gateway", admin, "/api/dead-letters/program-service?offset=2000000", "offset"),
        get(
            "gateway",
            admin,
            "/api/dead-letters/applicant-service?includeReplayed=perhaps",
            "includeReplayed"),
        get("gateway", admin, "/api/dead-letters/funding-service/not-a-uuid", "id"),
        post("gateway", admin, "/api/dead-letters/review-service/not-a-uuid/replay", "", "id"),
        get("gateway", admin, "/api/dead-letters/monitoring-service/" + RANDOM, Set.of(404), null),
        get("gateway", admin, "/api/no-such-area", Set.of(404), null),
        get(
            "gateway",
            applicant,
            "/api/organisations/" + organisation + "/no-such-thing",
            Set.of(404),
            null),
        get("gateway", officer, "/api/funding/no-such-thing", Set.of(404), null),
        get("gateway", officer, "/api/monitoring/no-such-report", Set.of(404), null));
  }

  // --- request bodies
  // ------------------------------------------------------------------------------

  /** A valid registration with one field replaced by raw JSON. */
  private static String registration(String field, String value) {
    return object(
        field,
        value,
        "creditCode",
        q(UsccGenerator.withOrganisationCodeStartingWith('A')),
        "legalName",
        q("贵州坏输入科技有限公司"),
        "type",
        q("ENTERPRISE"),
        "region",
        q("GUIYANG"),
        "legalRepresentative",
        q("陈一"));
  }

  private static String draft(String field, String value) {
    return object(
        field,
        value,
        "callYear",
        "2027",
        "trackCode",
        q("HVP"),
        "leadOrganisationId",
        q(organisation),
        "content",
        "{\"title\":\"t\"}");
  }

  private static String content(String field, String value) {
    return object(field, value, "title", q("新能源电池材料高价值专利培育"));
  }

  private static String expert(String field, String value) {
    return object(
        field,
        value,
        "userSubject",
        q(UUID.randomUUID().toString()),
        "name",
        q("王专家"),
        "organisationCreditCode",
        q("91520100MA61234561"),
        "region",
        q("GUIYANG"),
        "trackCodes",
        "[\"HVP\"]");
  }

  private static String calculation(String field, String value) {
    return object(
        field,
        value,
        "callYear",
        "2027",
        "issuanceAmount",
        "\"100000000\"",
        "issuanceScale",
        "\"100000000\"",
        "actualFinancing",
        "\"50000000\"");
  }

  private static String claim(String field, String value) {
    return object(
        field,
        value,
        "callYear",
        "2027",
        "organisationId",
        q(organisation),
        "productName",
        q("知识产权资产支持专项计划"),
        "productCode",
        q("IPABS-" + UUID.randomUUID().toString().substring(0, 8)),
        "issuanceAmount",
        "\"100000000\"",
        "issueDate",
        q("2027-03-01"),
        "endDate",
        q("2029-03-01"),
        "financingAmount",
        "\"10000000\"");
  }

  private static String expenditure(String field, String value) {
    return object(
        field,
        value,
        "category",
        q("EXPERT_CONSULTING"),
        "amount",
        "\"1000.00\"",
        "spentOn",
        q("2027-05-01"),
        "payee",
        q("贵州某咨询公司"),
        "description",
        q("专家咨询费"));
  }

  /** A JSON object of the pairs given (raw JSON values), the first pair replacing its namesake. */
  private static String object(String field, String value, String... pairs) {
    StringBuilder json = new StringBuilder("{").append(q(field)).append(':').append(value);
    for (int i = 0; i < pairs.length; i += 2) {
      if (!pairs[i].equals(field)) {
        json.append(',').append(q(pairs[i])).append(':').append(pairs[i + 1]);
      }
    }
    return json.append('}').toString();
  }

  private static String q(String text) {
    return JSON.writeValueAsString(text);
  }

  private static byte[] html() {
    return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script>季度报告</body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] svg() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] xml() {
    return "<?xml version=\"1.0\"?><rows><row>项目,滞后</row></rows>".getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] csv() {
    return "项目,滞后\r\nA,1\r\n".getBytes(StandardCharsets.UTF_8);
  }

  // --- rows and how they are sent
  // ------------------------------------------------------------------

  private static Row get(String service, String token, String path, String field) {
    return get(service, token, path, BAD, field);
  }

  private static Row get(
      String service, String token, String path, Set<Integer> statuses, String field) {
    return new Row(service, token, "GET", path, null, null, null, statuses, field, null, Map.of());
  }

  private static Row post(String service, String token, String path, String body, String field) {
    return raw(service, token, "POST", path, body, JSON_TYPE, BAD, field);
  }

  private static Row put(String service, String token, String path, String body, String field) {
    return raw(service, token, "PUT", path, body, JSON_TYPE, BAD, field);
  }

  private static Row raw(
      String service,
      String token,
      String method,
      String path,
      String body,
      String contentType,
      Set<Integer> statuses,
      String field,
      String... headers) {
    Map<String, String> extra = new java.util.LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      extra.put(headers[i], headers[i + 1]);
    }
    return new Row(
        service, token, method, path, body, contentType, null, statuses, field, null, extra);
  }

  private static Row multipart(
      String service, String token, String path, List<Http.Part> parts, String field) {
    return new Row(service, token, "POST", path, null, null, parts, BAD, field, null, Map.of());
  }

  /**
   * One malformed request and what it must be answered with.
   *
   * @param statuses the acceptable statuses
   * @param field the field the problem must name, null for a 404 that has none
   * @param saying text the named field's message must contain (such as the allowed values)
   */
  record Row(
      String service,
      String token,
      String method,
      String path,
      String body,
      String contentType,
      List<Http.Part> parts,
      Set<Integer> statuses,
      String field,
      String saying,
      Map<String, String> headers) {

    Row saying(String text) {
      return new Row(
          service, token, method, path, body, contentType, parts, statuses, field, text, headers);
    }

    /** Why the answer is wrong, or null when it is right. */
    String check(Answer answer) {
      if (answer.status() >= 500 || answer.status() < 0) {
        return "a server error or no answer";
      }
      if (!statuses.contains(answer.status())) {
        return "status " + answer.status() + ", expected " + statuses;
      }
      if (answer.contentType() == null
          || !answer.contentType().startsWith("application/problem+json")) {
        return "content type " + answer.contentType() + ", expected application/problem+json";
      }
      if (answer.problem() == null || answer.problem().get("type") == null) {
        return "no problem type";
      }
      if (field == null) {
        return null;
      }
      JsonNode named =
          answer.errors().stream()
              .filter(e -> field.equals(e.path("field").asString()))
              .findFirst()
              .orElse(null);
      if (named == null) {
        return "names " + answer.fields() + ", expected " + field;
      }
      if (saying != null && !named.path("message").asString().contains(saying)) {
        return "the message of " + field + " does not say " + saying;
      }
      return null;
    }

    @Override
    public String toString() {
      String shown =
          body == null ? "" : " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
      return "["
          + service
          + "] "
          + method
          + " "
          + (path.length() > 110 ? path.substring(0, 110) + "…" : path)
          + shown;
    }
  }

  /** An answer: its status, content type and problem. */
  record Answer(int status, String contentType, JsonNode problem, String body) {

    List<JsonNode> errors() {
      if (problem == null || !problem.path("errors").isArray()) {
        return List.of();
      }
      List<JsonNode> errors = new ArrayList<>();
      problem.path("errors").forEach(errors::add);
      return errors;
    }

    List<String> fields() {
      return errors().stream().map(e -> e.path("field").asString()).toList();
    }

    @Override
    public String toString() {
      return status
          + " "
          + contentType
          + " "
          + (body.length() > 400 ? body.substring(0, 400) : body);
    }
  }

  private static Answer send(Row row) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(GATEWAY + row.path()))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + row.token())
            .header("Accept-Language", "en");
    row.headers().forEach(request::header);
    if (row.parts() != null) {
      String boundary = "ipp-bad-input-" + UUID.randomUUID();
      request
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(Http.multipartBody(boundary, row.parts())));
    } else if (row.body() != null) {
      request
          .header("Content-Type", row.contentType())
          .method(row.method(), HttpRequest.BodyPublishers.ofString(row.body()));
    } else {
      request.method(row.method(), HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse(null);
      JsonNode problem = null;
      try {
        problem = response.body().isBlank() ? null : JSON.readTree(response.body());
      } catch (RuntimeException notJson) {
        problem = null;
      }
      return new Answer(response.statusCode(), type, problem, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
