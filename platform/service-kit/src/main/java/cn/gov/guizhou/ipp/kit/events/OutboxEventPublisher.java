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
 * causes the event: both commit, or neither does.
 */
public class OutboxEventPublisher {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final String source;
  private final Clock clock;
  private final Supplier<String> traceparent;

  /**
   * @param traceparent the W3C {@code traceparent} of the work in progress, or null outside a trace
   */
  public OutboxEventPublisher(
      JdbcClient jdbc, JsonMapper json, String source, Clock clock, Supplier<String> traceparent) {
    this.jdbc = jdbc;
    this.json = json;
    this.source = source;
    this.clock = clock;
    this.traceparent = traceparent;
  }

  /**
   * Adds the event to the outbox.
   *
   * @return the event's id (its CloudEvents {@code id})
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID publish(IntegrationEvent event) {
    EventDefinition<?> definition = EventCatalogue.forPayload(event.getClass());
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
        .param("payload", json.writeValueAsString(event))
        .param("at", OffsetDateTime.now(clock))
        .param("traceparent", traceparent.get())
        .update();
    return id;
  }
}
