package cn.gov.guizhou.ipp.applicant.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.testkit.DatabaseOutage;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The service's own database away: every request, a read or a command with an Idempotency-Key, is
 * answered at once with a 503 problem and {@code Retry-After}, never a 500; nothing is half
 * written, and the same command with the same key takes effect once when the database is back.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      DatabaseOutage.PROPERTY + "=true",
      // A group of its own: this context's database is not the other tests', so it must not take
      // their partitions or move their offsets.
      "spring.kafka.consumer.group-id=applicant-service-database-outage"
    })
@DirtiesContext
class DatabaseOutageIntegrationTest {

  private static final String UNAVAILABLE =
      "https://ipp.guizhou.gov.cn/problems/dependency-unavailable";
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired DatabaseOutage outage;
  @Autowired JdbcClient jdbc;

  Http applicantA;

  @BeforeEach
  void clients() {
    applicantA =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("applicant-a", "applicant"));
  }

  @AfterEach
  void databaseBack() {
    outage.end();
  }

  @Test
  void aReadWhileTheDatabaseIsAwayIsA503WithRetryAfter() {
    outage.begin();

    Http.Response answer = applicantA.get("/api/organisations");

    assertUnavailable(answer);
  }

  @Test
  void aCommandWithAnIdempotencyKeyWhileTheDatabaseIsAwayIsA503AndTakesEffectOnceWhenItIsBack() {
    String code = UsccGenerator.next();
    Http keyed = applicantA.header("Idempotency-Key", UUID.randomUUID().toString());
    outage.begin();

    Http.Response refused = keyed.post("/api/organisations", Registrations.enterprise(code));

    assertUnavailable(refused);
    outage.end();
    // As a client does: again after Retry-After, with the same key, until the service answers
    // (connections the outage cut may still fail once each).
    Http.Response[] registered = new Http.Response[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              registered[0] = keyed.post("/api/organisations", Registrations.enterprise(code));
              if (registered[0].status() == 503) {
                assertUnavailable(registered[0]);
                return false;
              }
              return true;
            });
    assertThat(registered[0].status()).as(registered[0].toString()).isEqualTo(201);
    Http.Response again = keyed.post("/api/organisations", Registrations.enterprise(code));
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(
            jdbc.sql("select count(*) from organisation where credit_code = :code")
                .param("code", code)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private static void assertUnavailable(Http.Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.header("Retry-After")).isEqualTo("5");
    assertThat(answer.json().get("type").asString()).isEqualTo(UNAVAILABLE);
  }
}
