package cn.gov.guizhou.ipp.applicant.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TcpForwarder;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Credit checks against a WireMock registry: clean and dirty records, errors, slow answers, refused
 * connections and the circuit breaker. Nothing that fails ever comes out CLEAR.
 */
@IntegrationTest
class CreditCheckIntegrationTest {

  private static final WireMockServer creditChina = startRegistry();
  private static final int CLOSED_PORT = TcpForwarder.freePort();
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired CircuitBreakerRegistry breakers;

  Http applicant;
  Http officer;

  private static WireMockServer startRegistry() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  @DynamicPropertySource
  static void registries(DynamicPropertyRegistry registry) {
    registry.add("ipp.credit.credit-china.base-url", creditChina::baseUrl);
    registry.add(
        "ipp.credit.social-organisation.base-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
    // No timeout is set here: the service's own configuration (3 s, asked twice) is under test.
    // The checks here are run on request only, so each test counts its own registry calls.
    registry.add("ipp.credit.check-at-registration", () -> "false");
  }

  @AfterAll
  static void stopRegistry() {
    creditChina.stop();
  }

  @BeforeEach
  void reset() {
    creditChina.resetAll();
    breakers.circuitBreaker("credit-china").reset();
    breakers.circuitBreaker("social-organisation-registry").reset();
    Http api = Http.to("http://127.0.0.1:" + port);
    applicant = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  private String register(String type, String code) {
    return applicant
        .post("/api/organisations", Registrations.of(code, type))
        .json()
        .get("id")
        .asString();
  }

  private JsonNode check(String organisationId) {
    Http.Response response =
        officer.post("/api/organisations/" + organisationId + "/credit-checks", "");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private static String records(String code, String recordsJson) {
    return "{\"creditCode\":\"" + code + "\",\"records\":" + recordsJson + "}";
  }

  @Test
  void theHistoryPagesNewestFirst() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code)).willReturn(okJson(records(code, "[]"))));
    String id = register("ENTERPRISE", code);
    String latest = null;
    for (int i = 0; i < 3; i++) {
      latest = check(id).get("id").asString();
    }
    String history = "/api/organisations/" + id + "/credit-checks";
    long total = Long.parseLong(applicant.get(history).header("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(3);

    Http.Response first = applicant.get(history + "?size=1");
    assertThat(first.json().findValuesAsString("id")).containsExactly(latest);
    assertThat(first.header("Link"))
        .contains(history + "?page=" + total + "&size=1>; rel=\"last\"");
    assertThat(applicant.get(history + "?size=1&page=" + total).json()).hasSize(1);
    assertThat(applicant.get(history + "?size=1&page=" + (total + 1)).json()).isEmpty();
    assertThat(applicant.get(history + "?page=x").status()).isEqualTo(400);
  }

  @Test
  void aCleanRecordIsClear() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code)).willReturn(okJson(records(code, "[]"))));

    JsonNode result = check(register("ENTERPRISE", code));

    assertThat(result.get("outcome").asString()).isEqualTo("CLEAR");
    assertThat(result.get("registry").asString()).isEqualTo("CREDIT_CHINA");
    assertThat(result.get("checkedAt").asString()).isNotBlank();
  }

  @Test
  void recordsAreFoundAndKept() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(
                okJson(
                    records(
                        code,
                        "[{\"category\":\"ADMINISTRATIVE_PENALTY\",\"reference\":\"黔市监罚〔2026〕12号\","
                            + "\"decidedOn\":\"2026-05-12\",\"authority\":\"贵阳市市场监督管理局\","
                            + "\"description\":\"虚假宣传\"}]"))));
    String id = register("ENTERPRISE", code);

    JsonNode result = check(id);

    assertThat(result.get("outcome").asString()).isEqualTo("RECORDS_FOUND");
    assertThat(result.get("records").get(0).get("reference").asString()).isEqualTo("黔市监罚〔2026〕12号");
    ConsumerRecord<String, byte[]> announced =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICANT_ORGANISATIONS,
                r ->
                    id.equals(r.key())
                        && CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)
                            .filter(EventTypes.CREDIT_CHECK_COMPLETED_V1::equals)
                            .isPresent(),
                Duration.ofSeconds(20))
            .orElseThrow(() -> new AssertionError("no credit-check.completed event"));
    CreditCheckCompletedV1 event =
        EventJson.mapper().readValue(announced.value(), CreditCheckCompletedV1.class);
    assertThat(event.outcome()).isEqualTo("RECORDS_FOUND");
    assertThat(event.recordCount()).isEqualTo(1);
    assertThat(event.recordTypes()).containsExactly("ADMINISTRATIVE_PENALTY");
    JsonNode history = applicant.get("/api/organisations/" + id + "/credit-checks").json();
    assertThat(history.get(0).get("outcome").asString()).isEqualTo("RECORDS_FOUND");
    assertThat(history.get(0).get("records").get(0).get("category").asString())
        .isEqualTo("ADMINISTRATIVE_PENALTY");
  }

  @Test
  void serverErrorsAreRetriedAndEndUnavailable() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code)).willReturn(aResponse().withStatus(500)));

    JsonNode result = check(register("ENTERPRISE", code));

    assertThat(result.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(result.get("unavailableReason").asString()).isEqualTo("REGISTRY_ERROR");
    creditChina.verify(2, getRequestedFor(urlEqualTo("/api/credit-records/" + code)));
  }

  /**
   * A clean answer that arrives after 10 s — as the local simulator's {@code W} codes do — is past
   * the 3 s read timeout on both attempts: UNAVAILABLE, never CLEAR, with the breaker closed.
   */
  @Test
  void aRegistryThatAnswersAfterTenSecondsTimesOutAndIsUnavailable() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson(records(code, "[]")).withFixedDelay(10_000)));
    String id = register("ENTERPRISE", code);
    assertThat(breakers.circuitBreaker("credit-china").getState().name()).isEqualTo("CLOSED");

    JsonNode result = check(id);

    assertThat(result.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(result.get("unavailableReason").asString()).isEqualTo("TIMEOUT");
    creditChina.verify(2, getRequestedFor(urlEqualTo("/api/credit-records/" + code)));
    ConsumerRecord<String, byte[]> announced =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICANT_ORGANISATIONS,
                r ->
                    id.equals(r.key())
                        && CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)
                            .filter(EventTypes.CREDIT_CHECK_COMPLETED_V1::equals)
                            .isPresent(),
                Duration.ofSeconds(20))
            .orElseThrow(() -> new AssertionError("no credit-check.completed event"));
    CreditCheckCompletedV1 event =
        EventJson.mapper().readValue(announced.value(), CreditCheckCompletedV1.class);
    assertThat(event.outcome()).isEqualTo("UNAVAILABLE");
    assertThat(event.unavailableReason()).isEqualTo("TIMEOUT");
  }

  @Test
  void anAnswerThatCannotBeReadIsUnavailable() {
    String notJson = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + notJson))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("<html>维护中</html>")));
    JsonNode unreadable = check(register("ENTERPRISE", notJson));
    assertThat(unreadable.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(unreadable.get("unavailableReason").asString()).isEqualTo("UNREADABLE_ANSWER");

    String noCategory = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + noCategory))
            .willReturn(okJson(records(noCategory, "[{\"reference\":\"黔罚〔2026〕1号\"}]"))));
    JsonNode withoutCategory = check(register("ENTERPRISE", noCategory));
    assertThat(withoutCategory.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(withoutCategory.get("unavailableReason").asString()).isEqualTo("UNREADABLE_ANSWER");
  }

  @Test
  void recordsOfOtherCategoriesAreKeptButLeaveTheCheckClear() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(
                okJson(
                    records(
                        code,
                        "[{\"category\":\"CREDIT_COMMITMENT\"},"
                            + "{\"category\":\"FAILED_ANNUAL_INSPECTION\"}]"))));

    JsonNode result = check(register("ENTERPRISE", code));

    // FAILED_ANNUAL_INSPECTION is the social-organisation platform's list, not 信用中国's.
    assertThat(result.get("outcome").asString()).isEqualTo("CLEAR");
    assertThat(result.get("records")).hasSize(2);
    assertThat(result.get("recordTypes")).isEmpty();
  }

  @Test
  void aRefusedConnectionIsUnavailableAndAssociationsGoToTheirOwnRegistry() {
    JsonNode result = check(register("INDUSTRY_ASSOCIATION", UsccGenerator.next("51", "520000")));

    assertThat(result.get("registry").asString()).isEqualTo("SOCIAL_ORGANISATION_PLATFORM");
    assertThat(result.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(creditChina.getAllServeEvents()).isEmpty();
  }

  @Test
  void anAnswerAboutAnotherCodeOrANotFoundIsNotClear() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson(records(UsccGenerator.next(), "[]"))));
    assertThat(check(register("ENTERPRISE", code)).get("outcome").asString())
        .isEqualTo("UNAVAILABLE");

    String unknown = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + unknown)).willReturn(aResponse().withStatus(404)));
    JsonNode notFound = check(register("ENTERPRISE", unknown));
    assertThat(notFound.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(notFound.get("unavailableReason").asString()).isEqualTo("UNKNOWN_CODE");
    creditChina.verify(1, getRequestedFor(urlEqualTo("/api/credit-records/" + unknown)));
  }

  @Test
  void theBreakerOpensAfterRepeatedFailuresShowsOnActuatorAndFailsFast() {
    creditChina.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/api/credit-records/.*"))
            .willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 3; i++) {
      check(register("ENTERPRISE", UsccGenerator.next()));
    }
    Http api = Http.to("http://127.0.0.1:" + port);
    JsonNode breakers = api.get("/actuator/circuitbreakers").json();
    assertThat(breakers.get("circuitBreakers").get("credit-china").get("state").asString())
        .isEqualTo("OPEN");

    int requestsBefore = creditChina.getAllServeEvents().size();
    String code = UsccGenerator.next();
    JsonNode whileOpen = check(register("ENTERPRISE", code));
    assertThat(whileOpen.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(whileOpen.get("unavailableReason").asString()).isEqualTo("BREAKER_OPEN");
    assertThat(creditChina.getAllServeEvents()).hasSize(requestsBefore);
  }

  @Test
  void onlyBureauStaffRunChecksAndOnlyMembersAndStaffReadThem() {
    String code = UsccGenerator.next();
    creditChina.stubFor(
        get(urlEqualTo("/api/credit-records/" + code)).willReturn(okJson(records(code, "[]"))));
    String id = register("ENTERPRISE", code);

    assertThat(applicant.post("/api/organisations/" + id + "/credit-checks", "").status())
        .isEqualTo(403);
    Http applicantB =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("applicant-b", "applicant"));
    assertThat(applicantB.get("/api/organisations/" + id + "/credit-checks").status())
        .isEqualTo(404);
  }
}
