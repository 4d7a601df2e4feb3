package cn.gov.guizhou.ipp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import cn.gov.guizhou.ipp.testkit.TcpForwarder;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The edge in front of services that are down, slow or fine: a service that is down is a fast 503
 * problem with Retry-After, one too slow a 504, an unknown path a 404 problem, and a service whose
 * breaker is open is not bothered at all.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "IPP_GATEWAY_RESPONSE_TIMEOUT=1s",
      "IPP_GATEWAY_BREAKER_OPEN=60s",
    })
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class EdgeResilienceIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final int DOWN = TcpForwarder.freePort();
  private static final AtomicInteger slowCalls = new AtomicInteger();
  private static final HttpServer slow = backend(3_000, slowCalls);
  private static final HttpServer fine = backend(0, new AtomicInteger());

  @Value("${local.server.port}")
  int port;

  Http officer;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("IPP_APPLICANT_SERVICE_URL", () -> "http://127.0.0.1:" + DOWN);
    registry.add("IPP_REVIEW_SERVICE_URL", () -> "http://127.0.0.1:" + slow.getAddress().getPort());
    registry.add(
        "IPP_PROGRAM_SERVICE_URL", () -> "http://127.0.0.1:" + fine.getAddress().getPort());
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens::issuer);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens::jwkSetUri);
  }

  private static HttpServer backend(long delayMillis, AtomicInteger calls) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
      server.createContext(
          "/",
          exchange -> {
            calls.incrementAndGet();
            try {
              Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            } catch (IOException e) {
              // the edge gave up waiting
            }
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stop() {
    slow.stop(0);
    fine.stop(0);
  }

  @BeforeEach
  void clients() {
    officer =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  @Test
  void aServiceThatIsDownIsAFast503ProblemInTheCallersLanguage() {
    for (int i = 0; i < 8; i++) {
      Http.Response down = officer.get("/api/organisations");
      assertThat(down.status()).as(down.toString()).isEqualTo(503);
      assertThat(down.header("Content-Type")).startsWith("application/problem+json");
      assertThat(down.header("Retry-After")).isEqualTo("5");
      assertThat(down.json().get("type").asString()).endsWith("/dependency-unavailable");
      assertThat(down.json().get("title").asString()).isEqualTo("平台服务暂不可用");
    }
    Http.Response english =
        officer.header("Accept-Language", "en").post("/api/applications", java.util.Map.of());
    assertThat(english.status()).isEqualTo(503);
    assertThat(english.json().get("title").asString())
        .isEqualTo("A platform service is unavailable");
  }

  @Test
  void aServiceTooSlowIsA504AndItsOpenBreakerSparesIt() {
    for (int i = 0; i < 5; i++) {
      Http.Response late = officer.get("/api/review/applications");
      assertThat(late.status()).as(late.toString()).isIn(503, 504);
      assertThat(late.header("Retry-After")).isEqualTo("5");
    }
    int reached = slowCalls.get();
    Http.Response refused = officer.get("/api/review/applications");
    assertThat(refused.status()).as("the breaker is open").isEqualTo(503);
    assertThat(refused.json().get("type").asString()).endsWith("/dependency-unavailable");
    assertThat(slowCalls.get()).as("an open breaker does not call the service").isEqualTo(reached);

    Http.Response other = officer.get("/api/calls/2027");
    assertThat(other.status()).as("other services are not affected").isEqualTo(200);
  }

  @Test
  void aPathNoRouteServesIsA404Problem() {
    Http.Response unknown = officer.get("/api/nowhere/at-all");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unknown.json().get("type").asString()).endsWith("/not-found");
  }
}
