package cn.gov.guizhou.ipp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The identity provider's keys cannot be fetched (nothing listens on the discard port): a token the
 * edge cannot verify is a 401 problem, not a server error.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = IntegrationTestInitializer.OWN_JWK_SET_PROPERTY + "=http://127.0.0.1:9/certs")
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class EdgeKeysUnreachableIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Test
  void aTokenTheEdgeCannotVerifyIs401() {
    Http.Response refused =
        Http.to("http://127.0.0.1:" + port)
            .bearer(tokens.tokenFor("officer", "programme-officer"))
            .get("/api/organisations");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }
}
