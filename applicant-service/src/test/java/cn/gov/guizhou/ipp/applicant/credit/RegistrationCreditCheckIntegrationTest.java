package cn.gov.guizhou.ipp.applicant.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every registration is followed by a credit check, in the background, kept and audited; a registry
 * that cannot be asked leaves it pending and it is retried until the registry answers. The database
 * is laid out as deployed (an owner role runs the migrations), so the worker shows the runtime role
 * may use the follow-up table.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "ipp.test.database-roles-separate=true",
      "ipp.follow-up.poll-interval=200ms",
      "ipp.follow-up.backoff.first=1s",
      "ipp.follow-up.backoff.max=2s"
    })
class RegistrationCreditCheckIntegrationTest {

  private static final WireMockServer registry = startRegistry();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  @Autowired MeterRegistry meters;

  @Autowired CircuitBreakerRegistry breakers;

  private static WireMockServer startRegistry() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  @DynamicPropertySource
  static void registries(DynamicPropertyRegistry properties) {
    properties.add("ipp.credit.credit-china.base-url", registry::baseUrl);
  }

  @AfterAll
  static void stop() {
    registry.stop();
  }

  @Test
  void aRegistrationIsFollowedByACreditCheckOnBehalfOfTheRegistrant() {
    String code = UsccGenerator.next();
    registry.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));
    Http applicant =
        Http.to("http://127.0.0.1:" + port)
            .bearer(TestTokenIssuer.get().tokenFor("applicant-a", "applicant"));

    String id =
        applicant
            .post("/api/organisations", Registrations.enterprise(code))
            .json()
            .get("id")
            .asString();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from credit_check where organisation_id = cast(:id as uuid)")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(
            applicant
                .get("/api/organisations/" + id + "/credit-checks")
                .json()
                .get(0)
                .get("outcome")
                .asString())
        .isEqualTo("CLEAR");
    assertThat(
            jdbc.sql(
                    "select subject from audit_record where object_id = :id and action = 'credit-check.clear'")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(TestTokenIssuer.subjectOf("applicant-a"));
  }

  @Test
  void aCheckTheRegistryCouldNotAnswerAtRegistrationIsPendingAndCompletesWhenItIsBack() {
    String code = UsccGenerator.next();
    String records = "/api/credit-records/" + code;
    registry.stubFor(get(urlEqualTo(records)).willReturn(serverError()));
    Http applicant =
        Http.to("http://127.0.0.1:" + port)
            .bearer(TestTokenIssuer.get().tokenFor("applicant-b", "applicant"));

    String id =
        applicant
            .post("/api/organisations", Registrations.enterprise(code))
            .json()
            .get("id")
            .asString();

    // The registry fails: the check is kept UNAVAILABLE (as every check is), and the job stays
    // pending with its attempts and last error.
    await().atMost(Duration.ofSeconds(20)).until(() -> job(id).get("last_error") != null);
    Map<String, Object> pending = job(id);
    assertThat(pending.get("done_at")).isNull();
    assertThat((Integer) pending.get("attempts")).isPositive();
    assertThat((String) pending.get("last_error")).contains("REGISTRY_ERROR");
    assertThat(outcomes(id)).containsExactly("UNAVAILABLE");
    assertThat(meters.get("ipp.follow-up.jobs.failing").gauge().value()).isGreaterThanOrEqualTo(1);
    assertThat(meters.get("ipp.follow-up.jobs.pending").gauge().value()).isGreaterThanOrEqualTo(1);
    // The background retries count on a breaker of their own, not on the one people's checks use.
    assertThat(
            breakers.circuitBreaker("credit-china-follow-up").getMetrics().getNumberOfFailedCalls())
        .isPositive();
    assertThat(breakers.circuitBreaker("credit-china").getMetrics().getNumberOfFailedCalls())
        .isZero();

    // The registry is back: the check completes on its own, nobody asks again.
    registry.stubFor(
        get(urlEqualTo(records))
            .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));

    // Up to the breaker's 30 s, should the failed attempts have opened it.
    await().atMost(Duration.ofSeconds(60)).until(() -> job(id).get("done_at") != null);
    Map<String, Object> done = job(id);
    assertThat(done.get("outcome")).isEqualTo("CLEAR");
    assertThat(done.get("last_error")).isNull();
    // The retries that failed kept no check of their own: the first attempt's and the answer.
    assertThat(outcomes(id)).containsExactly("CLEAR", "UNAVAILABLE");
    assertThat(
            applicant
                .get("/api/organisations/" + id + "/credit-checks")
                .json()
                .get(0)
                .get("outcome")
                .asString())
        .isEqualTo("CLEAR");
    assertThat(
            jdbc.sql(
                    "select subject from audit_record where object_id = :id and action = 'credit-check.clear'")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(TestTokenIssuer.subjectOf("applicant-b"));
  }

  private Map<String, Object> job(String organisationId) {
    return jdbc.sql(
            """
            select attempts, last_error, done_at, outcome from follow_up_job
            where subject_id = cast(:id as uuid) and kind = 'credit-check.registration'
            """)
        .param("id", organisationId)
        .query()
        .singleRow();
  }

  private List<String> outcomes(String organisationId) {
    return jdbc.sql(
            """
            select outcome from credit_check where organisation_id = cast(:id as uuid)
            order by checked_at desc
            """)
        .param("id", organisationId)
        .query(String.class)
        .list();
  }
}
