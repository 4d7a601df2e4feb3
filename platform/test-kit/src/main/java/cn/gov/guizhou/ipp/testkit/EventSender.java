package cn.gov.guizhou.ipp.testkit;

import cn.gov.guizhou.ipp.contracts.EventDefinition;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends events to the broker as a producing service would (CloudEvents binary mode), or sends
 * deliberately broken messages, so a consumer can be tested on its own.
 */
public final class EventSender implements AutoCloseable {

  private static final JsonMapper JSON = EventJson.mapper();

  private final KafkaProducer<String, byte[]> producer;

  public EventSender(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /** Sends a well-formed event with the given CloudEvents id. */
  public <T extends IntegrationEvent> void send(
      EventDefinition<T> definition, T payload, String eventId) {
    send(definition, payload, eventId, null);
  }

  /** Sends a well-formed event caused by the request with the given W3C traceparent. */
  public <T extends IntegrationEvent> void send(
      EventDefinition<T> definition, T payload, String eventId, String traceparent) {
    RecordHeaders headers = new RecordHeaders();
    if (traceparent != null) {
      add(headers, "traceparent", traceparent);
    }
    add(headers, "ce_specversion", "1.0");
    add(headers, "ce_id", eventId);
    add(headers, "ce_type", definition.type());
    add(headers, "ce_source", "/ipp/test");
    add(headers, "ce_time", OffsetDateTime.now().toString());
    add(headers, "ce_subject", payload.aggregateId());
    add(headers, "content-type", "application/json");
    sendRaw(definition.topic(), payload.aggregateId(), JSON.writeValueAsBytes(payload), headers);
  }

  /** Sends a message of the definition's type whose body is {@code body}, as it is. */
  public void sendBody(EventDefinition<?> definition, String key, String body, String eventId) {
    RecordHeaders headers = new RecordHeaders();
    add(headers, "ce_specversion", "1.0");
    add(headers, "ce_id", eventId);
    add(headers, "ce_type", definition.type());
    add(headers, "ce_source", "/ipp/test");
    sendRaw(definition.topic(), key, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private void sendRaw(String topic, String key, byte[] value, RecordHeaders headers) {
    try {
      producer
          .send(new ProducerRecord<>(topic, null, key, value, headers))
          .get(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not accept the test message", e);
    }
  }

  private static void add(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close();
  }
}
