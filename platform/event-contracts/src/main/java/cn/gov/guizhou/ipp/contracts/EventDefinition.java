package cn.gov.guizhou.ipp.contracts;

import java.util.Objects;

/**
 * Binds an event type to the topic it travels on and the payload record that carries it.
 *
 * @param type the CloudEvents type
 * @param topic the Kafka topic
 * @param payload the versioned payload record
 * @param <T> payload type
 */
public record EventDefinition<T extends IntegrationEvent>(
    String type, String topic, Class<T> payload) {

  public EventDefinition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(payload, "payload");
    if (!type.startsWith(EventTypes.PREFIX)) {
      throw new IllegalArgumentException("event type outside the platform namespace: " + type);
    }
  }
}
