package cn.gov.guizhou.ipp.kit.events;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventDefinition;
import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event in the service's outbox. It must run inside the transaction of the change that
 * causes the event: both commit, or neither does. A payload that is not valid against its type's
 * published JSON Schema is never written: {@link EventContractViolation} is thrown instead, and the
 * change rolls back with it.
 */
public class OutboxEventPublisher {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final String source;
  private final Clock clock;
  private final Supplier<String> traceparent;
  private final EventSchemas schemas;

  /**
   * @param traceparent the W3C {@code traceparent} of the work in progress, or null outside a trace
   */
  public OutboxEventPublisher(
      JdbcClient jdbc,
      JsonMapper json,
      String source,
      Clock clock,
      Supplier<String> traceparent,
      EventSchemas schemas) {
    this.jdbc = jdbc;
    this.json = json;
    this.source = source;
    this.clock = clock;
    this.traceparent = traceparent;
    this.schemas = schemas;
  }

  /**
   * Adds the event to the outbox, once its serialised payload is valid against its schema.
   *
   * @return the event's id (its CloudEvents {@code id})
   * @throws EventContractViolation if the payload breaks its schema; nothing is written
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID publish(IntegrationEvent event) {
    EventDefinition<?> definition = EventCatalogue.forPayload(event.getClass());
    String payload = json.writeValueAsString(event);
    schemas.check(definition, payload);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into event_outbox
              (event_id, event_type, topic, message_key, source, subject, payload, occurred_at,
               traceparent)
            values (:id, :type, :topic, :key, :source, :subject, cast(:payload as jsonb), :at,
                    :traceparent)
            """)
        .param("id", id)
        .param("type", definition.type())
        .param("topic", definition.topic())
        .param("key", event.aggregateId())
        .param("source", source)
        .param("subject", event.aggregateId())
        .param("payload", payload)
        .param("at", OffsetDateTime.now(clock))
        .param("traceparent", traceparent.get())
        .update();
    return id;
  }
}
