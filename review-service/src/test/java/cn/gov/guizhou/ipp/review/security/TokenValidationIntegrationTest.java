package cn.gov.guizhou.ipp.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The service's own token checks: the stated clock tolerance of five seconds. */
@IntegrationTest
class TokenValidationIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Test
  void aTokenExpiredLongerAgoThanTheFiveSecondToleranceIsRefused() {
    Http api = Http.to("http://127.0.0.1:" + port);
    String expired =
        tokens
            .token()
            .user("officer")
            .roles("programme-officer")
            .expiresAt(Instant.now().minusSeconds(20))
            .sign();
    Http.Response refused = api.bearer(expired).get("/api/review/experts");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(refused.json().get("reason").asString()).contains("expired");

    String withinTolerance =
        tokens
            .token()
            .user("officer")
            .roles("programme-officer")
            .expiresAt(Instant.now().plusSeconds(60))
            .sign();
    assertThat(api.bearer(withinTolerance).get("/api/review/experts").status()).isEqualTo(200);
  }
}
