package cn.gov.guizhou.ipp.kit.events;

import cn.gov.guizhou.ipp.contracts.EventDefinition;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates event payloads against their published JSON Schemas (draft 2020-12, {@code format}
 * asserted), the ones {@code event-contracts} carries for each {@link EventDefinition}. Each schema
 * is compiled once, on first use, and kept; validation is thread-safe.
 *
 * <p>Numbers are read as exact decimals, so {@code 1e400} is a number beyond every maximum, not an
 * infinity, and {@code multipleOf: 0.01} is judged on the decimal as written.
 */
public class EventSchemas {

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .locale(Locale.ENGLISH)
                      .build()));

  private final JsonMapper reader =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  /**
   * Checks a serialised payload.
   *
   * @throws EventContractViolation naming the type and each JSON Pointer that fails, also when the
   *     text is not JSON at all
   */
  public void check(EventDefinition<?> definition, String payload) {
    JsonNode tree;
    try {
      tree = reader.readTree(payload);
    } catch (JacksonException e) {
      throw new EventContractViolation(
          definition.type(),
          List.of(new EventContractViolation.Failure("", "json", e.getOriginalMessage())));
    }
    check(definition, tree);
  }

  /** Checks a serialised payload given as the bytes of a message. */
  public void check(EventDefinition<?> definition, byte[] payload) {
    JsonNode tree;
    try {
      tree = reader.readTree(payload);
    } catch (JacksonException e) {
      throw new EventContractViolation(
          definition.type(),
          List.of(new EventContractViolation.Failure("", "json", e.getOriginalMessage())));
    }
    check(definition, tree);
  }

  /** Checks a payload already read as a tree. */
  public void check(EventDefinition<?> definition, JsonNode payload) {
    List<Error> errors = schema(definition).validate(payload);
    if (!errors.isEmpty()) {
      throw new EventContractViolation(
          definition.type(),
          errors.stream()
              .map(
                  e ->
                      new EventContractViolation.Failure(
                          jsonPointer(e.getInstanceLocation()), e.getKeyword(), e.getMessage()))
              .toList());
    }
  }

  /** The compiled schema of the definition's type (compiled on first use). */
  Schema schema(EventDefinition<?> definition) {
    return compiled.computeIfAbsent(definition.type(), type -> compile(definition));
  }

  private Schema compile(EventDefinition<?> definition) {
    try (InputStream source = definition.openSchema()) {
      Schema schema = registry.getSchema(source);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema of " + definition.type(), e);
    }
  }

  /** The JSON Pointer (RFC 6901) of a validator's instance location. */
  static String jsonPointer(NodePath location) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      String token = String.valueOf(location.getElement(i));
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
