package cn.gov.guizhou.ipp.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * applicant-service's credit checks and the identity provider's token endpoint as review-service
 * sees them: a client-credentials token for review-service, and every check CLEAR unless a test
 * says otherwise.
 */
public final class ApplicantCreditStub {

  private static final WireMockServer server =
      new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

  static {
    server.start();
  }

  private ApplicantCreditStub() {}

  /** Points review-service at the stub. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("ipp.applicant-service.base-url", server::baseUrl);
    registry.add("ipp.service-account.token-uri", () -> server.baseUrl() + "/token");
  }

  /** Forgets every stub and request; a token is issued and every check is CLEAR. */
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
                                .tokenFor("service-account-review-service", "platform-service"),
                            "expires_in",
                            300,
                            "token_type",
                            "Bearer")))));
    server.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .atPriority(10)
            .willReturn(created(check(null, "CLEAR", List.of(), null))));
  }

  /** The next checks of {@code creditCode} end with {@code outcome}. */
  public static void creditOutcome(
      String creditCode, String outcome, List<String> recordTypes, String reason) {
    server.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .atPriority(1)
            .withRequestBody(containing(creditCode))
            .willReturn(created(check(creditCode, outcome, recordTypes, reason))));
  }

  /** applicant-service cannot be reached for {@code creditCode}. */
  public static void creditCheckFails(String creditCode) {
    server.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .atPriority(1)
            .withRequestBody(containing(creditCode))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  /** The bodies of the checks asked for {@code creditCode}. */
  public static List<String> checksOf(String creditCode) {
    return server
        .findAll(
            postRequestedFor(urlEqualTo("/api/credit-checks"))
                .withRequestBody(containing(creditCode)))
        .stream()
        .map(r -> r.getBodyAsString())
        .toList();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(
      String body) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static String check(
      String creditCode, String outcome, List<String> recordTypes, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", UUID.randomUUID());
    body.put("creditCode", creditCode);
    body.put("registry", "CREDIT_CHINA");
    body.put("outcome", outcome);
    body.put("recordTypes", recordTypes);
    body.put("unavailableReason", reason);
    body.put("checkedAt", OffsetDateTime.now().toString());
    return json(body);
  }

  private static String json(Object value) {
    return EventJson.mapper().writeValueAsString(value);
  }
}
