package cn.gov.guizhou.ipp.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/** The outbox writes a payload only once it is valid against its published schema. */
class OutboxEventPublisherTest {

  private final JdbcClient jdbc = mock(JdbcClient.class);
  private final JdbcClient.StatementSpec statement =
      mock(JdbcClient.StatementSpec.class, RETURNS_SELF);
  private final OutboxEventPublisher outbox =
      new OutboxEventPublisher(
          jdbc,
          EventJson.mapper(),
          "/ipp/test",
          Clock.fixed(Instant.parse("2027-05-01T02:00:00Z"), ZoneOffset.UTC),
          () -> null,
          new EventSchemas());

  /** The published schema's example payment, with the amounts given. */
  private static FundsDisbursedV1 payment(String amount, String offset, String cash) {
    ObjectNode payload = EventSchemasTest.example(EventCatalogue.FUNDS_DISBURSED);
    payload.put("amount", new BigDecimal(amount));
    payload.put("offsetAmount", new BigDecimal(offset));
    payload.put("cashAmount", new BigDecimal(cash));
    return EventJson.mapper().treeToValue(payload, FundsDisbursedV1.class);
  }

  @Test
  void aValidPayloadIsWrittenToTheOutbox() {
    when(jdbc.sql(anyString())).thenReturn(statement);
    when(statement.update()).thenReturn(1);

    outbox.publish(payment("999999999999.99", "0.00", "999999999999.99"));

    verify(statement).param("type", EventCatalogue.FUNDS_DISBURSED.type());
    verify(statement)
        .param(eq("payload"), org.mockito.ArgumentMatchers.contains("999999999999.99"));
    verify(statement).update();
  }

  @Test
  void anInvalidPayloadIsRefusedNamingItsPathsAndNothingIsWritten() {
    FundsDisbursedV1 unstorable = payment("1e400", "0.001", "1e400");

    assertThatThrownBy(() -> outbox.publish(unstorable))
        .isInstanceOfSatisfying(
            EventContractViolation.class,
            violation -> {
              assertThat(violation.eventType()).isEqualTo(EventCatalogue.FUNDS_DISBURSED.type());
              assertThat(violation.paths())
                  .containsExactlyInAnyOrder("/amount", "/offsetAmount", "/cashAmount");
            });
    verifyNoInteractions(jdbc);
  }
}
