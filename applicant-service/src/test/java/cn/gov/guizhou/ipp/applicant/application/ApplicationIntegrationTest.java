package cn.gov.guizhou.ipp.applicant.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.applicant.document.Files;
import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TcpForwarder;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Applications through the service's API against real PostgreSQL and Kafka: drafts, joint
 * applications confirmed by their participants, materials, submission judged at the call's
 * replicated rule version (program-service is unreachable here), every refusal, withdrawal and the
 * steps other services report.
 */
@IntegrationTest
class ApplicationIntegrationTest {

  private static final WireMockServer creditChina = startRegistry();
  private static final int PROGRAM_SERVICE_PORT = TcpForwarder.freePort();
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2040);

  @Value("${local.server.port}")
  int port;

  @Value("${spring.kafka.bootstrap-servers}")
  String kafka;

  @Autowired JdbcClient jdbc;

  @Autowired CircuitBreakerRegistry breakers;

  Http applicantA;
  Http applicantB;
  Http officer;
  int year;

  private static WireMockServer startRegistry() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  @DynamicPropertySource
  static void remotes(DynamicPropertyRegistry registry) {
    registry.add("ipp.credit.credit-china.base-url", creditChina::baseUrl);
    registry.add("ipp.credit.social-organisation.base-url", creditChina::baseUrl);
    registry.add("ipp.credit.check-at-registration", () -> "false");
    // program-service is down for this whole class: the replicated rules stand in.
    registry.add("ipp.program-service.base-url", () -> "http://127.0.0.1:" + PROGRAM_SERVICE_PORT);
  }

  @AfterAll
  static void stopRegistry() {
    creditChina.stop();
  }

  @BeforeEach
  void setUp() {
    breakers.circuitBreaker("credit-china").reset();
    Http api = Http.to("http://127.0.0.1:" + port);
    applicantA = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    applicantB = api.bearer(tokens.tokenFor("applicant-b", "applicant"));
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
    year = years.incrementAndGet();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    TestCalls.publish(kafka, jdbc, year, "OPEN", now.minusDays(1), now.plusDays(30));
  }

  private String register(Http who, String type) {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));
    Http.Response response = who.post("/api/organisations", Registrations.of(code, type));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  private String codeOf(String organisationId) {
    return applicantA.get("/api/organisations/" + organisationId).status() == 200
        ? applicantA.get("/api/organisations/" + organisationId).json().get("creditCode").asString()
        : applicantB
            .get("/api/organisations/" + organisationId)
            .json()
            .get("creditCode")
            .asString();
  }

  private String draft(Http who, String track, String lead, String amount) {
    Http.Response response =
        who.post(
            "/api/applications",
            Applications.draft(year, track, lead, Applications.content(year, amount)));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().get("status").asString()).isEqualTo("DRAFT");
    return response.json().get("id").asString();
  }

  private void upload(Http who, String application, String material) {
    Http.Response response =
        who.postFile(
            "/api/applications/" + application + "/materials/" + material,
            "file",
            "申报书.pdf",
            "application/pdf",
            Files.pdf());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  private Http.Response submit(Http who, String application) {
    return who.header("Idempotency-Key", UUID.randomUUID().toString())
        .post("/api/applications/" + application + "/submission", "");
  }

  /** An enterprise application for HVP, alone, with its material: ready to submit. */
  private String readyHvp(Http who, String lead) {
    String application = draft(who, TestCalls.HVP, lead, "500000");
    upload(who, application, "HVP-M1");
    return application;
  }

  private static void assertRefused(Http.Response response, int status, String code) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    if (code != null) {
      assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
  }

  private long auditRows(String action, String objectId, String outcome) {
    return jdbc.sql(
            "select count(*) from audit_record where action = :action and object_id = :id"
                + " and outcome = :outcome")
        .param("action", action)
        .param("id", objectId)
        .param("outcome", outcome)
        .query(Long.class)
        .single();
  }

  @Test
  void aJointApplicationIsDraftedConfirmedAndSubmitted() {
    String lead = register(applicantA, "ENTERPRISE");
    String partner = register(applicantB, "UNIVERSITY_OR_RESEARCH_INSTITUTE");
    String partnerCode = codeOf(partner);
    String application = draft(applicantA, TestCalls.HVP, lead, "500000");

    Http.Response named =
        applicantA.put(
            "/api/applications/" + application + "/participants/" + partnerCode,
            Map.of("role", "合作单位", "divisionOfWork", "负责专利挖掘与技术评估"));
    assertThat(named.status()).as(named.toString()).isEqualTo(200);
    upload(applicantA, application, "HVP-M1");

    assertRefused(submit(applicantA, application), 409, "PARTICIPANT_NOT_CONFIRMED");

    Http.Response confirmed =
        applicantB.post(
            "/api/applications/" + application + "/participants/" + partnerCode + "/confirmation",
            "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().get("participants").get(0).get("confirmedAt").isNull()).isFalse();

    Http submitter = applicantA.header("Idempotency-Key", "submit-" + application);
    Http.Response submitted =
        submitter.post("/api/applications/" + application + "/submission", "");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    JsonNode view = submitted.json();
    assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(view.get("reference").asString()).startsWith(year + "-HVP-");
    assertThat(view.get("ruleVersion").asInt()).isEqualTo(1);
    assertThat(view.get("criteriaToConfirm").toString()).contains("HVP-C04");
    assertThat(view.get("history").toString()).contains("DRAFT", "SUBMITTED");

    Http.Response replay = submitter.post("/api/applications/" + application + "/submission", "");
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.json().get("reference").asString())
        .isEqualTo(view.get("reference").asString());

    ConsumerRecord<String, byte[]> record =
        TopicReader.find(
                kafka,
                Topics.APPLICANT_APPLICATIONS,
                r ->
                    application.equals(r.key())
                        && EventTypes.APPLICATION_SUBMITTED_V1.equals(
                            CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE).orElse("")),
                Duration.ofSeconds(20))
            .orElseThrow();
    ApplicationSubmittedV1 event =
        EventJson.mapper().readValue(record.value(), ApplicationSubmittedV1.class);
    assertThat(event.trackCode()).isEqualTo("HVP");
    assertThat(event.ruleVersion()).isEqualTo(1);
    assertThat(event.lead().organisationId().toString()).isEqualTo(lead);
    assertThat(event.participants())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.creditCode()).isEqualTo(partnerCode);
              assertThat(p.confirmedAt()).isNotNull();
            });
    assertThat(event.requestedAmount()).isEqualByComparingTo("500000");
    assertThat(event.plan().tasks()).hasSize(2);
    assertThat(event.budget()).hasSize(2);
    assertThat(event.materials())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.materialId()).isEqualTo("HVP-M1");
              assertThat(m.sha256()).hasSize(64);
              assertThat(m.contentType()).isEqualTo("application/pdf");
            });

    // Submitted: nothing in it changes any more.
    assertRefused(
        applicantA.put("/api/applications/" + application, Applications.content(year, "400000")),
        409,
        "NOT_A_DRAFT");
  }

  @Test
  void theListPagesAndFiltersOnTheServer() {
    String lead = register(applicantA, "ENTERPRISE");
    String oldest = readyHvp(applicantA, lead);
    String middle = draft(applicantA, TestCalls.HVP, lead, "400000");
    String newest = draft(applicantA, TestCalls.HVP, lead, "300000");
    assertThat(submit(applicantA, oldest).status()).isEqualTo(200);
    String ofLead = "/api/applications?organisationId=" + lead;

    Http.Response first = applicantA.get(ofLead + "&size=2");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().findValuesAsString("id")).containsExactly(newest, middle);
    assertThat(first.header("X-Total-Count")).isEqualTo("3");
    assertThat(first.header("Link"))
        .contains("</api/applications?organisationId=" + lead + "&page=2&size=2>; rel=\"next\"")
        .contains("&page=2&size=2>; rel=\"last\"")
        .doesNotContain("rel=\"prev\"");
    Http.Response second = applicantA.get(ofLead + "&size=2&page=2");
    assertThat(second.json().findValuesAsString("id")).containsExactly(oldest);
    assertThat(second.header("X-Total-Count")).isEqualTo("3");
    assertThat(second.header("Link")).contains("page=1&size=2>; rel=\"prev\"");
    assertThat(applicantA.get(ofLead + "&size=2&page=3").json()).isEmpty();
    assertThat(applicantA.get(ofLead).json()).hasSize(3);

    Http.Response drafts = applicantA.get(ofLead + "&status=DRAFT");
    assertThat(drafts.json().findValuesAsString("id")).containsExactly(newest, middle);
    assertThat(drafts.header("X-Total-Count")).isEqualTo("2");
    assertThat(applicantA.get(ofLead + "&status=SUBMITTED").json().findValuesAsString("id"))
        .containsExactly(oldest);
    assertThat(applicantA.get(ofLead + "&track=HVP").header("X-Total-Count")).isEqualTo("3");
    assertThat(applicantA.get(ofLead + "&track=" + TestCalls.NAV).json()).isEmpty();
    assertThat(officer.get(ofLead + "&size=1").header("X-Total-Count")).isEqualTo("3");
    assertThat(applicantB.get(ofLead).header("X-Total-Count")).isEqualTo("0");

    Http.Response sleeping = applicantA.get(ofLead + "&status=SLEEPING");
    assertThat(sleeping.status()).as(sleeping.toString()).isEqualTo(400);
    assertThat(sleeping.json().at("/errors/0/field").asString()).isEqualTo("status");
    assertThat(sleeping.json().at("/errors/0/message").asString()).contains("DRAFT, SUBMITTED");
    assertThat(applicantA.get(ofLead + "&track=hvp;drop").json().at("/errors/0/field").asString())
        .isEqualTo("track");
    for (String bad : java.util.List.of("page=0", "page=-1", "page=two")) {
      Http.Response refused = applicantA.get(ofLead + "&" + bad);
      assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
      assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("page");
    }
    for (String bad : java.util.List.of("size=0", "size=101", "size=many")) {
      Http.Response refused = applicantA.get(ofLead + "&" + bad);
      assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
      assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("size");
    }
  }

  @Test
  void anotherApplicantCannotSeeOrChangeAnApplicationAndEachRefusalIsAudited() {
    String lead = register(applicantA, "ENTERPRISE");
    String application = draft(applicantA, TestCalls.HVP, lead, "300000");

    assertRefused(applicantB.get("/api/applications/" + application), 404, null);
    assertRefused(
        applicantB.put("/api/applications/" + application, Applications.content(year, "1000")),
        404,
        null);
    assertRefused(submit(applicantB, application), 404, null);
    assertThat(applicantB.get("/api/applications").json().toString()).doesNotContain(application);
    assertThat(auditRows("application.read", application, "NOT_VISIBLE")).isEqualTo(1);
    assertThat(auditRows("application.revise", application, "NOT_VISIBLE")).isEqualTo(1);
    assertThat(auditRows("application.submit", application, "NOT_VISIBLE")).isEqualTo(1);

    // A participant sees the application but does not change it.
    String partner = register(applicantB, "ENTERPRISE");
    applicantA.put(
        "/api/applications/" + application + "/participants/" + codeOf(partner),
        Map.of("role", "合作单位", "divisionOfWork", "产业化应用"));
    assertThat(applicantB.get("/api/applications/" + application).status()).isEqualTo(200);
    assertRefused(
        applicantB.put("/api/applications/" + application, Applications.content(year, "1000")),
        403,
        null);
    assertThat(auditRows("application.revise", application, "FORBIDDEN")).isEqualTo(1);

    // The lead cannot confirm on the participant's behalf.
    assertRefused(
        applicantA.post(
            "/api/applications/"
                + application
                + "/participants/"
                + codeOf(partner)
                + "/confirmation",
            ""),
        403,
        null);
    assertThat(officer.get("/api/applications/" + application).status()).isEqualTo(200);
  }

  @Test
  void onlyAnAdministratorOfTheLeadSubmits() {
    String lead = register(applicantA, "ENTERPRISE");
    applicantA.put(
        "/api/organisations/" + lead + "/members/" + TestTokenIssuer.subjectOf("applicant-b"),
        Map.of("role", "MEMBER"));
    String application = readyHvp(applicantB, lead);

    assertRefused(submit(applicantB, application), 403, null);
    assertThat(auditRows("application.submit", application, "FORBIDDEN")).isEqualTo(1);
    assertThat(submit(applicantA, application).status()).isEqualTo(200);
  }

  @Test
  void aSubmissionOutsideTheWindowIsRefused() {
    int past = years.incrementAndGet();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    TestCalls.publish(kafka, jdbc, past, "OPEN", now.minusDays(30), now.minusHours(1));
    year = past;
    String lead = register(applicantA, "ENTERPRISE");
    String application = readyHvp(applicantA, lead);

    Http.Response refused = submit(applicantA, application);

    assertRefused(refused, 409, "WINDOW_CLOSED");
    // 申报受理时间: the reason in the caller's language, Chinese unless English is asked for
    assertThat(refused.json().get("reason").asString()).contains("申报受理已于", "截止");
    Http.Response inEnglish = submit(applicantA.header("Accept-Language", "en"), application);
    assertRefused(inEnglish, 409, "WINDOW_CLOSED");
    assertThat(inEnglish.json().get("reason").asString())
        .contains("window closed at", "Beijing time");
    assertThat(applicantA.get("/api/applications/" + application).json().get("status").asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void aClosedCallTakesNoDrafts() {
    int closed = years.incrementAndGet();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    TestCalls.publish(kafka, jdbc, closed, "CLOSED", now.minusDays(30), now.minusDays(1));
    String lead = register(applicantA, "ENTERPRISE");

    assertRefused(
        applicantA.post(
            "/api/applications",
            Applications.draft(closed, TestCalls.HVP, lead, Applications.content(closed, "1000"))),
        409,
        "WINDOW_CLOSED");
  }

  @Test
  void aSecondApplicationForTheSameTrackIsRefused() {
    String lead = register(applicantA, "ENTERPRISE");
    assertThat(submit(applicantA, readyHvp(applicantA, lead)).status()).isEqualTo(200);

    assertRefused(submit(applicantA, readyHvp(applicantA, lead)), 409, "DUPLICATE_APPLICATION");
  }

  /**
   * A hundred retries at once of one submission with one key (a double click, a client retrying):
   * the submission happens once, with one credit check and one event; every answer is the first
   * outcome or 409 "in progress" with Retry-After; none is a 5xx, and the service still answers.
   */
  @Test
  void aHundredConcurrentRetriesOfOneSubmissionSubmitOnce() throws Exception {
    String lead = register(applicantA, "ENTERPRISE");
    String application = readyHvp(applicantA, lead);
    Http submitter = applicantA.header("Idempotency-Key", "double-click-" + application);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(100);
    List<Http.Response> answers = new java.util.ArrayList<>();
    try {
      List<java.util.concurrent.Callable<Http.Response>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 100; i++) {
        calls.add(() -> submitter.post("/api/applications/" + application + "/submission", ""));
      }
      for (java.util.concurrent.Future<Http.Response> answer : pool.invokeAll(calls)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    String reference = null;
    for (Http.Response answer : answers) {
      assertThat(answer.status()).as(answer.toString()).isIn(200, 409);
      if (answer.status() == 200) {
        String theirs = answer.json().get("reference").asString();
        assertThat(reference == null || reference.equals(theirs)).isTrue();
        reference = theirs;
      } else {
        assertThat(answer.json().get("type").asString())
            .endsWith("/idempotency-request-in-progress");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
      }
    }
    assertThat(reference).as("at least one answer carries the submission").isNotNull();
    assertThat(
            jdbc.sql(
                    "select count(*) from event_outbox where message_key = :id and event_type = :type")
                .param("id", application)
                .param("type", EventTypes.APPLICATION_SUBMITTED_V1)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    Http.Response after = submitter.post("/api/applications/" + application + "/submission", "");
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(applicantA.get("/api/applications/" + application).status())
        .as("the service still answers")
        .isEqualTo(200);
  }

  @Test
  void theRiskControlApplicantAppliesForNothingElseAndTheReverse() {
    String firm = register(applicantA, "IP_SERVICE_AGENCY");
    String authority = register(applicantB, "IP_AUTHORITY");
    String risk = draft(applicantA, TestCalls.RISK, firm, "500000");
    upload(applicantA, risk, "RISK-M1");
    assertThat(submit(applicantA, risk).status()).isEqualTo(200);

    String navigation = navigationWith(firm, authority);
    assertRefused(submit(applicantA, navigation), 409, "EXCLUSIVE_TRACK");

    // The reverse: an agency that applied for navigation cannot then apply for risk control.
    String agency = register(applicantA, "IP_SERVICE_AGENCY");
    assertThat(submit(applicantA, navigationWith(agency, authority)).status()).isEqualTo(200);
    String late = draft(applicantA, TestCalls.RISK, agency, "500000");
    upload(applicantA, late, "RISK-M1");
    assertRefused(submit(applicantA, late), 409, "EXCLUSIVE_TRACK");
  }

  private String navigationWith(String lead, String authority) {
    String application = draft(applicantA, TestCalls.NAV, lead, "200000");
    String code = codeOf(authority);
    applicantA.put(
        "/api/applications/" + application + "/participants/" + code,
        Map.of("role", "需求方知识产权部门", "divisionOfWork", "提出导航命题并推动成果应用"));
    applicantB.post(
        "/api/applications/" + application + "/participants/" + code + "/confirmation", "");
    upload(applicantA, application, "NAV-M1");
    return application;
  }

  @Test
  void aJointOnlyTrackCannotBeSubmittedWithoutItsPartner() {
    String lead = register(applicantA, "ENTERPRISE");
    String application = draft(applicantA, TestCalls.NAV, lead, "200000");
    upload(applicantA, application, "NAV-M1");

    Http.Response refused = submit(applicantA, application);

    assertRefused(refused, 422, null);
    assertThat(refused.json().get("errors").toString()).contains("participants", "IP_AUTHORITY");
  }

  @Test
  void anIncompleteApplicationListsEverythingMissing() {
    String lead = register(applicantA, "ENTERPRISE");
    Map<String, Object> content = Applications.content(year, "500000");
    content.put("budget", List.of(Map.of("category", "LABOUR", "amount", "100000", "note", "劳务")));
    content.put("declarations", Map.of("materialsTruthful", true));
    String application = draft(applicantA, TestCalls.HVP, lead, "500000");
    assertThat(applicantA.put("/api/applications/" + application, content).status()).isEqualTo(200);

    Http.Response refused = submit(applicantA, application);

    assertRefused(refused, 422, null);
    List<String> fields = new ArrayList<>();
    refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields)
        .contains(
            "budget",
            "declarations.noDuplicateFunding",
            "declarations.acceptsSupervision",
            "materials.HVP-M1");
  }

  @Test
  void badContentIsRefusedNamingTheField() {
    String lead = register(applicantA, "ENTERPRISE");
    Map<String, Object> above = Applications.content(year, "500001");
    assertRefused(
        applicantA.post("/api/applications", Applications.draft(year, TestCalls.HVP, lead, above)),
        422,
        null);
    Map<String, Object> negative = Applications.content(year, "500000");
    negative.put("requestedAmount", "-5");
    Http.Response refused =
        applicantA.post(
            "/api/applications", Applications.draft(year, TestCalls.HVP, lead, negative));
    assertRefused(refused, 422, null);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("requestedAmount");
    Map<String, Object> badQuarter = Applications.content(year, "500000");
    badQuarter.put(
        "plan",
        Map.of(
            "quarterlyTargets", List.of(Map.of("quarter", "Q5", "plannedCumulativePercent", 10))));
    refused =
        applicantA.post(
            "/api/applications", Applications.draft(year, TestCalls.HVP, lead, badQuarter));
    assertRefused(refused, 422, null);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("plan.quarterlyTargets[0].quarter");
    assertRefused(
        applicantA.post(
            "/api/applications",
            Applications.draft(year, "NO-SUCH-TRACK", lead, Applications.content(year, "1000"))),
        422,
        null);
    String application = draft(applicantA, TestCalls.HVP, lead, "500000");
    assertRefused(
        applicantA.postFile(
            "/api/applications/" + application + "/materials/HVP-M1",
            "file",
            "申报书.pdf",
            "application/pdf",
            "<html>not a pdf</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        422,
        null);
    assertRefused(
        applicantA.postFile(
            "/api/applications/" + application + "/materials/NOT-OF-TRACK",
            "file",
            "a.pdf",
            "application/pdf",
            Files.pdf()),
        422,
        null);
    assertRefused(
        applicantA.post("/api/applications/" + application + "/submission", ""), 422, null);
  }

  @Test
  void anApplicantTypeTheTrackDoesNotAdmitFailsEligibility() {
    String association = register(applicantA, "INDUSTRY_ASSOCIATION");
    String application = readyHvp(applicantA, association);

    Http.Response refused = submit(applicantA, application);

    assertRefused(refused, 422, null);
    assertThat(refused.json().get("errors").toString()).contains("eligibility.HVP-C02");
  }

  @Test
  void theDeclaredProfileIsJudgedAtSubmission() {
    String university = register(applicantA, "UNIVERSITY_OR_RESEARCH_INSTITUTE");
    String application = readyHvp(applicantA, university);

    // 有效专利不少于30件: 12 declared fails
    declarePatents(university, 12);
    Http.Response tooFew = submit(applicantA, application);
    assertRefused(tooFew, 422, null);
    assertThat(tooFew.json().get("errors").toString()).contains("eligibility.HVP-C07");

    // 30 declared meets it, but a fact that decides eligibility must be evidenced
    declarePatents(university, 30);
    Http.Response unevidenced = submit(applicantA, application);
    assertRefused(unevidenced, 422, null);
    assertThat(unevidenced.json().get("errors").get(0).get("field").asString())
        .isEqualTo("facts.validPatentCount.evidence");

    // 高校院所单独或牵头申报: the university applies alone, its 30 patents evidenced
    String evidence = document(applicantA, university);
    declarePatents(university, 30, evidence);
    Http.Response submitted = submit(applicantA, application);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

    ApplicationSubmittedV1 event = submittedEvent(application);
    assertThat(event.participants()).isEmpty();
    assertThat(event.criteriaToConfirm()).contains("HVP-C07");
    assertThat(event.factsToConfirm())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.criterionId()).isEqualTo("HVP-C07");
              assertThat(f.fact()).isEqualTo("validPatentCount");
              assertThat(f.value()).isEqualTo("30");
              assertThat(f.evidence()).containsExactly(UUID.fromString(evidence));
            });
  }

  @Test
  void aRequestAboveTheTrackAmountIsRefusedAtItsFieldInChineseAndEnglish() {
    // 每项资助50万元: a request of CNY 500,001 is above HVP's amount, refused as it is saved
    String lead = register(applicantA, "ENTERPRISE");
    String application = draft(applicantA, TestCalls.HVP, lead, "500000");

    Http.Response chinese =
        applicantA.put("/api/applications/" + application, Applications.content(year, "500001"));
    Http.Response english =
        applicantA
            .header("Accept-Language", "en")
            .put("/api/applications/" + application, Applications.content(year, "500001"));

    assertRefused(chinese, 422, null);
    assertThat(chinese.json().get("errors").get(0).get("field").asString())
        .isEqualTo("requestedAmount");
    assertThat(chinese.json().get("errors").get(0).get("message").asString())
        .isEqualTo("超过本类别的资助额度 500,000.00 元");
    assertRefused(english, 422, null);
    assertThat(english.json().get("errors").get(0).get("message").asString())
        .isEqualTo("is above the track's amount of CNY 500,000.00");
    assertThat(
            applicantA
                .get("/api/applications/" + application)
                .json()
                .get("content")
                .get("requestedAmount")
                .decimalValue())
        .isEqualByComparingTo("500000");
  }

  @Test
  void aFixedAmountTrackIsRequestedAtItsAmount() {
    // 每项资助50万元: HVP funds CNY 500,000 — a lower request is refused, as is a budget that does
    // not total it
    String lead = register(applicantA, "ENTERPRISE");
    String application = draft(applicantA, TestCalls.HVP, lead, "400000");
    upload(applicantA, application, "HVP-M1");

    Http.Response lower = submit(applicantA, application);
    assertRefused(lower, 422, null);
    assertThat(lower.json().get("errors").toString())
        .contains("requestedAmount", "500,000.00", "每项资助50万元");

    Map<String, Object> content = Applications.content(year, "500000");
    content.put("budget", List.of(Map.of("category", "LABOUR", "amount", "400000", "note", "劳务")));
    assertThat(applicantA.put("/api/applications/" + application, content).status()).isEqualTo(200);
    Http.Response budget = submit(applicantA, application);
    assertRefused(budget, 422, null);
    assertThat(budget.json().get("errors").toString())
        .contains("budget")
        .doesNotContain("requestedAmount");

    assertThat(
            applicantA
                .put("/api/applications/" + application, Applications.content(year, "500000"))
                .status())
        .isEqualTo(200);
    Http.Response submitted = submit(applicantA, application);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submittedEvent(application).requestedAmount()).isEqualByComparingTo("500000");
  }

  private ApplicationSubmittedV1 submittedEvent(String application) {
    ConsumerRecord<String, byte[]> record =
        TopicReader.find(
                kafka,
                Topics.APPLICANT_APPLICATIONS,
                r ->
                    application.equals(r.key())
                        && EventTypes.APPLICATION_SUBMITTED_V1.equals(
                            CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE).orElse("")),
                Duration.ofSeconds(20))
            .orElseThrow();
    return EventJson.mapper().readValue(record.value(), ApplicationSubmittedV1.class);
  }

  private String document(Http who, String organisation) {
    Http.Response created =
        who.postFile(
            "/api/organisations/" + organisation + "/documents",
            "file",
            "有效专利清单.pdf",
            "application/pdf",
            Files.pdf());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private void declarePatents(String organisation, int count, String... evidence) {
    Http.Response declared =
        applicantA.put(
            "/api/organisations/" + organisation + "/profile",
            Map.of(
                "contacts", List.of(),
                "industryTags", List.of("新材料"),
                "facts",
                    Map.of(
                        "validPatentCount",
                        Map.of("value", count, "evidence", List.of(evidence)))));
    assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
  }

  private static String penalty(String code, String category) {
    return "{\"creditCode\":\""
        + code
        + "\",\"records\":[{\"category\":\""
        + category
        + "\",\"reference\":\"黔市监罚〔2026〕18号\",\"authority\":\"贵阳市市场监督管理局\","
        + "\"decidedOn\":\"2026-05-01\",\"description\":\"发布虚假广告\"}]}";
  }

  @Test
  void recordsOfTheGuidesTypesRefuseTheSubmissionNamingThemInBothLanguages() {
    String lead = register(applicantA, "ENTERPRISE");
    String code = codeOf(lead);
    String application = readyHvp(applicantA, lead);
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(
                okJson(
                    "{\"creditCode\":\""
                        + code
                        + "\",\"records\":[{\"category\":\"ABNORMAL_OPERATION\"},"
                        + "{\"category\":\"SERIOUS_DISHONESTY\"},"
                        + "{\"category\":\"CREDIT_COMMITMENT\"}]}")));

    Http.Response refused = submit(applicantA, application);

    assertRefused(refused, 409, "CREDIT_NOT_CLEAR");
    JsonNode problem = refused.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-records-found");
    assertThat(problem.get("title").asString()).isEqualTo("存在不良信用记录");
    assertThat(problem.get("detail").asString())
        .isEqualTo("信用中国显示统一社会信用代码" + code + "存在“经营异常”、“严重失信”记录，按申报指南不予办理。");
    assertThat(problem.get("retryable").asBoolean()).isFalse();
    assertThat(problem.get("registry").asString()).isEqualTo("CREDIT_CHINA");
    assertThat(problem.get("recordTypes").findValuesAsString("type"))
        .containsExactly("ABNORMAL_OPERATION", "SERIOUS_DISHONESTY");
    assertThat(problem.get("recordTypes").get(0).get("zh").asString()).isEqualTo("经营异常");

    Http.Response english =
        applicantA
            .header("Accept-Language", "en")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post("/api/applications/" + application + "/submission", "");
    assertThat(english.status()).isEqualTo(409);
    assertThat(english.json().get("title").asString()).isEqualTo("Adverse credit records found");
    assertThat(english.json().get("detail").asString())
        .isEqualTo(
            "Credit China holds a record of abnormal operation, serious dishonesty against "
                + code
                + "; under the guide the request is refused.");
    assertThat(applicantA.get("/api/applications/" + application).json().get("status").asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void aRecordOfACategoryTheGuideDoesNotNameIsShownButRefusesNothing() {
    String lead = register(applicantA, "ENTERPRISE");
    String code = codeOf(lead);
    String application = readyHvp(applicantA, lead);
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson(penalty(code, "CREDIT_COMMITMENT"))));

    assertThat(submit(applicantA, application).status()).isEqualTo(200);

    JsonNode latest = applicantA.get("/api/organisations/" + lead + "/credit-checks").json().get(0);
    assertThat(latest.get("outcome").asString()).isEqualTo("CLEAR");
    assertThat(latest.get("records").get(0).get("category").asString())
        .isEqualTo("CREDIT_COMMITMENT");
    assertThat(latest.get("recordTypes")).isEmpty();
  }

  @Test
  void aRegistryThatFailsRefusesWithARetryable503AndTheRetrySucceedsOnceItAnswers() {
    String lead = register(applicantA, "ENTERPRISE");
    String code = codeOf(lead);
    String application = readyHvp(applicantA, lead);
    creditChina.stubFor(get(urlEqualTo("/api/credit-records/" + code)).willReturn(serverError()));
    String key = UUID.randomUUID().toString();

    Http.Response unavailable =
        applicantA
            .header("Idempotency-Key", key)
            .post("/api/applications/" + application + "/submission", "");

    assertRefused(unavailable, 503, "CREDIT_CHECK_UNAVAILABLE");
    JsonNode problem = unavailable.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-registry-unavailable");
    assertThat(problem.get("title").asString()).isEqualTo("信用信息平台暂时无法核查");
    assertThat(problem.get("detail").asString())
        .contains("信用中国", "平台返回错误", "无法核查", "不视为无不良记录", "请稍后重试");
    assertThat(problem.get("retryable").asBoolean()).isTrue();
    assertThat(problem.get("unavailableReason").asString()).isEqualTo("REGISTRY_ERROR");
    assertThat(problem.get("recordTypes")).isEmpty();
    assertThat(unavailable.header("Retry-After")).isEqualTo("30");
    assertThat(applicantA.get("/api/applications/" + application).json().get("status").asString())
        .isEqualTo("DRAFT");

    // Retried with the same key once the registry answers: the refusal was not stored.
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));
    Http.Response retried =
        applicantA
            .header("Idempotency-Key", key)
            .post("/api/applications/" + application + "/submission", "");
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);

    // Both checks are kept, the refused one as UNAVAILABLE.
    JsonNode history = applicantA.get("/api/organisations/" + lead + "/credit-checks").json();
    assertThat(history.findValuesAsString("outcome")).containsExactly("CLEAR", "UNAVAILABLE");
  }

  @Test
  void aRegistryThatAnswersAfterTenSecondsIsUnavailableAndRefusesTheSubmission() {
    String lead = register(applicantA, "ENTERPRISE");
    String code = codeOf(lead);
    String application = readyHvp(applicantA, lead);
    // A clean answer, but after the configured 3 s read timeout (twice): late is not clear.
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(
                okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}").withFixedDelay(10_000)));

    Http.Response refused =
        applicantA
            .header("Accept-Language", "en")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post("/api/applications/" + application + "/submission", "");

    assertRefused(refused, 503, "CREDIT_CHECK_UNAVAILABLE");
    assertThat(refused.json().get("unavailableReason").asString()).isEqualTo("TIMEOUT");
    assertThat(refused.json().get("title").asString())
        .isEqualTo("The credit registry could not be consulted");
    assertThat(refused.json().get("detail").asString())
        .contains("did not answer in time", "never counts as clear", "Try again later");
    assertThat(refused.json().get("retryable").asBoolean()).isTrue();
  }

  @Test
  void aCodeTheRegistryDoesNotKnowRefusesWithoutRetry() {
    String lead = register(applicantA, "ENTERPRISE");
    String code = codeOf(lead);
    String application = readyHvp(applicantA, lead);
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code)).willReturn(aResponse().withStatus(404)));

    Http.Response refused = submit(applicantA, application);

    assertRefused(refused, 409, "CREDIT_CODE_UNKNOWN");
    assertThat(refused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-code-unknown");
    assertThat(refused.json().get("retryable").asBoolean()).isFalse();
    assertThat(refused.json().get("detail").asString()).contains("未查到统一社会信用代码" + code);
  }

  @Test
  void anAssociationIsCheckedOnTheRegistryItsTrackNames() {
    String association =
        registerWithCode(applicantA, "INDUSTRY_ASSOCIATION", UsccGenerator.next("51", "520000"));
    String chain = draft(applicantA, TestCalls.CHAIN, association, "300000");
    upload(applicantA, chain, "CHAIN-M1");
    assertThat(submit(applicantA, chain).status()).isEqualTo(200);
    assertThat(latestCheck(association).get("registry").asString())
        .isEqualTo("SOCIAL_ORGANISATION_PLATFORM");

    String scenario = draft(applicantA, TestCalls.SCENARIO, association, "300000");
    upload(applicantA, scenario, "SCENARIO-M1");
    assertThat(submit(applicantA, scenario).status()).isEqualTo(200);
    assertThat(latestCheck(association).get("registry").asString()).isEqualTo("CREDIT_CHINA");

    // Another service asking before an award or a payment names the track: the same choice.
    Http service =
        Http.to("http://127.0.0.1:" + port)
            .bearer(tokens.tokenFor("service-account-review-service", "platform-service"));
    String code = codeOf(association);
    Http.Response forChain =
        service.post(
            "/api/credit-checks",
            Map.of(
                "creditCode", code,
                "purpose", "AWARD",
                "reference", chain,
                "callYear", year,
                "trackCode", TestCalls.CHAIN));
    assertThat(forChain.status()).as(forChain.toString()).isEqualTo(201);
    assertThat(forChain.json().get("registry").asString())
        .isEqualTo("SOCIAL_ORGANISATION_PLATFORM");
    Http.Response forScenario =
        service.post(
            "/api/credit-checks",
            Map.of(
                "creditCode", code,
                "purpose", "DISBURSEMENT",
                "reference", scenario,
                "callYear", year,
                "trackCode", TestCalls.SCENARIO));
    assertThat(forScenario.json().get("registry").asString()).isEqualTo("CREDIT_CHINA");
    Http.Response halfNamed =
        service.post(
            "/api/credit-checks",
            Map.of("creditCode", code, "purpose", "AWARD", "reference", chain, "callYear", year));
    assertThat(halfNamed.status()).isEqualTo(422);
    assertThat(halfNamed.json().get("errors").get(0).get("field").asString())
        .isEqualTo("trackCode");
  }

  private JsonNode latestCheck(String organisation) {
    return applicantA.get("/api/organisations/" + organisation + "/credit-checks").json().get(0);
  }

  private String registerWithCode(Http who, String type, String code) {
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));
    Http.Response response = who.post("/api/organisations", Registrations.of(code, type));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  @Test
  void otherServicesReportTheStepsAndABarredOrganisationSubmitsNothing() {
    String lead = register(applicantA, "ENTERPRISE");
    String application = readyHvp(applicantA, lead);
    assertThat(submit(applicantA, application).status()).isEqualTo(200);
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
    try (EventSender sender = new EventSender(kafka)) {
      report(sender, application, "UNDER_REVIEW", null, null, at.plusSeconds(1));
      report(sender, application, "APPROVED", "500000.00", "专家评审通过", at.plusSeconds(2));
      report(sender, application, "FAILED_ACCEPTANCE", null, "第二次验收不通过", at.plusSeconds(4));
      report(sender, application, "FUNDED", "250000.00", null, at.plusSeconds(3));
    }
    JsonNode view = awaitStatus(application, "FAILED_ACCEPTANCE");
    assertThat(view.get("history").toString())
        .contains("UNDER_REVIEW", "APPROVED", "FUNDED", "FAILED_ACCEPTANCE", "review-service");

    assertRefused(
        applicantA.post(
            "/api/organisation-bars", Map.of("applicationId", application, "reason", "验收两次不通过")),
        403,
        null);
    Http.Response barred =
        officer.post(
            "/api/organisation-bars", Map.of("applicationId", application, "reason", "验收两次不通过"));
    assertThat(barred.status()).as(barred.toString()).isEqualTo(201);

    String next = draft(applicantA, TestCalls.NAV, lead, "200000");
    Http.Response refused = submit(applicantA, next);
    assertRefused(refused, 409, "ORGANISATION_BARRED");
    assertThat(refused.json().get("reason").asString()).contains("验收两次不通过");
  }

  @Test
  void aSecondFailedAcceptanceWaitsForTheBureauWhichBarsWithAReasonAndAnEndDate() throws Exception {
    String lead = register(applicantA, "ENTERPRISE");
    String application = readyHvp(applicantA, lead);
    Http.Response submitted = submit(applicantA, application);
    assertThat(submitted.status()).isEqualTo(200);
    // The test call has no post-subsidy track: the application stands for a 2.1 project.
    jdbc.sql("update application set track_code = 'DATA-IP-LEADER' where id = :id")
        .param("id", UUID.fromString(application))
        .update();
    finalFailure(application, submitted.json().get("reference").asString(), lead);

    // Nothing is barred automatically: the failure waits for the bureau's decision.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> officer.get("/api/organisation-bars").json().toString().contains(application));
    JsonNode pending = decisionOf(application);
    assertThat(pending.get("decision").asString()).isEqualTo("PENDING");
    assertThat(pending.get("endDateRequired").asBoolean()).isTrue();
    assertThat(pending.get("acceptanceReason").asString()).isEqualTo("整改后仍未完成绩效目标");
    assertThat(officer.get("/api/organisations/" + lead + "/bars").json().size()).isZero();
    assertRefused(applicantA.get("/api/organisation-bars"), 403, null);

    // 视情节限制: for 2.1 the bar names its reason and its last day.
    Http.Response withoutEnd =
        officer.post(
            "/api/organisation-bars", Map.of("applicationId", application, "reason", "两次验收不通过"));
    assertRefused(withoutEnd, 422, null);
    assertThat(withoutEnd.json().get("errors").get(0).get("field").asString()).isEqualTo("until");
    Http.Response withoutReason =
        officer.post(
            "/api/organisation-bars", Map.of("applicationId", application, "until", "2031-12-31"));
    assertRefused(withoutReason, 422, null);
    assertThat(withoutReason.json().get("errors").get(0).get("field").asString())
        .isEqualTo("reason");
    Http.Response past =
        officer.post(
            "/api/organisation-bars",
            Map.of("applicationId", application, "reason", "两次验收不通过", "until", "2020-01-01"));
    assertRefused(past, 422, null);
    assertThat(officer.get("/api/organisations/" + lead + "/bars").json().size()).isZero();

    Http.Response barred =
        officer.post(
            "/api/organisation-bars",
            Map.of("applicationId", application, "reason", "两次验收不通过，整改不到位", "until", "2031-12-31"));
    assertThat(barred.status()).as(barred.toString()).isEqualTo(201);
    assertThat(barred.json().get("until").asString()).isEqualTo("2031-12-31");
    assertRefused(
        officer.post(
            "/api/organisation-bars",
            Map.of("applicationId", application, "reason", "再次", "until", "2031-12-31")),
        409,
        "ALREADY_BARRED");
    assertThat(decisionOf(application).get("decision").asString()).isEqualTo("BARRED");
    JsonNode event =
        EventJson.mapper()
            .readTree(
                TopicReader.find(
                        kafka,
                        Topics.APPLICANT_ORGANISATIONS,
                        r ->
                            r.key().equals(lead)
                                && EventTypes.ORGANISATION_BARRED_V1.equals(
                                    CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)
                                        .orElse("")),
                        Duration.ofSeconds(20))
                    .orElseThrow()
                    .value());
    assertThat(event.get("until").asString()).isEqualTo("2031-12-31");
    assertThat(event.get("applicationId").asString()).isEqualTo(application);
    assertThat(event.get("reason").asString()).isEqualTo("两次验收不通过，整改不到位");
    // The application's view reads its track from the test call again (it has no 2.1 track).
    jdbc.sql("update application set track_code = :track where id = :id")
        .param("track", TestCalls.HVP)
        .param("id", UUID.fromString(application))
        .update();
    // The unit is told, in its application's story and when it applies again.
    assertThat(applicantA.get("/api/applications/" + application).json().get("history").toString())
        .contains("限制本单位后续省级知识产权项目申报资格至 2031-12-31");
    String next = draft(applicantA, TestCalls.NAV, lead, "200000");
    Http.Response refused = submit(applicantA, next);
    assertRefused(refused, 409, "ORGANISATION_BARRED");
    assertThat(refused.json().get("reason").asString()).contains("2031-12-31", "两次验收不通过，整改不到位");
    assertThat(auditRows("organisation.bar", lead, "SUCCEEDED")).isEqualTo(1);
  }

  @Test
  void theBureauMayDecideNotToBarWithAReason() {
    String lead = register(applicantA, "ENTERPRISE");
    String application = readyHvp(applicantA, lead);
    Http.Response submitted = submit(applicantA, application);
    assertThat(submitted.status()).isEqualTo(200);
    String waiver = "/api/applications/" + application + "/bar-waiver";
    assertRefused(officer.post(waiver, Map.of("reason", "情节轻微")), 409, "NOT_FAILED_ACCEPTANCE");
    finalFailure(application, submitted.json().get("reference").asString(), lead);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> officer.get("/api/organisation-bars").json().toString().contains(application));
    assertThat(decisionOf(application).get("endDateRequired").asBoolean()).isFalse();
    assertRefused(officer.post(waiver, Map.of("reason", "")), 422, null);
    assertRefused(applicantA.post(waiver, Map.of("reason", "情节轻微")), 403, null);

    Http.Response waived = officer.post(waiver, Map.of("reason", "情节轻微，已退回未使用资金"));
    assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
    assertThat(waived.json().get("decision").asString()).isEqualTo("NOT_BARRED");
    assertThat(waived.json().get("decidedBy").asString()).isNotBlank();
    assertRefused(officer.post(waiver, Map.of("reason", "再次")), 409, "NO_PENDING_BAR_DECISION");
    assertThat(officer.get("/api/organisations/" + lead + "/bars").json().size()).isZero();
  }

  private void finalFailure(String application, String reference, String lead) {
    try (EventSender sender = new EventSender(kafka)) {
      sender.send(
          EventCatalogue.ACCEPTANCE_CONCLUDED,
          new AcceptanceConcludedV1(
              UUID.fromString(application),
              reference,
              year,
              TestCalls.HVP,
              UUID.fromString(lead),
              codeOf(lead),
              2,
              "FAILED_FINALLY",
              new BigDecimal("48.50"),
              "整改后仍未完成绩效目标",
              OffsetDateTime.now(ZoneOffset.UTC)),
          UUID.randomUUID().toString());
    }
  }

  private JsonNode decisionOf(String application) {
    for (JsonNode d : officer.get("/api/organisation-bars").json()) {
      if (application.equals(d.get("applicationId").asString())) {
        return d;
      }
    }
    throw new AssertionError("no bar decision for " + application);
  }

  @Test
  void theLeadWithdrawsASubmittedApplication() {
    String lead = register(applicantA, "ENTERPRISE");
    String application = readyHvp(applicantA, lead);
    assertRefused(
        applicantA.post(
            "/api/applications/" + application + "/withdrawal", Map.of("reason", "调整申报方向")),
        409,
        "NOT_WITHDRAWABLE");
    assertThat(submit(applicantA, application).status()).isEqualTo(200);

    Http.Response withdrawn =
        applicantA.post(
            "/api/applications/" + application + "/withdrawal", Map.of("reason", "调整申报方向"));

    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(
            TopicReader.find(
                kafka,
                Topics.APPLICANT_APPLICATIONS,
                r ->
                    application.equals(r.key())
                        && EventTypes.APPLICATION_WITHDRAWN_V1.equals(
                            CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE).orElse("")),
                Duration.ofSeconds(20)))
        .isPresent();
    // Withdrawn, the track is free again for a new application.
    assertThat(submit(applicantA, readyHvp(applicantA, lead)).status()).isEqualTo(200);
  }

  private static void report(
      EventSender sender,
      String application,
      String status,
      String amount,
      String reason,
      OffsetDateTime at) {
    sender.send(
        EventCatalogue.APPLICATION_STATUS_REPORTED,
        new ApplicationStatusReportedV1(
            UUID.fromString(application),
            status,
            amount == null ? null : new BigDecimal(amount),
            reason,
            "review-service",
            at),
        UUID.randomUUID().toString());
  }

  private JsonNode awaitStatus(String application, String status) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode view = null;
    while (System.nanoTime() < deadline) {
      view = applicantA.get("/api/applications/" + application).json();
      if (status.equals(view.get("status").asString()) && view.get("history").size() >= 6) {
        return view;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("status " + status + " not reached: " + view);
  }
}
