package cn.gov.guizhou.ipp.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service under test at the shared test infrastructure: a fresh database of its own, the
 * broker, and the test token issuer.
 */
public class IntegrationTestInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:]+):(\\d+)/");

  /**
   * The service's database laid out as deployed: an owner role runs the migrations, the service
   * runs as a role that owns nothing.
   */
  public static final String SEPARATE_DATABASE_ROLES_PROPERTY = "ipp.test.database-roles-separate";

  /** Where the keys are published, for a test that wants them elsewhere (or unreachable). */
  public static final String OWN_JWK_SET_PROPERTY = "ipp.test.jwk-set-uri";

  /** Bootstrap servers of a broker the test manages itself, instead of the shared one. */
  public static final String OWN_KAFKA_PROPERTY = "ipp.test.kafka-bootstrap-servers";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestInfrastructure infrastructure = TestInfrastructure.get();
    String application = context.getEnvironment().getProperty("spring.application.name", "test");
    boolean separateRoles =
        context
            .getEnvironment()
            .getProperty(SEPARATE_DATABASE_ROLES_PROPERTY, Boolean.class, false);
    TestInfrastructure.Database database =
        separateRoles
            ? infrastructure.newDatabaseWithSeparateRoles(application.replace('-', '_'))
            : infrastructure.newDatabase(application.replace('-', '_'));
    TestTokenIssuer tokens = TestTokenIssuer.get();
    // A test that brings up its own broker (for example to start it late) names it here.
    String kafka =
        context
            .getEnvironment()
            .getProperty(OWN_KAFKA_PROPERTY, infrastructure.kafkaBootstrapServers());
    String jdbcUrl = database.jdbcUrl();
    if (context.getEnvironment().getProperty(DatabaseOutage.PROPERTY, Boolean.class, false)) {
      Matcher hostAndPort = HOST_AND_PORT.matcher(jdbcUrl);
      if (!hostAndPort.find()) {
        throw new IllegalStateException("cannot place a proxy in front of " + jdbcUrl);
      }
      DatabaseOutage outage = new DatabaseOutage(hostAndPort.group(1) + ":" + hostAndPort.group(2));
      jdbcUrl = hostAndPort.replaceFirst("//127.0.0.1:" + outage.port() + "/");
      context.getBeanFactory().registerSingleton("databaseOutage", outage);
    }
    TestPropertyValues.of(
            "spring.datasource.url=" + jdbcUrl,
            "spring.datasource.username=" + database.username(),
            "spring.datasource.password=" + database.password(),
            "spring.flyway.user=" + database.owner(),
            "spring.flyway.password=" + database.password(),
            "spring.kafka.bootstrap-servers=" + kafka,
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + tokens.issuer(),
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri="
                + context.getEnvironment().getProperty(OWN_JWK_SET_PROPERTY, tokens.jwkSetUri()),
            "ipp.outbox.relay-interval=100ms",
            // A test JVM closes every cached context at exit: no graceful drain to wait for.
            "server.shutdown=immediate",
            "spring.lifecycle.timeout-per-shutdown-phase=5s")
        .applyTo(context.getEnvironment());
  }
}
