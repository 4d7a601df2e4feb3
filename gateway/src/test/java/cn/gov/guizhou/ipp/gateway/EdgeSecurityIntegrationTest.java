package cn.gov.guizhou.ipp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The gateway in front of a recording stand-in for the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class EdgeSecurityIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final List<String> forwarded = new CopyOnWriteArrayList<>();
  private static final List<String> traceparents = new CopyOnWriteArrayList<>();
  private static final HttpServer backend = startBackend();

  @Value("${local.server.port}")
  int port;

  Http edge;

  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    String url = "http://127.0.0.1:" + backend.getAddress().getPort();
    for (String service : List.of("APPLICANT", "PROGRAM", "REVIEW", "FUNDING", "MONITORING")) {
      registry.add("IPP_" + service + "_SERVICE_URL", () -> url);
    }
    registry.add("IPP_PORTAL_URL", () -> url);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens::issuer);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens::jwkSetUri);
  }

  private static HttpServer startBackend() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/",
          exchange -> {
            forwarded.add(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI()
                    + " auth="
                    + (exchange.getRequestHeaders().getFirst("Authorization") != null));
            traceparents.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopBackend() {
    backend.stop(0);
  }

  @BeforeEach
  void client() {
    edge = Http.to("http://127.0.0.1:" + port);
    forwarded.clear();
    traceparents.clear();
  }

  @Test
  void theGatewayStartsOrContinuesTheTraceAndPassesItOn() {
    Http officer = edge.bearer(tokens.tokenFor("officer", "programme-officer"));
    officer.get("/api/organisations");
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    officer
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
        .get("/api/organisations");

    assertThat(traceparents).hasSize(2);
    assertThat(traceparents.get(0)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    assertThat(traceparents.get(1)).startsWith("00-" + traceId + "-");
  }

  @Test
  void swaggerUiSignsInWithThePublicApiDocsClientUsingPkce() {
    Http.Response config = edge.get("/v3/api-docs/swagger-config");
    assertThat(config.status()).as(config.toString()).isEqualTo(200);
    assertThat(config.json().get("oauth2RedirectUrl").asString())
        .isEqualTo("http://127.0.0.1:" + port + "/swagger-ui/oauth2-redirect.html");
    assertThat(config.json().get("urls").toString())
        .contains("/v3/api-docs", "/api-docs/applicant-service", "/api-docs/monitoring-service");
    Http.Response initializer = edge.get("/swagger-ui/swagger-initializer.js");
    assertThat(initializer.status()).isEqualTo(200);
    assertThat(initializer.body())
        .containsPattern("\"clientId\"\\s*:\\s*\"ipp-api-docs\"")
        .containsPattern("\"usePkceWithAuthorizationCodeGrant\"\\s*:\\s*true");
    assertThat(edge.get("/swagger-ui/oauth2-redirect.html").status()).isEqualTo(200);
  }

  @Test
  void theEdgesOwnOperationsAreDocumentedWithTheirRolesAndItsRefusalNamesTheRole() {
    JsonNode operation = edge.get("/v3/api-docs").json().at("/paths/~1api~1audit~1gateway/get");
    assertThat(operation.at("/summary").asString()).isNotBlank();
    assertThat(operation.at("/x-roles").toString()).isEqualTo("[\"bureau-admin\"]");
    assertThat(operation.at("/responses/403/content/application~1problem+json").isObject())
        .isTrue();
    Http.Response refused =
        edge.bearer(tokens.tokenFor("officer", "programme-officer")).get("/api/audit/gateway");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("requiredRoles").toString()).isEqualTo("[\"bureau-admin\"]");
    assertThat(refused.json().get("reason").asString()).contains("bureau-admin");
  }

  @Test
  void aValidTokenIsForwardedWithTheRequest() {
    Http.Response response =
        edge.bearer(tokens.tokenFor("officer", "programme-officer")).get("/api/organisations");

    assertThat(response.status()).isEqualTo(200);
    assertThat(forwarded).containsExactly("GET /api/organisations auth=true");
  }

  @Test
  void everyAreaIsRoutedToItsService() {
    Http officer = edge.bearer(tokens.tokenFor("officer", "programme-officer"));
    for (String path :
        List.of(
            "/api/organisations/1",
            "/api/applications",
            "/api/review/organisations/x",
            "/api/funding/grants",
            "/api/monitoring/projects")) {
      assertThat(officer.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(forwarded).hasSize(5);
  }

  @Test
  void theCatalogueIsOpenToAnyone() {
    assertThat(edge.get("/api/programmes?year=2027").status()).isEqualTo(200);
    assertThat(forwarded).containsExactly("GET /api/programmes?year=2027 auth=false");
  }

  @Test
  void badTokensNeverReachAService() {
    assertThat(edge.get("/api/organisations").status()).as("no token").isEqualTo(401);
    assertThat(
            edge.bearer(
                    tokens.token().user("officer").expiresAt(Instant.now().minusSeconds(60)).sign())
                .get("/api/organisations")
                .status())
        .as("expired")
        .isEqualTo(401);
    assertThat(
            edge.bearer(tokens.token().user("officer").issuer("http://evil.example/realm").sign())
                .get("/api/organisations")
                .status())
        .as("other issuer")
        .isEqualTo(401);
    assertThat(
            edge.bearer(tokens.token().user("officer").audience().sign())
                .get("/api/organisations")
                .status())
        .as("no audience")
        .isEqualTo(401);
    assertThat(
            edge.bearer(tokens.token().user("officer").signedWithForeignKey().sign())
                .get("/api/organisations")
                .status())
        .as("foreign key")
        .isEqualTo(401);
    assertThat(edge.post("/api/programmes", "{}").status())
        .as("writing the catalogue")
        .isEqualTo(401);
    assertThat(forwarded).isEmpty();
  }

  @Test
  void refusalsAreProblemDetailsAndAudited() {
    String traceId = "0af7651916cd43dd8448eb211c80319c";
    Http.Response refused =
        edge.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
            .header("Accept-Language", "en")
            .get("/api/organisations/audited");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(refused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/unauthenticated");
    assertThat(refused.json().get("title").asString()).isEqualTo("Missing or invalid token");

    Http officer = edge.bearer(tokens.tokenFor("officer", "programme-officer"));
    assertThat(officer.get("/api/audit/gateway").status()).isEqualTo(403);

    Http.Response trail =
        edge.bearer(tokens.tokenFor("admin", "bureau-admin")).get("/api/audit/gateway?path=/api/");
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    JsonNode unauthenticated = null;
    for (JsonNode refusal : trail.json()) {
      if ("/api/organisations/audited".equals(refusal.get("path").asString())) {
        unauthenticated = refusal;
      }
    }
    assertThat(unauthenticated).isNotNull();
    assertThat(unauthenticated.get("outcome").asString()).isEqualTo("UNAUTHENTICATED");
    assertThat(unauthenticated.get("correlationId").asString()).isEqualTo(traceId);
    assertThat(trail.json().findValuesAsString("outcome")).contains("FORBIDDEN");
    assertThat(trail.json().findValuesAsString("subject"))
        .contains(TestTokenIssuer.subjectOf("officer"));
    assertThatThrownBy(() -> jdbc.sql("delete from edge_refusal").update())
        .hasMessageContaining("append-only");

    Http admin = edge.bearer(tokens.tokenFor("admin", "bureau-admin"));
    Http.Response noRows = admin.get("/api/audit/gateway?limit=0");
    assertThat(noRows.status()).as(noRows.toString()).isEqualTo(422);
    assertThat(noRows.header("Content-Type")).startsWith("application/problem+json");
    assertThat(noRows.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    Http.Response notANumber = admin.get("/api/audit/gateway?limit=many");
    assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
    assertThat(notANumber.header("Content-Type")).startsWith("application/problem+json");
    assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
  }

  @Test
  void pathsOutsideTheApiGoToTheWebPortal() {
    assertThat(edge.get("/programmes/HVP?year=2027").status()).isEqualTo(200);
    assertThat(edge.get("/").status()).isEqualTo(200);
    assertThat(forwarded)
        .containsExactly("GET /programmes/HVP?year=2027 auth=false", "GET / auth=false");
  }

  @Test
  void theEdgesOwnPathsAreNotThePortals() {
    Http officer = edge.bearer(tokens.tokenFor("officer", "programme-officer"));
    assertThat(officer.get("/actuator/env").status()).isEqualTo(403);
    assertThat(edge.get("/actuator/health/readiness").status()).isEqualTo(200);
    assertThat(officer.get("/api/nowhere/at-all").status()).isEqualTo(404);
    assertThat(forwarded).isEmpty();
  }
}
