package cn.gov.guizhou.ipp.applicant.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.applicant.ApplicantServiceApplication;
import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A crash between a registration and its credit check: the service is stopped after registrations
 * committed and before their checks ran (its worker is off, as if it died right after the commit).
 * Started again on the same database — as two replicas at once — it runs each check exactly once,
 * without anyone asking.
 */
class RegistrationCreditCheckAfterCrashIntegrationTest {

  private static final int REGISTRATIONS = 12;

  private static final WireMockServer registry = startRegistry();

  private final TestInfrastructure.Database database =
      TestInfrastructure.get().newDatabaseWithSeparateRoles("applicant_service");

  private final List<ConfigurableApplicationContext> running = new ArrayList<>();

  private static WireMockServer startRegistry() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  @AfterEach
  void stopServices() {
    running.forEach(ConfigurableApplicationContext::close);
  }

  @AfterAll
  static void stopRegistry() {
    registry.stop();
  }

  @Test
  void checksRecordedBeforeACrashRunExactlyOnceAfterTheRestart() throws Exception {
    ConfigurableApplicationContext beforeCrash = start(false);
    Http applicant =
        Http.to("http://127.0.0.1:" + portOf(beforeCrash))
            .bearer(TestTokenIssuer.get().tokenFor("applicant-crash", "applicant"));
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < REGISTRATIONS; i++) {
      String code = UsccGenerator.next();
      registry.stubFor(
          get(urlEqualTo("/api/credit-records/" + code))
              .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));
      Http.Response registered =
          applicant.post("/api/organisations", Registrations.enterprise(code));
      assertThat(registered.status()).isEqualTo(201);
      codes.add(code);
    }
    // Each registration committed with its job; none has run.
    assertThat(count("select count(*) from follow_up_job where done_at is null and attempts = 0"))
        .isEqualTo(REGISTRATIONS);
    assertThat(count("select count(*) from credit_check")).isZero();

    beforeCrash.close();
    running.remove(beforeCrash);

    // Two replicas come up on the same database at once and share the due jobs. Logging is
    // already set up in this JVM: two applications setting it up again at the same time would
    // race on the one logging system they share, which two real replicas never do.
    System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    try {
      CompletableFuture<ConfigurableApplicationContext> first =
          CompletableFuture.supplyAsync(() -> start(true));
      CompletableFuture<ConfigurableApplicationContext> second =
          CompletableFuture.supplyAsync(() -> start(true));
      first.get();
      second.get();
    } finally {
      System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> count("select count(*) from follow_up_job where done_at is null") == 0);
    // A few more rounds of both workers: nothing runs again.
    Thread.sleep(1_500);

    assertThat(count("select count(*) from credit_check")).isEqualTo(REGISTRATIONS);
    assertThat(count("select count(*) from credit_check where outcome = 'CLEAR'"))
        .isEqualTo(REGISTRATIONS);
    assertThat(count("select count(distinct organisation_id) from credit_check"))
        .isEqualTo(REGISTRATIONS);
    assertThat(count("select count(*) from follow_up_job where attempts = 1 and outcome = 'CLEAR'"))
        .isEqualTo(REGISTRATIONS);
    assertThat(
            count(
                "select count(*) from event_outbox where event_type = '"
                    + EventTypes.CREDIT_CHECK_COMPLETED_V1
                    + "'"))
        .isEqualTo(REGISTRATIONS);
    for (String code : codes) {
      registry.verify(1, getRequestedFor(urlEqualTo("/api/credit-records/" + code)));
    }
    // On behalf of the registrant, as before the crash.
    assertThat(
            count(
                "select count(*) from audit_record where action = 'credit-check.clear' and subject = '"
                    + TestTokenIssuer.subjectOf("applicant-crash")
                    + "'"))
        .isEqualTo(REGISTRATIONS);
  }

  private ConfigurableApplicationContext start(boolean worker) {
    TestTokenIssuer tokens = TestTokenIssuer.get();
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ApplicantServiceApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.flyway.user=" + database.owner(),
                "--spring.flyway.password=" + database.password(),
                "--spring.kafka.bootstrap-servers="
                    + TestInfrastructure.get().kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + tokens.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + tokens.jwkSetUri(),
                "--ipp.credit.credit-china.base-url=" + registry.baseUrl(),
                "--ipp.outbox.relay-interval=100ms",
                "--ipp.follow-up.poll-interval=100ms",
                "--ipp.follow-up.batch-size=2",
                "--ipp.follow-up.worker-enabled=" + worker,
                "--server.shutdown=immediate",
                "--spring.lifecycle.timeout-per-shutdown-phase=5s");
    synchronized (running) {
      running.add(context);
    }
    return context;
  }

  private static int portOf(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private long count(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                database.jdbcUrl(), database.username(), database.password());
        PreparedStatement statement = c.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
