package cn.gov.guizhou.ipp.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The identity provider's keys cannot be fetched: a token whose key the service does not know is an
 * invalid token (401 problem), not a server error.
 */
@IntegrationTest
@DirtiesContext
// Nothing listens on the discard port: the keys cannot be fetched.
@TestPropertySource(properties = "ipp.test.jwk-set-uri=http://127.0.0.1:9/certs")
class IdentityProviderUnreachableIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Test
  void aTokenWithAnUnknownKeyWhileTheKeysCannotBeFetchedIs401() {
    Http.Response refused =
        Http.to("http://127.0.0.1:" + port)
            .bearer(tokens.tokenFor("officer", "programme-officer"))
            .get("/api/review/experts");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("type").asString()).endsWith("/unauthenticated");
  }
}
