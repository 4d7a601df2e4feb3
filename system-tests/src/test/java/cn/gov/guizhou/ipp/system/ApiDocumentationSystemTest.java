package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.ApiDocumentationCheck;
import cn.gov.guizhou.ipp.testkit.Http;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A newcomer's API through the gateway: every service's OpenAPI document tells each operation's
 * summary, roles and problems; Swagger UI signs in with Keycloak as the public client {@code
 * ipp-api-docs} (authorization code + PKCE), and the token it gets is accepted by the API, which is
 * what "Try it out" sends.
 */
@ExtendWith(LocalPlatform.class)
class ApiDocumentationSystemTest {

  private static final String GATEWAY = "http://localhost:8080";
  private static final String CLIENT_ID = "ipp-api-docs";
  private static final String REDIRECT_URI = GATEWAY + "/swagger-ui/oauth2-redirect.html";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Http gateway = Http.to(GATEWAY);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "applicant-service",
        "program-service",
        "review-service",
        "funding-service",
        "monitoring-service"
      })
  void everyServicesDocumentTellsEachOperationsSummaryRolesAndProblems(String service) {
    Http.Response response = gateway.get("/api-docs/" + service);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode document = response.json();
    assertThat(ApiDocumentationCheck.defects(document)).isEmpty();
    JsonNode flow = document.at("/components/securitySchemes/keycloak/flows/authorizationCode");
    assertThat(flow.at("/authorizationUrl").asString())
        .isEqualTo(Keycloak.ISSUER + "/protocol/openid-connect/auth");
    assertThat(flow.at("/tokenUrl").asString())
        .isEqualTo(Keycloak.ISSUER + "/protocol/openid-connect/token");
  }

  @Test
  void theGatewaysOwnOperationsNameTheirRoles() {
    JsonNode document = gateway.get("/v3/api-docs").json();
    JsonNode refusals = document.at("/paths/~1api~1audit~1gateway/get");
    assertThat(refusals.at("/summary").asString()).isNotBlank();
    assertThat(refusals.at("/x-roles").toString()).isEqualTo("[\"bureau-admin\"]");
    assertThat(refusals.at("/responses/403/content/application~1problem+json").isObject()).isTrue();
  }

  @Test
  void swaggerUiSignsInWithThePublicClientUsingPkce() throws Exception {
    JsonNode config = gateway.get("/v3/api-docs/swagger-config").json();
    assertThat(config.at("/oauth2RedirectUrl").asString()).isEqualTo(REDIRECT_URI);
    List<String> documents =
        config.at("/urls").valueStream().map(url -> url.get("url").asString()).toList();
    assertThat(documents)
        .contains(
            "/v3/api-docs",
            "/api-docs/applicant-service",
            "/api-docs/program-service",
            "/api-docs/review-service",
            "/api-docs/funding-service",
            "/api-docs/monitoring-service");
    HttpResponse<String> initializer = get(swaggerUiBase() + "swagger-initializer.js");
    assertThat(initializer.statusCode()).isEqualTo(200);
    assertThat(initializer.body())
        .containsPattern("\"clientId\"\\s*:\\s*\"" + CLIENT_ID + "\"")
        .containsPattern("\"usePkceWithAuthorizationCodeGrant\"\\s*:\\s*true");
    assertThat(get(REDIRECT_URI).statusCode())
        .as("the page Keycloak sends the browser back to")
        .isEqualTo(200);
  }

  @Test
  void aTokenFromTheAuthorizationCodeFlowWithPkceIsWhatTryItOutSends() throws Exception {
    String verifier = randomUrlSafe(48);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String state = randomUrlSafe(12);
    Map<String, String> authorize = new LinkedHashMap<>();
    authorize.put("client_id", CLIENT_ID);
    authorize.put("response_type", "code");
    authorize.put("redirect_uri", REDIRECT_URI);
    authorize.put("scope", "openid");
    authorize.put("state", state);
    authorize.put("code_challenge", challenge);
    authorize.put("code_challenge_method", "S256");
    Map<String, String> answer = signIn(browser, authorize);
    assertThat(answer.get("state")).isEqualTo(state);
    String code = answer.get("code");
    assertThat(code).isNotBlank();

    HttpResponse<String> wrongVerifier =
        tokenRequest(
            browser,
            Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                CLIENT_ID,
                "code",
                code,
                "redirect_uri",
                REDIRECT_URI,
                "code_verifier",
                randomUrlSafe(48)));
    assertThat(wrongVerifier.statusCode())
        .as("a code is only exchanged with its own PKCE verifier")
        .isEqualTo(400);

    // A fresh code for the real exchange: a code is spent once it has been tried.
    String secondCode = signIn(browser, authorize).get("code");
    HttpResponse<String> exchanged =
        tokenRequest(
            browser,
            Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                CLIENT_ID,
                "code",
                secondCode,
                "redirect_uri",
                REDIRECT_URI,
                "code_verifier",
                verifier));
    assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
    String token = JSON.readTree(exchanged.body()).get("access_token").asString();
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    assertThat(claims.get("aud").toString()).contains("ipp-api");
    assertThat(claims.get("azp").asString()).isEqualTo(CLIENT_ID);

    Http.Response called = gateway.bearer(token).get("/api/organisations");
    assertThat(called.status()).as(called.toString()).isEqualTo(200);
  }

  @Test
  void aRefusalForTheRoleNamesTheRoleNeeded() {
    Http applicant = gateway.bearer(Keycloak.userToken("applicant-a"));
    Http.Response refused = applicant.post("/api/monitoring/rounds", Map.of());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("requiredRoles").toString()).isEqualTo("[\"programme-officer\"]");
    assertThat(refused.json().get("reason").asString()).contains("programme-officer");
    Http.Response edge = applicant.get("/api/audit/gateway");
    assertThat(edge.status()).isEqualTo(403);
    assertThat(edge.json().get("requiredRoles").toString()).isEqualTo("[\"bureau-admin\"]");
  }

  /**
   * What a browser does after Swagger UI sends it to Keycloak: the login form, posted with the demo
   * officer's credentials (unless the browser is signed in already), and Keycloak's redirect back
   * to Swagger UI with the code; answers the redirect's query.
   */
  private static Map<String, String> signIn(HttpClient browser, Map<String, String> authorize)
      throws IOException, InterruptedException {
    HttpResponse<String> page =
        browser.send(
            withCookies(
                    HttpRequest.newBuilder(
                        URI.create(
                            Keycloak.ISSUER + "/protocol/openid-connect/auth?" + form(authorize))))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // The login page starts Keycloak's authentication session: its cookie goes with the form.
    keep(page);
    if (page.statusCode() != 302) {
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
      assertThat(action.find()).as("Keycloak's login form").isTrue();
      page =
          browser.send(
              withCookies(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&"))))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          form(Map.of("username", "officer", "password", "demo"))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      keep(page);
    }
    assertThat(page.statusCode()).as(page.body()).isEqualTo(302);
    URI back = URI.create(page.headers().firstValue("Location").orElseThrow());
    assertThat(back.toString()).startsWith(REDIRECT_URI);
    return query(back);
  }

  /**
   * The browser's cookies for Keycloak. Kept by hand: Keycloak marks its session cookies Secure
   * (SameSite=None), which java.net's cookie manager never sends over plain http, as a browser does
   * for localhost.
   */
  private static final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

  private static void keep(HttpResponse<String> response) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals > 0) {
        cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
      }
    }
  }

  private static HttpRequest.Builder withCookies(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .filter(cookie -> !cookie.getValue().isEmpty())
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private static String swaggerUiBase() throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create(GATEWAY + "/swagger-ui.html")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    String url = page.uri().toString();
    return url.substring(0, url.lastIndexOf('/') + 1);
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> tokenRequest(HttpClient client, Map<String, String> fields)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(Keycloak.ISSUER + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", GATEWAY)
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> query(URI uri) {
    String query = uri.getRawQuery();
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      values.put(
          URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  private static String randomUrlSafe(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
