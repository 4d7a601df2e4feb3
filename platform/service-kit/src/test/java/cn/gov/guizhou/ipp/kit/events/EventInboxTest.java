package cn.gov.guizhou.ipp.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message whose payload breaks its published schema can never be applied: it is a poison message
 * (set aside at once), and its effect never runs.
 */
class EventInboxTest {

  private final JdbcClient jdbc = mock(JdbcClient.class);
  private final TransactionTemplate transactions = mock(TransactionTemplate.class);
  private final EventInbox inbox =
      new EventInbox(jdbc, transactions, EventJson.mapper(), new EventSchemas());

  private static ConsumerRecord<String, byte[]> record(String body) {
    ConsumerRecord<String, byte[]> record =
        new ConsumerRecord<>(
            "ipp.funding.payments", 0, 42L, "grant", body.getBytes(StandardCharsets.UTF_8));
    record
        .headers()
        .add(
            CloudEventHeaders.TYPE,
            EventCatalogue.FUNDS_DISBURSED.type().getBytes(StandardCharsets.UTF_8));
    record.headers().add(CloudEventHeaders.ID, "8d0c7f7e-0000-4000-8000-000000000001".getBytes());
    return record;
  }

  @Test
  void aPayloadViolatingItsSchemaIsAPoisonMessageNamingThePath() {
    String body =
        EventSchemasTest.withNumber(
            EventSchemasTest.example(EventCatalogue.FUNDS_DISBURSED), "amount", "1e400");
    List<FundsDisbursedV1> applied = new ArrayList<>();

    assertThatThrownBy(
            () -> inbox.handle(record(body), EventCatalogue.FUNDS_DISBURSED, applied::add))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("/amount")
        .cause()
        .isInstanceOfSatisfying(
            EventContractViolation.class,
            violation -> assertThat(violation.paths()).containsExactly("/amount"));
    assertThat(applied).isEmpty();
    verifyNoInteractions(transactions, jdbc);
  }
}
