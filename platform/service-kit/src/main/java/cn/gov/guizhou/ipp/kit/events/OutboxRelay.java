package cn.gov.guizhou.ipp.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to Kafka in the order the events were recorded. It runs in the background every
 * {@code ipp.outbox.relay-interval}: an event the broker has not acknowledged stays in the outbox
 * and is sent again on the next round, whether Kafka was down for a second or a day, and across
 * restarts of the service. One relay per database works at a time (a transaction-scoped advisory
 * lock), so the events of one aggregate reach Kafka in order.
 */
public class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** Key of the advisory lock that lets one relay per database work at a time. */
  private static final long LOCK_KEY = "ipp.outbox.relay".hashCode();

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final KafkaTemplate<String, byte[]> kafka;
  private final int batchSize;
  private final Duration sendTimeout;

  public OutboxRelay(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      KafkaTemplate<String, byte[]> kafka,
      int batchSize,
      Duration sendTimeout) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.kafka = kafka;
    this.batchSize = batchSize;
    this.sendTimeout = sendTimeout;
  }

  /** One scheduled round: relays batches until the outbox is empty or a send fails. */
  @Scheduled(fixedDelayString = "${ipp.outbox.relay-interval:500ms}")
  public void relayPending() {
    try {
      int sent;
      do {
        sent = relayBatch();
      } while (sent == batchSize);
    } catch (RuntimeException e) {
      log.warn("Outbox relay round failed; the events stay in the outbox: {}", e.toString());
    }
  }

  /**
   * Sends at most one batch.
   *
   * @return how many events Kafka acknowledged
   */
  public int relayBatch() {
    Integer sent = transactions.execute(status -> sendUnderLock());
    return sent == null ? 0 : sent;
  }

  private int sendUnderLock() {
    Boolean locked =
        jdbc.sql("select pg_try_advisory_xact_lock(:key)")
            .param("key", LOCK_KEY)
            .query(Boolean.class)
            .single();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    List<PendingEvent> pending =
        jdbc.sql(
                """
                select id, event_id, event_type, topic, message_key, source, subject,
                       payload::text as payload, occurred_at, traceparent
                from event_outbox where published_at is null order by id limit :limit
                """)
            .param("limit", batchSize)
            .query(
                (rs, i) ->
                    new PendingEvent(
                        rs.getLong("id"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"),
                        rs.getString("topic"),
                        rs.getString("message_key"),
                        rs.getString("source"),
                        rs.getString("subject"),
                        rs.getString("payload"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("traceparent")))
            .list();
    if (pending.isEmpty()) {
      return 0;
    }
    List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
    for (PendingEvent event : pending) {
      try {
        sends.add(kafka.send(toRecord(event)));
      } catch (RuntimeException e) {
        // The producer refuses at once when it cannot even fetch metadata (broker down).
        sends.add(CompletableFuture.failedFuture(e));
      }
    }
    List<Long> acknowledged = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      PendingEvent event = pending.get(i);
      try {
        sends.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        acknowledged.add(event.id());
      } catch (Exception e) {
        Throwable cause =
            e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                ? e.getCause()
                : e;
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        jdbc.sql(
                "update event_outbox set attempts = attempts + 1, last_error = :error where id = :id")
            .param("error", String.valueOf(cause))
            .param("id", event.id())
            .update();
        log.warn(
            "Kafka did not accept event {} ({}); it will be sent again: {}",
            event.eventId(),
            event.type(),
            cause.toString());
        break;
      }
    }
    if (!acknowledged.isEmpty()) {
      jdbc.sql(
              "update event_outbox set published_at = now(), attempts = attempts + 1,"
                  + " last_error = null where id in (:ids)")
          .param("ids", acknowledged)
          .update();
    }
    return acknowledged.size();
  }

  private static ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
    RecordHeaders headers = new RecordHeaders();
    header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
    header(headers, CloudEventHeaders.ID, event.eventId().toString());
    header(headers, CloudEventHeaders.TYPE, event.type());
    header(headers, CloudEventHeaders.SOURCE, event.source());
    header(
        headers,
        CloudEventHeaders.TIME,
        event.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    if (event.subject() != null) {
      header(headers, CloudEventHeaders.SUBJECT, event.subject());
    }
    header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    if (event.traceparent() != null) {
      header(headers, CloudEventHeaders.TRACEPARENT, event.traceparent());
    }
    return new ProducerRecord<>(
        event.topic(),
        null,
        event.key(),
        event.payload().getBytes(StandardCharsets.UTF_8),
        headers);
  }

  private static void header(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private record PendingEvent(
      long id,
      UUID eventId,
      String type,
      String topic,
      String key,
      String source,
      String subject,
      String payload,
      OffsetDateTime occurredAt,
      String traceparent) {}
}
