package cn.gov.guizhou.ipp.contracts;

import java.io.InputStream;
import java.util.Objects;

/**
 * Binds an event type to the topic it travels on, the payload record that carries it and the JSON
 * Schema its payload must satisfy.
 *
 * @param type the CloudEvents type
 * @param topic the Kafka topic
 * @param payload the versioned payload record
 * @param <T> payload type
 */
public record EventDefinition<T extends IntegrationEvent>(
    String type, String topic, Class<T> payload) {

  /**
   * Where the payloads' JSON Schemas (draft 2020-12) are on the class path: the files of {@code
   * docs/events/schemas}, packaged into this jar unchanged, one per type, named {@code
   * <type>.json}.
   */
  public static final String SCHEMA_RESOURCES = "cn/gov/guizhou/ipp/contracts/schemas/";

  public EventDefinition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(payload, "payload");
    if (!type.startsWith(EventTypes.PREFIX)) {
      throw new IllegalArgumentException("event type outside the platform namespace: " + type);
    }
  }

  /** The class-path resource of this type's JSON Schema, e.g. {@code .../schemas/<type>.json}. */
  public String schemaResource() {
    return SCHEMA_RESOURCES + type + ".json";
  }

  /**
   * Opens this type's JSON Schema; the caller closes the stream.
   *
   * @throws IllegalStateException if the jar carries no schema for the type
   */
  public InputStream openSchema() {
    InputStream schema =
        EventDefinition.class.getClassLoader().getResourceAsStream(schemaResource());
    if (schema == null) {
      throw new IllegalStateException(
          "no JSON Schema for " + type + " on the class path at " + schemaResource());
    }
    return schema;
  }
}
