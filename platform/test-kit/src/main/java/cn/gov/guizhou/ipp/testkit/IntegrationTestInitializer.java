package cn.gov.guizhou.ipp.testkit;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service under test at the shared test infrastructure: a fresh database of its own, the
 * broker, and the test token issuer.
 */
public class IntegrationTestInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Bootstrap servers of a broker the test manages itself, instead of the shared one. */
  public static final String OWN_KAFKA_PROPERTY = "ipp.test.kafka-bootstrap-servers";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestInfrastructure infrastructure = TestInfrastructure.get();
    String application = context.getEnvironment().getProperty("spring.application.name", "test");
    TestInfrastructure.Database database =
        infrastructure.newDatabase(application.replace('-', '_'));
    TestTokenIssuer tokens = TestTokenIssuer.get();
    // A test that brings up its own broker (for example to start it late) names it here.
    String kafka =
        context
            .getEnvironment()
            .getProperty(OWN_KAFKA_PROPERTY, infrastructure.kafkaBootstrapServers());
    TestPropertyValues.of(
            "spring.datasource.url=" + database.jdbcUrl(),
            "spring.datasource.username=" + database.username(),
            "spring.datasource.password=" + database.password(),
            "spring.kafka.bootstrap-servers=" + kafka,
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + tokens.issuer(),
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + tokens.jwkSetUri(),
            "ipp.outbox.relay-interval=100ms",
            // A test JVM closes every cached context at exit: no graceful drain to wait for.
            "server.shutdown=immediate",
            "spring.lifecycle.timeout-per-shutdown-phase=5s")
        .applyTo(context.getEnvironment());
  }
}
