package cn.gov.guizhou.ipp.funding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * applicant-service and the identity provider's token endpoint as funding-service sees them: a
 * client-credentials token for funding-service, credit checks by credit code, and organisations
 * visible to their members' tokens only.
 */
public final class ApplicantServiceStub {

  private static final WireMockServer server =
      new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

  static {
    server.start();
  }

  private ApplicantServiceStub() {}

  /** Points funding-service at the stub. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("ipp.applicant-service.base-url", server::baseUrl);
    registry.add("ipp.service-account.token-uri", () -> server.baseUrl() + "/token");
  }

  /**
   * Forgets every stub and request; a token is issued, every check is CLEAR, nobody is a member.
   */
  public static void reset() {
    server.resetAll();
    server.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(
                okJson(
                    json(
                        Map.of(
                            "access_token",
                            TestTokenIssuer.get()
                                .tokenFor("service-account-funding-service", "platform-service"),
                            "expires_in",
                            300,
                            "token_type",
                            "Bearer")))));
    server.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(check("CLEAR"))));
    server.stubFor(
        get(urlPathMatching("/api/organisations/.*"))
            .atPriority(10)
            .willReturn(aResponse().withStatus(403)));
  }

  /** The next checks of {@code creditCode} end with {@code outcome}. */
  public static void creditOutcome(String creditCode, String outcome) {
    server.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .atPriority(1)
            .withRequestBody(containing(creditCode))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(check(outcome))));
  }

  /** applicant-service fails every check of {@code creditCode}. */
  public static void creditCheckFails(String creditCode) {
    server.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .atPriority(1)
            .withRequestBody(containing(creditCode))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  /** The holder of {@code token} is a member of the organisation. */
  public static void member(String token, UUID organisationId, String creditCode, String type) {
    server.stubFor(
        get(urlEqualTo("/api/organisations/" + organisationId))
            .atPriority(1)
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                okJson(
                    json(
                        Map.of(
                            "id", organisationId,
                            "creditCode", creditCode,
                            "legalName", "贵州测试单位",
                            "type", type)))));
  }

  /** How many credit checks of {@code creditCode} were asked for. */
  public static int creditChecksOf(String creditCode) {
    return server
        .findAll(
            postRequestedFor(urlEqualTo("/api/credit-checks"))
                .withRequestBody(containing(creditCode)))
        .size();
  }

  /**
   * The next checks of {@code creditCode} end with {@code outcome}, as applicant-service says it.
   */
  public static void creditOutcome(
      String creditCode, String outcome, java.util.List<String> recordTypes, String reason) {
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("id", UUID.randomUUID());
    body.put("organisationId", UUID.randomUUID());
    body.put("creditCode", creditCode);
    body.put("registry", "CREDIT_CHINA");
    body.put("outcome", outcome);
    body.put("recordTypes", recordTypes);
    body.put("unavailableReason", reason);
    body.put("checkedAt", OffsetDateTime.now().toString());
    server.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .atPriority(1)
            .withRequestBody(containing(creditCode))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json(body))));
  }

  /** The bodies of the credit checks asked for {@code creditCode}. */
  public static java.util.List<String> creditCheckRequestsOf(String creditCode) {
    return server
        .findAll(
            postRequestedFor(urlEqualTo("/api/credit-checks"))
                .withRequestBody(containing(creditCode)))
        .stream()
        .map(r -> r.getBodyAsString())
        .toList();
  }

  private static String check(String outcome) {
    return json(
        Map.of(
            "id",
            UUID.randomUUID(),
            "organisationId",
            UUID.randomUUID(),
            "creditCode",
            "000000000000000000",
            "outcome",
            outcome,
            "recordTypes",
            "RECORDS_FOUND".equals(outcome)
                ? java.util.List.of("ADMINISTRATIVE_PENALTY")
                : java.util.List.of(),
            "checkedAt",
            OffsetDateTime.now().toString()));
  }

  private static String json(Object value) {
    return EventJson.mapper().writeValueAsString(value);
  }
}
