package cn.gov.guizhou.ipp.applicant.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TcpForwarder;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * An event recorded while Kafka cannot be reached stays in the outbox, is retried in the
 * background, and is delivered once the broker is reachable again — without a restart of the
 * service. The service's bootstrap address is a port where nothing listens at first; the test then
 * opens it, forwarding to the real broker.
 */
@IntegrationTest
@TestPropertySource(
    properties = "ipp.test.kafka-bootstrap-servers=127.0.0.1:${ipp.test.late-broker-port}")
class OutboxDeliveryIntegrationTest {

  private static final String REGISTERED =
      " and event_type = 'cn.gov.guizhou.ipp.organisation.registered.v1'";
  private static final int PORT = TcpForwarder.freePort();
  private static TcpForwarder kafkaComesBack;

  static {
    System.setProperty("ipp.test.late-broker-port", String.valueOf(PORT));
  }

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  @AfterAll
  static void stopForwarding() {
    if (kafkaComesBack != null) {
      kafkaComesBack.close();
    }
  }

  @Test
  void anEventRecordedWhileKafkaIsDownIsDeliveredWhenItReturns() {
    Http applicant =
        Http.to("http://127.0.0.1:" + port)
            .bearer(TestTokenIssuer.get().tokenFor("applicant-a", "applicant"));

    Http.Response registered =
        applicant.post("/api/organisations", Registrations.enterprise(UsccGenerator.next()));
    assertThat(registered.status()).as("the change does not wait for Kafka").isEqualTo(201);
    String id = registered.json().get("id").asString();

    await().atMost(Duration.ofSeconds(30)).until(() -> attempts(id) >= 1 && !published(id));
    assertThat(lastError(id)).isNotBlank();

    int attemptsWhileDown = attempts(id);
    kafkaComesBack = TcpForwarder.start(PORT, TestInfrastructure.get().kafkaBootstrapServers());

    await().atMost(Duration.ofSeconds(60)).until(() -> published(id));
    assertThat(
            TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICANT_ORGANISATIONS,
                r -> id.equals(r.key()),
                Duration.ofSeconds(20)))
        .isPresent();
    assertThat(attempts(id)).isGreaterThan(attemptsWhileDown);
  }

  private int attempts(String id) {
    return jdbc.sql("select attempts from event_outbox where message_key = :id" + REGISTERED)
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private boolean published(String id) {
    return jdbc.sql(
            "select published_at is not null from event_outbox where message_key = :id"
                + REGISTERED)
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  private String lastError(String id) {
    return jdbc.sql("select last_error from event_outbox where message_key = :id" + REGISTERED)
        .param("id", id)
        .query(String.class)
        .single();
  }
}
