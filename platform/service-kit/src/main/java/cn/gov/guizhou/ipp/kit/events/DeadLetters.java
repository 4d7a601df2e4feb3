package cn.gov.guizhou.ipp.kit.events;

import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages this service set aside because it could never process them: recorded whole when they
 * are dead-lettered, listed for administrators, and replayed through the same listener that failed
 * on them. The listener goes through the inbox, so a replay applies an event at most once however
 * often it is asked for.
 */
public class DeadLetters {

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
  private static final String COLUMNS =
      """
      id, topic, kafka_partition, kafka_offset, message_key, event_id, event_type, error,
      dead_lettered_at, replay_attempts, last_replay_at, last_replay_error, replayed_at
      """;
  private static final RowMapper<DeadLetter> ROW =
      (rs, n) ->
          new DeadLetter(
              rs.getObject("id", UUID.class),
              rs.getString("topic"),
              rs.getInt("kafka_partition"),
              rs.getLong("kafka_offset"),
              rs.getString("message_key"),
              rs.getString("event_id"),
              rs.getString("event_type"),
              rs.getString("error"),
              rs.getObject("dead_lettered_at", OffsetDateTime.class),
              rs.getInt("replay_attempts"),
              rs.getObject("last_replay_at", OffsetDateTime.class),
              rs.getString("last_replay_error"),
              rs.getObject("replayed_at", OffsetDateTime.class));

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ObjectProvider<AuditTrail> audit;

  public DeadLetters(
      JdbcClient jdbc,
      JsonMapper json,
      ObjectProvider<KafkaListenerEndpointRegistry> listeners,
      Clock clock,
      TransactionTemplate transactions,
      ObjectProvider<AuditTrail> audit) {
    this.jdbc = jdbc;
    this.json = json;
    this.listeners = listeners;
    this.clock = clock;
    this.transactions = transactions;
    this.audit = audit;
  }

  /** Records a message that is being dead-lettered; a second recording of it changes nothing. */
  public void record(ConsumerRecord<?, ?> record, Exception error) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(
          header.key(),
          header.value() == null ? null : Base64.getEncoder().encodeToString(header.value()));
    }
    jdbc.sql(
            """
            insert into dead_letter (id, topic, kafka_partition, kafka_offset, message_key, headers,
                                     payload, event_id, event_type, error, dead_lettered_at)
            values (:id, :topic, :partition, :offset, :key, cast(:headers as jsonb), :payload,
                    :eventId, :eventType, :error, :at)
            on conflict (topic, kafka_partition, kafka_offset) do nothing
            """)
        .param("id", UUID.randomUUID())
        .param("topic", record.topic())
        .param("partition", record.partition())
        .param("offset", record.offset())
        .param("key", record.key() == null ? null : String.valueOf(record.key()))
        .param("headers", json.writeValueAsString(headers))
        .param("payload", record.value() instanceof byte[] bytes ? bytes : null)
        .param(
            "eventId", CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID).orElse(null))
        .param(
            "eventType",
            CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE).orElse(null))
        .param("error", describe(error))
        .param("at", OffsetDateTime.now(clock))
        .update();
  }

  /** The dead letters, newest first; only the open ones unless {@code includeReplayed}. */
  public List<DeadLetter> list(boolean includeReplayed, int limit, int offset) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from dead_letter"
                + (includeReplayed ? "" : " where replayed_at is null")
                + " order by dead_lettered_at desc, id limit :limit offset :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query(ROW)
        .list();
  }

  /** How many dead letters are still open. */
  public long openCount() {
    return jdbc.sql("select count(*) from dead_letter where replayed_at is null")
        .query(Long.class)
        .single();
  }

  /** For the metrics: how many are open, or -1 while the database cannot say. */
  double safeOpenCount() {
    try {
      return openCount();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** One dead letter. */
  public Optional<DeadLetter> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from dead_letter where id = :id")
        .param("id", id)
        .query(ROW)
        .optional();
  }

  /**
   * Hands the dead letter to the listener of its topic again. A dead letter already replayed is
   * left as it is; a replay that fails again keeps it open with the new error.
   *
   * @return the dead letter after the replay
   * @throws NotFoundException if there is no such dead letter
   */
  public DeadLetter replay(UUID id) {
    DeadLetter letter = find(id).orElseThrow(() -> new NotFoundException("dead-letter", id));
    if (letter.replayed()) {
      return letter;
    }
    ConsumerRecord<String, byte[]> record = stored(letter);
    String failure = null;
    try {
      dispatch(record);
    } catch (RuntimeException e) {
      failure = describe(e);
      log.warn("Replay of dead letter {} ({}) failed again: {}", id, letter.topic(), failure);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String error = failure;
    transactions.executeWithoutResult(status -> noteReplay(id, now, error));
    if (failure == null) {
      log.info("Dead letter {} ({}) replayed", id, letter.topic());
    }
    return find(id).orElseThrow();
  }

  private void noteReplay(UUID id, OffsetDateTime now, String failure) {
    jdbc.sql(
            """
            update dead_letter
               set replay_attempts = replay_attempts + 1, last_replay_at = :now,
                   last_replay_error = :error,
                   replayed_at = case when cast(:error as text) is null then :now else null end
             where id = :id
            """)
        .param("now", now)
        .param("error", failure)
        .param("id", id)
        .update();
    AuditTrail trail = audit.getIfAvailable();
    if (trail != null) {
      trail.recordChange(
          failure == null ? "dead-letter.replayed" : "dead-letter.replay-failed",
          "dead-letter",
          id);
    }
  }

  private ConsumerRecord<String, byte[]> stored(DeadLetter letter) {
    Map<String, Object> row =
        jdbc.sql("select headers::text as headers, payload from dead_letter where id = :id")
            .param("id", letter.id())
            .query()
            .singleRow();
    Map<String, String> encoded =
        json.readValue((String) row.get("headers"), new TypeReference<Map<String, String>>() {});
    RecordHeaders headers = new RecordHeaders();
    encoded.forEach(
        (name, value) ->
            headers.add(name, value == null ? null : Base64.getDecoder().decode(value)));
    byte[] payload = (byte[]) row.get("payload");
    return new ConsumerRecord<>(
        letter.topic(),
        letter.partition(),
        letter.offset(),
        ConsumerRecord.NO_TIMESTAMP,
        TimestampType.NO_TIMESTAMP_TYPE,
        ConsumerRecord.NULL_SIZE,
        payload == null ? ConsumerRecord.NULL_SIZE : payload.length,
        letter.key(),
        payload,
        headers,
        Optional.empty());
  }

  @SuppressWarnings("unchecked")
  private void dispatch(ConsumerRecord<String, byte[]> record) {
    for (MessageListenerContainer container : listeners.getObject().getAllListenerContainers()) {
      String[] topics = container.getContainerProperties().getTopics();
      if (topics == null || !Arrays.asList(topics).contains(record.topic())) {
        continue;
      }
      Object listener = container.getContainerProperties().getMessageListener();
      if (listener instanceof AcknowledgingConsumerAwareMessageListener<?, ?> aware) {
        ((AcknowledgingConsumerAwareMessageListener<String, byte[]>) aware)
            .onMessage(record, null, null);
        return;
      }
      if (listener instanceof MessageListener<?, ?> plain) {
        ((MessageListener<String, byte[]>) plain).onMessage(record);
        return;
      }
    }
    throw new IllegalStateException("this service no longer listens to " + record.topic());
  }

  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null && text.length() < 2000; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return text.length() <= 2000 ? text.toString() : text.substring(0, 2000);
  }
}
