package cn.gov.guizhou.ipp.applicant.application;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.applicant.document.Files;
import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When program-service answers, its call state, window and rule version are the ones a submission
 * is judged by, even where the replica is behind; the replica stands in only when it does not.
 */
@IntegrationTest
class LiveCallRulesIntegrationTest {

  private static final WireMockServer remotes =
      new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  static {
    remotes.start();
  }

  @Value("${local.server.port}")
  int port;

  @Value("${spring.kafka.bootstrap-servers}")
  String kafka;

  @Autowired JdbcClient jdbc;
  @Autowired CircuitBreakerRegistry breakers;

  Http applicant;

  @DynamicPropertySource
  static void remotes(DynamicPropertyRegistry registry) {
    registry.add("ipp.credit.credit-china.base-url", remotes::baseUrl);
    registry.add("ipp.credit.check-at-registration", () -> "false");
    registry.add("ipp.program-service.base-url", remotes::baseUrl);
  }

  @AfterAll
  static void stop() {
    remotes.stop();
  }

  @BeforeEach
  void setUp() {
    remotes.resetAll();
    breakers.circuitBreaker("program-service").reset();
    applicant =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("applicant-a", "applicant"));
  }

  private void programServiceSays(
      int year, String state, int ruleVersion, OffsetDateTime closesAt) {
    Map<String, Object> call =
        Map.of(
            "year", year,
            "ruleVersion", ruleVersion,
            "state", state,
            "exclusivity", List.of(),
            "trackCodes", List.of(TestCalls.HVP, TestCalls.NAV, TestCalls.RISK),
            "applicationOpensAt", closesAt.minusDays(30).toString(),
            "applicationClosesAt", closesAt.toString());
    remotes.stubFor(
        get(urlEqualTo("/api/calls/" + year))
            .willReturn(okJson(EventJson.mapper().writeValueAsString(call))));
  }

  private String readyApplication(int year) {
    String code = UsccGenerator.next();
    remotes.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));
    String lead =
        applicant
            .post("/api/organisations", Registrations.enterprise(code))
            .json()
            .get("id")
            .asString();
    Http.Response drafted =
        applicant.post(
            "/api/applications",
            Applications.draft(year, TestCalls.HVP, lead, Applications.content(year, "500000")));
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
    String application = drafted.json().get("id").asString();
    applicant.postFile(
        "/api/applications/" + application + "/materials/HVP-M1",
        "file",
        "申报书.pdf",
        "application/pdf",
        Files.pdf());
    return application;
  }

  private Http.Response submit(String application) {
    return applicant
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post("/api/applications/" + application + "/submission", "");
  }

  @Test
  void aWindowProgramServiceHasJustClosedIsClosedAlthoughTheReplicaIsBehind() {
    int year = 2060;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    TestCalls.publish(kafka, jdbc, year, "OPEN", now.minusDays(1), now.plusDays(30));
    String application = readyApplication(year);
    programServiceSays(year, "CLOSED", 1, now.minusMinutes(5));

    Http.Response refused = submit(application);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("WINDOW_CLOSED");
  }

  @Test
  void aRuleVersionNotYetReplicatedIsReadFromProgramService() {
    int year = 2061;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    TestCalls.publish(kafka, jdbc, year, "OPEN", now.minusDays(1), now.plusDays(30));
    String application = readyApplication(year);
    programServiceSays(year, "OPEN", 2, now.plusDays(30));
    // Version 2 lowers the track's amount below the request: the application must say so.
    Map<String, Object> track =
        Map.of(
            "code", TestCalls.HVP,
            "programmeNameZh", "高价值专利培育项目",
            "eligibleApplicantTypes", List.of("ENTERPRISE"),
            "application", Map.of("mode", "ALONE_OR_JOINT", "requiredPartners", List.of()),
            "criteria", List.of(),
            "fundingRule", Map.of("kind", "FIXED_AMOUNT", "amount", "400000.00"),
            "implementationPeriod", Map.of("startYear", year, "endYear", year),
            "materials",
                List.of(
                    Map.of(
                        "id",
                        "HVP-M1",
                        "zh",
                        "项目申报书",
                        "en",
                        "Application form",
                        "required",
                        true)));
    remotes.stubFor(
        get(urlPathEqualTo("/api/programmes/" + TestCalls.HVP))
            .willReturn(okJson(EventJson.mapper().writeValueAsString(track))));

    Http.Response refused = submit(application);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().get("errors").toString()).contains("requestedAmount", "400,000.00");
  }
}
