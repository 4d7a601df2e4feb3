package cn.gov.guizhou.ipp.kit.events;

import cn.gov.guizhou.ipp.contracts.EventDefinition;
import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies each event at most once. The event's id is recorded in {@code processed_event} in the
 * same transaction as its effect: a redelivered or replayed event finds its id there and changes
 * nothing, and an effect that fails leaves no id behind, so the retry applies it.
 */
public class EventInbox {

  private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final EventSchemas schemas;

  public EventInbox(
      JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, EventSchemas schemas) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
    this.schemas = schemas;
  }

  /**
   * Applies {@code effect} to the record's payload if the record is of the definition's type and
   * has not been applied before.
   *
   * @return true if the effect ran now; false for another type or an event already applied
   * @throws PoisonMessageException if the record has no event id, its body is not the payload or
   *     the payload is not valid against its type's published JSON Schema (validated as the
   *     producer validated it, {@link EventSchemas}): such a message can never be applied
   */
  public <T extends IntegrationEvent> boolean handle(
      ConsumerRecord<String, byte[]> record, EventDefinition<T> definition, Consumer<T> effect) {
    String type =
        CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE)
            .orElseThrow(() -> new PoisonMessageException("message without ce_type header"));
    if (!type.equals(definition.type())) {
      return false;
    }
    String eventId =
        CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID)
            .filter(id -> !id.isBlank())
            .orElseThrow(() -> new PoisonMessageException("message without ce_id header"));
    T payload = read(record, definition);
    Boolean applied =
        transactions.execute(
            status -> {
              int inserted =
                  jdbc.sql(
                          """
                          insert into processed_event (event_id, event_type, topic, kafka_partition, kafka_offset)
                          values (:id, :type, :topic, :partition, :offset)
                          on conflict (event_id) do nothing
                          """)
                      .param("id", eventId)
                      .param("type", type)
                      .param("topic", record.topic())
                      .param("partition", record.partition())
                      .param("offset", record.offset())
                      .update();
              if (inserted == 0) {
                return false;
              }
              effect.accept(payload);
              log.info("Applied event {} ({}) from {}", eventId, type, record.topic());
              return true;
            });
    if (!Boolean.TRUE.equals(applied)) {
      log.debug("Event {} ({}) was applied before; skipped", eventId, type);
    }
    return Boolean.TRUE.equals(applied);
  }

  private <T extends IntegrationEvent> T read(
      ConsumerRecord<String, byte[]> record, EventDefinition<T> definition) {
    if (record.value() == null) {
      throw new PoisonMessageException("message without a body");
    }
    T payload;
    try {
      payload = json.readValue(record.value(), definition.payload());
    } catch (JacksonException e) {
      throw new PoisonMessageException(
          "body is not a valid " + definition.payload().getSimpleName(), e);
    }
    try {
      schemas.check(definition, record.value());
    } catch (EventContractViolation e) {
      throw new PoisonMessageException(e.getMessage(), e);
    }
    return payload;
  }
}
