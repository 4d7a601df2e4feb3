package cn.gov.guizhou.ipp.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the public event catalogue in {@code docs/events} in line with {@link EventCatalogue}:
 * every event type has a realistic example ({@link EventExamples}) whose JSON, as written by {@link
 * EventJson#mapper()}, is valid against the published JSON Schema {@code
 * docs/events/schemas/<type>.json}; there is a schema for each type and for no other; and {@code
 * docs/events/asyncapi.yaml} names exactly the catalogue's topics and types.
 */
class EventCatalogueContractTest {

  /** Where the catalogue lives; overridable with {@code -Dipp.events.docs=...}. */
  private static final Path DOCS = locateDocs();

  private static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String SCHEMA_ID_PREFIX = "urn:cn-gov-guizhou-ipp:event-schema:";

  private static final JsonMapper JSON = EventJson.mapper();

  /** Draft 2020-12, with {@code format} (uuid, date-time) asserted rather than only annotated. */
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static Stream<String> types() {
    return EventCatalogue.all().stream().map(EventDefinition::type);
  }

  // --- examples ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyEventTypeHasAnExampleOfItsPayload(String type) {
    assertThat(EventExamples.byType())
        .as("EventExamples has no example for %s: add one before publishing the event", type)
        .containsKey(type);
    assertThat(EventExamples.byType().get(type)).isInstanceOf(definition(type).payload());
  }

  @Test
  void thereAreExamplesOnlyForTypesOfTheCatalogue() {
    assertThat(EventExamples.byType().keySet())
        .as("types with an example in EventExamples")
        .containsExactlyInAnyOrderElementsOf(types().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void theSerialisedExampleIsValidAgainstItsSchema(String type) {
    List<Error> errors = schema(type).validate(serialisedExample(type));

    assertThat(errors).as("%s example against schemas/%s.json", type, type).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void theSerialisedExampleHasEveryRequiredProperty(String type) {
    JsonNode example = serialisedExample(type);

    assertThat(required(type)).isNotEmpty();
    assertThat(fieldNames(example)).containsAll(required(type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void theSchemaDescribesExactlyThePropertiesTheProducerWrites(String type) {
    assertThat(schemaNode(type).get("properties").propertyNames())
        .as("properties of schemas/%s.json vs the JSON EventJson writes for the example", type)
        .containsExactlyInAnyOrderElementsOf(fieldNames(serialisedExample(type)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void consumersReadTheExampleBackUnchanged(String type) {
    IntegrationEvent example = EventExamples.byType().get(type);
    byte[] body = JSON.writeValueAsBytes(example);

    assertThat(JSON.readValue(body, definition(type).payload())).isEqualTo(example);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void theSchemaShowsTheProducersExample(String type) {
    JsonNode examples = schemaNode(type).get("examples");

    assertThat(examples).as("examples of schemas/%s.json", type).isNotNull();
    assertThat(examples.get(0)).isEqualTo(serialisedExample(type));
  }

  // --- schema files -----------------------------------------------------------------------------

  @Test
  void thereIsASchemaFileForEveryTypeAndForNoOther() throws IOException {
    Set<String> files;
    try (Stream<Path> listing = Files.list(DOCS.resolve("schemas"))) {
      files = listing.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }

    assertThat(files)
        .as("files in %s", DOCS.resolve("schemas"))
        .containsExactlyInAnyOrderElementsOf(types().map(t -> t + ".json").toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void theSchemaIsAWellFormedDraft202012SchemaOfAnOpenObject(String type) {
    JsonNode schema = schemaNode(type);

    assertThat(SCHEMAS.getSchema(SchemaLocation.of(SCHEMA_DIALECT)).validate(schema))
        .as("schemas/%s.json against the draft 2020-12 meta-schema", type)
        .isEmpty();
    assertThat(schema.path("$schema").asString()).isEqualTo(SCHEMA_DIALECT);
    assertThat(schema.path("$id").asString()).isEqualTo(SCHEMA_ID_PREFIX + type);
    assertThat(schema.path("title").asString())
        .isEqualTo(definition(type).payload().getSimpleName());
    assertThat(schema.path("description").asString()).contains(type).contains("optional");
    assertThat(schema.path("type").asString()).isEqualTo("object");
    assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
    assertThat(schema.path("additionalProperties").booleanValue())
        .as("payloads may gain optional properties")
        .isTrue();
    assertThat(schema.get("properties").propertyNames()).containsAll(required(type));
    for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
      assertThat(property.getValue().has("type"))
          .as("%s of %s has a type", property.getKey(), type)
          .isTrue();
      assertThat(property.getValue().path("description").asString())
          .as("%s of %s has a description", property.getKey(), type)
          .isNotBlank();
    }
  }

  // --- the validator really rejects -------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void aPayloadMissingAnyRequiredPropertyIsRejected(String type) {
    for (String property : required(type)) {
      ObjectNode broken = serialisedExample(type);
      broken.remove(property);

      assertThat(schema(type).validate(broken))
          .as("%s without %s", type, property)
          .anySatisfy(error -> assertThat(error.getKeyword()).isEqualTo("required"));
    }
  }

  @Test
  void anOrganisationWithoutItsCreditCodeIsRejected() {
    ObjectNode broken = organisationExample();
    broken.remove("creditCode");

    assertThat(organisationErrors(broken))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getKeyword()).isEqualTo("required");
              assertThat(error.getProperty()).isEqualTo("creditCode");
            });
  }

  @Test
  void aMalformedCreditCodeIsRejected() {
    for (String code :
        List.of(
            "91520115MA6HQ7K2X",
            "91520115ma6hq7k2xj",
            "91520115MA6HQ7K2XI",
            "9152011MA6HQ7K2XJ0")) {
      ObjectNode broken = organisationExample();
      broken.put("creditCode", code);

      assertThat(organisationErrors(broken))
          .as("credit code %s", code)
          .singleElement()
          .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("pattern"));
    }
  }

  @Test
  void anUnknownOrganisationTypeOrRegionIsRejected() {
    ObjectNode wrongType = organisationExample();
    wrongType.put("organisationType", "COMPANY");
    ObjectNode wrongRegion = organisationExample();
    wrongRegion.put("region", "贵阳市");

    assertThat(organisationErrors(wrongType))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("enum"));
    assertThat(organisationErrors(wrongRegion))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("enum"));
  }

  @Test
  void formatsAreAsserted() {
    ObjectNode notAUuid = organisationExample();
    notAUuid.put("organisationId", "42");
    ObjectNode noOffset = organisationExample();
    noOffset.put("registeredAt", "2025-03-03T09:30:12");
    ObjectNode aNumber = organisationExample();
    aNumber.put("registeredAt", 1740965412);

    assertThat(organisationErrors(notAUuid))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("format"));
    assertThat(organisationErrors(noOffset))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("format"));
    assertThat(organisationErrors(aNumber))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("type"));
  }

  @Test
  void anEmptyLegalNameIsRejected() {
    ObjectNode broken = organisationExample();
    broken.put("legalName", "");

    assertThat(organisationErrors(broken)).isNotEmpty();
  }

  @Test
  void anAddedOptionalPropertyIsAccepted() {
    ObjectNode extended = organisationExample();
    extended.put("legalRepresentative", "张三");

    assertThat(organisationErrors(extended)).isEmpty();
  }

  // --- asyncapi.yaml ----------------------------------------------------------------------------

  @Test
  void asyncApiIsAnAsyncApi3DocumentWithTheLocalBroker() {
    Map<String, Object> doc = asyncApi();

    assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
    assertThat(map(doc.get("info")).get("title")).isEqualTo("Guizhou IP programme platform events");
    assertThat(map(doc.get("info")).get("version")).isNotNull();
    assertThat(map(doc.get("servers")).values())
        .anySatisfy(
            server -> {
              assertThat(map(server).get("host")).isEqualTo("127.0.0.1:9092");
              assertThat(map(server).get("protocol")).isEqualTo("kafka");
            });
  }

  @Test
  void asyncApiChannelsAreExactlyTheCataloguesTopics() {
    List<Object> addresses =
        map(asyncApi().get("channels")).values().stream()
            .map(channel -> map(channel).get("address"))
            .toList();

    assertThat(addresses)
        .as("channel addresses in asyncapi.yaml")
        .containsExactlyInAnyOrderElementsOf(
            EventCatalogue.all().stream().map(EventDefinition::topic).distinct().toList());
  }

  @Test
  void asyncApiMessagesAreExactlyTheCataloguesTypesOnTheirTopics() {
    Map<String, Object> doc = asyncApi();
    List<String> onTopics = new ArrayList<>();
    for (Object channel : map(doc.get("channels")).values()) {
      for (Object ref : map(map(channel).get("messages")).values()) {
        onTopics.add(map(channel).get("address") + " " + map(resolve(doc, ref)).get("name"));
      }
    }

    assertThat(onTopics)
        .as("<topic> <type> of each channel's messages in asyncapi.yaml")
        .containsExactlyInAnyOrderElementsOf(
            EventCatalogue.all().stream().map(d -> d.topic() + " " + d.type()).toList());
  }

  @Test
  void asyncApiDescribesEachMessageAsACloudEventWithItsSchemaFile() {
    Map<String, Object> doc = asyncApi();
    for (Map<String, Object> message : messages(doc)) {
      String type = (String) message.get("name");

      assertThat(message.get("contentType")).as(type).isEqualTo("application/json");
      assertThat(map(message.get("payload")).get("$ref"))
          .as(type)
          .isEqualTo("./schemas/" + type + ".json");
      List<Object> headerParts = list(map(message.get("headers")).get("allOf"));
      assertThat(headerParts)
          .as(type)
          .contains(Map.of("$ref", "#/components/schemas/CloudEventHeaders"));
      assertThat(headerParts)
          .as("%s fixes ce_type", type)
          .anySatisfy(
              part ->
                  assertThat(map(map(map(part).get("properties")).get("ce_type")).get("const"))
                      .isEqualTo(type));
    }
    assertThat(
            list(
                map(map(map(doc.get("components")).get("schemas")).get("CloudEventHeaders"))
                    .get("required")))
        .containsExactlyInAnyOrder(
            "ce_specversion",
            "ce_id",
            "ce_type",
            "ce_source",
            "ce_time",
            "ce_subject",
            "content-type");
  }

  @Test
  void asyncApiReferencesExactlyTheSchemaFilesOfTheCatalogue() {
    Set<String> external = new HashSet<>();
    collectRefs(asyncApi(), external);
    external.removeIf(ref -> ref.startsWith("#"));

    assertThat(external)
        .as("files referenced by asyncapi.yaml")
        .containsExactlyInAnyOrderElementsOf(
            types().map(type -> "./schemas/" + type + ".json").toList());
    for (String ref : external) {
      assertThat(DOCS.resolve(ref)).as(ref).isRegularFile();
    }
  }

  @Test
  void everyLocalReferenceOfAsyncApiResolves() {
    Map<String, Object> doc = asyncApi();
    Set<String> local = new HashSet<>();
    collectRefs(doc, local);
    local.removeIf(ref -> !ref.startsWith("#"));

    for (String ref : local) {
      assertThat(resolve(doc, Map.of("$ref", ref))).as(ref).isNotNull();
    }
  }

  @Test
  void everyChannelHasASendOperationForEachOfItsMessages() {
    Map<String, Object> doc = asyncApi();
    Set<String> sent = new LinkedHashSet<>();
    for (Object operation : map(doc.get("operations")).values()) {
      assertThat(map(operation).get("action")).isEqualTo("send");
      Object channel = resolve(doc, map(operation).get("channel"));
      for (Object message : list(map(operation).get("messages"))) {
        sent.add(map(channel).get("address") + " " + map(resolve(doc, message)).get("name"));
      }
    }

    assertThat(sent)
        .as("<topic> <type> sent by the operations of asyncapi.yaml")
        .containsExactlyInAnyOrderElementsOf(
            EventCatalogue.all().stream().map(d -> d.topic() + " " + d.type()).toList());
  }

  @Test
  void asyncApiExamplesAreValidMessages() {
    Map<String, Object> doc = asyncApi();
    for (Map<String, Object> message : messages(doc)) {
      String type = (String) message.get("name");
      List<Object> examples = list(message.get("examples"));
      assertThat(examples).as("examples of %s", type).isNotEmpty();
      for (Object example : examples) {
        JsonNode payload = JSON.valueToTree(map(example).get("payload"));
        Map<String, Object> headers = map(map(example).get("headers"));

        assertThat(schema(type).validate(payload)).as("example payload of %s", type).isEmpty();
        assertThat(headers)
            .containsEntry("ce_specversion", "1.0")
            .containsEntry("ce_type", type)
            .containsEntry("content-type", "application/json")
            .containsKeys("ce_id", "ce_source", "ce_time")
            .containsEntry(
                "ce_subject", JSON.treeToValue(payload, definition(type).payload()).aggregateId());
      }
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static Path locateDocs() {
    String configured = System.getProperty("ipp.events.docs");
    List<Path> candidates =
        configured != null
            ? List.of(Path.of(configured))
            // Surefire runs in the module's directory, platform/event-contracts.
            : List.of(Path.of("../../docs/events"), Path.of("docs/events"));
    return candidates.stream()
        .filter(dir -> Files.isRegularFile(dir.resolve("asyncapi.yaml")))
        .findFirst()
        .map(dir -> dir.toAbsolutePath().normalize())
        .orElseThrow(() -> new IllegalStateException("docs/events not found; tried " + candidates));
  }

  private static EventDefinition<?> definition(String type) {
    return EventCatalogue.byType(type).orElseThrow();
  }

  private static ObjectNode serialisedExample(String type) {
    IntegrationEvent example = EventExamples.byType().get(type);
    assertThat(example).as("example for %s", type).isNotNull();
    return (ObjectNode) JSON.readTree(JSON.writeValueAsString(example));
  }

  private static ObjectNode organisationExample() {
    return serialisedExample(EventTypes.ORGANISATION_REGISTERED_V1);
  }

  private static List<Error> organisationErrors(JsonNode payload) {
    return schema(EventTypes.ORGANISATION_REGISTERED_V1).validate(payload);
  }

  private static JsonNode schemaNode(String type) {
    Path file = DOCS.resolve("schemas").resolve(type + ".json");
    assertThat(file).as("JSON Schema of %s", type).isRegularFile();
    return JSON.readTree(file.toFile());
  }

  private static Schema schema(String type) {
    return SCHEMAS.getSchema(schemaNode(type));
  }

  private static List<String> required(String type) {
    List<String> names = new ArrayList<>();
    schemaNode(type).path("required").forEach(name -> names.add(name.asString()));
    return names;
  }

  private static Set<String> fieldNames(JsonNode node) {
    return new LinkedHashSet<>(node.propertyNames());
  }

  private static Map<String, Object> asyncApi() {
    try (Reader reader = Files.newBufferedReader(DOCS.resolve("asyncapi.yaml"))) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The messages of {@code components.messages}, which the channels reference. */
  private static List<Map<String, Object>> messages(Map<String, Object> doc) {
    List<Map<String, Object>> messages = new ArrayList<>();
    for (Object channel : map(doc.get("channels")).values()) {
      for (Object ref : map(map(channel).get("messages")).values()) {
        messages.add(map(resolve(doc, ref)));
      }
    }
    assertThat(messages).isNotEmpty();
    return messages;
  }

  /** Follows a local {@code $ref} ({@code #/a/b}) of the document; other nodes are returned. */
  private static Object resolve(Map<String, Object> doc, Object node) {
    Object ref = node instanceof Map<?, ?> m ? m.get("$ref") : null;
    if (!(ref instanceof String pointer) || !pointer.startsWith("#/")) {
      return node;
    }
    Object target = doc;
    for (String token : pointer.substring(2).split("/")) {
      target = map(target).get(token.replace("~1", "/").replace("~0", "~"));
      assertThat(target).as("%s resolves", pointer).isNotNull();
    }
    return resolve(doc, target);
  }

  private static void collectRefs(Object node, Set<String> refs) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (key, value) -> {
            if ("$ref".equals(key)) {
              refs.add((String) value);
            } else {
              collectRefs(value, refs);
            }
          });
    } else if (node instanceof List<?> l) {
      l.forEach(item -> collectRefs(item, refs));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }
}
