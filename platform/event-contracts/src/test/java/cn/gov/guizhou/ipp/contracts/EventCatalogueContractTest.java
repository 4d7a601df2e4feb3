package cn.gov.guizhou.ipp.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.applicant.ParticipantConfirmedV1;
import cn.gov.guizhou.ipp.contracts.funding.ExpenditureRecordedV1;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.contracts.funding.RecoveryOrderedV1;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.contracts.monitoring.RiskAlertChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import tools.jackson.databind.node.ArrayNode;
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

  /** Draft 2020-12 keywords whose value is a schema, a map of schemas, an array of schemas. */
  private static final List<String> SCHEMA_VALUED =
      List.of(
          "items",
          "additionalProperties",
          "not",
          "if",
          "then",
          "else",
          "contains",
          "propertyNames",
          "unevaluatedItems",
          "unevaluatedProperties");

  private static final List<String> SCHEMA_MAPS =
      List.of("properties", "$defs", "patternProperties", "dependentSchemas");
  private static final List<String> SCHEMA_ARRAYS =
      List.of("allOf", "anyOf", "oneOf", "prefixItems");

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
  void theSchemaDescribesExactlyThePropertiesTheProducerWritesAtEveryDepth(String type) {
    JsonNode example = serialisedExample(type);
    Map<String, JsonNode> described = describedObjects(schemaNode(type), example);

    assertThat(described).as("objects of the %s example", type).containsKey("");
    described.forEach(
        (pointer, schema) ->
            assertThat(schema.get("properties").propertyNames())
                .as(
                    "properties of the schemas/%s.json subschema of %s vs the JSON EventJson"
                        + " writes there",
                    type, at(pointer))
                .containsExactlyInAnyOrderElementsOf(fieldNames(example.at(pointer))));
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
    Map<String, JsonNode> objectSchemas = new LinkedHashMap<>();
    collectObjectSchemas(schema, "", objectSchemas);
    assertThat(objectSchemas).containsKey("");
    objectSchemas.forEach(
        (where, object) -> {
          assertThat(
                  object.path("additionalProperties").isBoolean()
                      && object.path("additionalProperties").booleanValue())
              .as(
                  "%s of %s is open (additionalProperties: true): it may gain properties",
                  where, type)
              .isTrue();
          assertThat(object.get("properties").propertyNames())
              .as("%s of %s defines the properties it requires", where, type)
              .containsAll(strings(object.path("required")));
          for (Map.Entry<String, JsonNode> property : object.get("properties").properties()) {
            assertThat(property.getValue().has("type"))
                .as("%s of %s%s has a type", property.getKey(), type, where)
                .isTrue();
            assertThat(property.getValue().path("description").asString())
                .as("%s of %s%s has a description", property.getKey(), type, where)
                .isNotBlank();
          }
        });
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void aPayloadMissingARequiredPropertyOfANestedObjectIsRejected(String type) {
    assertThat(schema(type).validate(serialisedExample(type))).isEmpty();
    Map<String, JsonNode> described = describedObjects(schemaNode(type), serialisedExample(type));
    for (Map.Entry<String, JsonNode> object : described.entrySet()) {
      String pointer = object.getKey();
      for (String property : strings(object.getValue().path("required"))) {
        ObjectNode broken = serialisedExample(type);
        ((ObjectNode) broken.at(pointer)).remove(property);

        // Inside a oneOf branch (a funding rule) the validator adds the failed oneOf and the
        // other branches' errors; the branch's own "required" is among them.
        assertThat(schema(type).validate(broken))
            .as("%s without %s at %s", type, property, at(pointer))
            .anySatisfy(
                error -> {
                  assertThat(error.getKeyword()).isEqualTo("required");
                  assertThat(error.getProperty()).isEqualTo(property);
                  assertThat(jsonPointer(error.getInstanceLocation())).isEqualTo(pointer);
                });
      }
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

  // --- cn.gov.guizhou.ipp.credit-check.completed.v1 --------------------------------------------

  @Test
  void aCreditCheckWithAnUnknownOutcomeOrRegistryIsRejected() {
    for (String outcome : List.of("PASSED", "FAILED", "clear", "")) {
      ObjectNode broken = creditCheckExample();
      broken.put("outcome", outcome);

      assertThat(creditCheckErrors(broken))
          .as("outcome %s", outcome)
          .singleElement()
          .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("enum"));
    }
    ObjectNode nullOutcome = creditCheckExample();
    nullOutcome.putNull("outcome");
    ObjectNode unknownRegistry = creditCheckExample();
    unknownRegistry.put("registry", "PBOC_CREDIT_REFERENCE");

    assertThat(creditCheckErrors(nullOutcome)).as("outcome null").isNotEmpty();
    assertThat(creditCheckErrors(unknownRegistry))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("enum"));
    for (String outcome : List.of("CLEAR", "RECORDS_FOUND", "UNAVAILABLE")) {
      for (String registry : List.of("CREDIT_CHINA", "SOCIAL_ORGANISATION_PLATFORM")) {
        ObjectNode known = creditCheckExample();
        known.put("outcome", outcome);
        known.put("registry", registry);
        known.put("recordCount", "RECORDS_FOUND".equals(outcome) ? 3 : 0);

        assertThat(creditCheckErrors(known)).as("%s on %s", outcome, registry).isEmpty();
      }
    }
  }

  @Test
  void aNegativeFractionalOrTextualRecordCountIsRejected() {
    Map<Object, String> counts = new LinkedHashMap<>();
    counts.put(-1, "minimum");
    counts.put(Integer.MIN_VALUE, "minimum");
    counts.put(new BigDecimal("1.5"), "type");
    counts.put("1", "type");
    counts.forEach(
        (count, keyword) -> {
          ObjectNode broken = creditCheckExample();
          if (count instanceof Integer number) {
            broken.put("recordCount", number);
          } else if (count instanceof BigDecimal number) {
            broken.put("recordCount", number);
          } else {
            broken.put("recordCount", (String) count);
          }

          assertThat(creditCheckErrors(broken))
              .as("recordCount %s", count)
              .singleElement()
              .satisfies(
                  error -> {
                    assertThat(error.getKeyword()).isEqualTo(keyword);
                    assertThat(jsonPointer(error.getInstanceLocation())).isEqualTo("/recordCount");
                  });
        });
    ObjectNode none = creditCheckExample();
    none.put("outcome", "CLEAR");
    none.put("recordCount", 0);

    assertThat(creditCheckErrors(none)).as("recordCount 0").isEmpty();
  }

  @Test
  void aCreditCheckWithAMalformedCreditCodeIdOrTimestampIsRejected() {
    ObjectNode code = creditCheckExample();
    code.put("creditCode", "91520115MA6HQ7K2XI");
    ObjectNode checkId = creditCheckExample();
    checkId.put("checkId", "42");
    ObjectNode noOffset = creditCheckExample();
    noOffset.put("checkedAt", "2025-03-03T09:30:14.208731");

    assertThat(creditCheckErrors(code))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("pattern"));
    assertThat(creditCheckErrors(checkId))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("format"));
    assertThat(creditCheckErrors(noOffset))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("format"));
  }

  @Test
  void aCreditCheckIsKeyedByItsOrganisationLikeTheRegistration() {
    assertThat(EventCatalogue.CREDIT_CHECK_COMPLETED.topic())
        .isEqualTo(EventCatalogue.ORGANISATION_REGISTERED.topic());
    assertThat(EventExamples.creditCheckCompletedV1().aggregateId())
        .isEqualTo(EventExamples.organisationRegisteredV1().aggregateId());
    ObjectNode extended = creditCheckExample();
    extended.put("registryReference", "XY-2025-000123");

    assertThat(creditCheckErrors(extended)).as("an added optional property").isEmpty();
  }

  // --- cn.gov.guizhou.ipp.call.published.v1 -----------------------------------------------------

  @Test
  void theSchemasFundingRuleKindsAreExactlyTheKindsJacksonWritesAndTheExampleUsesThemAll() {
    Map<String, String> subtypes = new LinkedHashMap<>();
    for (JsonSubTypes.Type subtype : FundingRule.class.getAnnotation(JsonSubTypes.class).value()) {
      subtypes.put(subtype.name(), subtype.value().getSimpleName());
    }
    JsonNode schema = schemaNode(EventTypes.CALL_PUBLISHED_V1);
    JsonNode fundingRule = schema.at("/$defs/trackSummary/properties/fundingRule");
    Map<String, String> branches = new LinkedHashMap<>();
    for (JsonNode ref : fundingRule.get("oneOf")) {
      JsonNode branch = deref(schema, ref);
      assertThat(strings(branch.path("required"))).as(ref.toString()).contains("kind");
      branches.put(branch.at("/properties/kind/const").asString(), branch.path("title").asString());
    }
    Set<String> used = new LinkedHashSet<>();
    callExample()
        .get("tracks")
        .forEach(track -> used.add(track.at("/fundingRule/kind").asString()));

    String prefecture = pointerOfTrack(callExample(), "CAPABILITY-PREFECTURE");
    assertThat(describedObjects(schema, callExample()))
        .as("objects of the example checked property by property")
        .containsKeys(
            "",
            "/tracks/0",
            "/tracks/0/fundingRule",
            prefecture + "/fundingRule",
            prefecture + "/fundingRule/tiers/3");
    assertThat(branches)
        .as("kind → title of the fundingRule oneOf branches")
        .containsExactlyInAnyOrderEntriesOf(subtypes);
    assertThat(used)
        .as("kinds used by the example, so each branch is checked property by property")
        .containsExactlyInAnyOrderElementsOf(subtypes.keySet());
  }

  @Test
  void moneyIsWrittenAsAJsonNumberWithTwoDecimals() {
    String json = JSON.writeValueAsString(EventExamples.callPublishedV1());

    assertThat(json)
        .contains("\"kind\":\"FIXED_AMOUNT\",\"amount\":500000.00}")
        .contains("\"fromRank\":1,\"toRank\":1,\"amount\":2000000.00}")
        .contains("\"rate\":0.04,\"annualCap\":2000000.00,")
        .contains("\"budget\":5000000.00,\"plannedProjects\":10,\"rules\":{")
        .contains("\"budget\":null,\"plannedProjects\":null,\"rules\":{");
  }

  @Test
  void aFundingRuleWithoutItsAmountOrOfAnUnknownOrMissingKindIsRejected() {
    ObjectNode withoutAmount = callExample();
    rule(withoutAmount, "HVP").remove("amount");
    ObjectNode unknownKind = callExample();
    rule(unknownKind, "HVP").put("kind", "LUMP_SUM");
    ObjectNode lowerCaseKind = callExample();
    rule(lowerCaseKind, "HVP").put("kind", "fixed_amount");
    ObjectNode withoutKind = callExample();
    rule(withoutKind, "HVP").remove("kind");
    ObjectNode tiersCalledFixed = callExample();
    rule(tiersCalledFixed, "CAPABILITY-PREFECTURE").put("kind", "FIXED_AMOUNT");
    ObjectNode notAnObject = callExample();
    track(notAnObject, "HVP").put("fundingRule", "FIXED_AMOUNT");

    Map<String, ObjectNode> cases = new LinkedHashMap<>();
    cases.put("FIXED_AMOUNT without amount", withoutAmount);
    cases.put("unknown kind", unknownKind);
    cases.put("kind in lower case", lowerCaseKind);
    cases.put("no kind", withoutKind);
    cases.put("RANK_TIERS tiers under kind FIXED_AMOUNT", tiersCalledFixed);

    cases.forEach(
        (what, broken) ->
            assertThat(callErrors(broken))
                .as(what)
                .anySatisfy(
                    error -> {
                      assertThat(error.getKeyword()).isEqualTo("oneOf");
                      assertThat(jsonPointer(error.getInstanceLocation())).endsWith("/fundingRule");
                    })
                .allSatisfy(
                    error ->
                        assertThat(jsonPointer(error.getInstanceLocation()))
                            .contains("/fundingRule")));
    assertThat(callErrors(withoutAmount))
        .anySatisfy(
            error -> {
              assertThat(error.getKeyword()).isEqualTo("required");
              assertThat(error.getProperty()).isEqualTo("amount");
            });
    assertThat(callErrors(notAnObject)).as("a rule that is not an object").isNotEmpty();
  }

  @Test
  void aTierWithARankBelowOneAFractionalRankOrNoTiersIsRejected() {
    String tiers = pointerOfTrack(callExample(), "CAPABILITY-PREFECTURE") + "/fundingRule/tiers";
    for (int rank : new int[] {-1, 0}) {
      ObjectNode fromRank = callExample();
      ((ObjectNode) fromRank.at(tiers + "/0")).put("fromRank", rank);
      ObjectNode toRank = callExample();
      ((ObjectNode) toRank.at(tiers + "/2")).put("toRank", rank);

      assertRejected(fromRank, "minimum", tiers + "/0/fromRank");
      assertRejected(toRank, "minimum", tiers + "/2/toRank");
    }
    ObjectNode fractionalRank = callExample();
    ((ObjectNode) fractionalRank.at(tiers + "/1")).put("toRank", 2.5);
    ObjectNode noTiers = callExample();
    ((ArrayNode) noTiers.at(tiers)).removeAll();

    assertRejected(fractionalRank, "type", tiers + "/1/toRank");
    assertRejected(noTiers, "minItems", tiers);
  }

  @Test
  void moneyThatIsZeroNegativeAFractionOfAFenOrAStringIsRejected() {
    String hvp = pointerOfTrack(callExample(), "HVP") + "/fundingRule";
    Map<Object, String> amounts = new LinkedHashMap<>();
    amounts.put(new BigDecimal("0"), "exclusiveMinimum");
    amounts.put(new BigDecimal("0.00"), "exclusiveMinimum");
    amounts.put(new BigDecimal("-500000.00"), "exclusiveMinimum");
    amounts.put(new BigDecimal("500000.001"), "multipleOf");
    amounts.put("500000.00", "type");
    amounts.forEach(
        (amount, keyword) -> {
          ObjectNode call = callExample();
          if (amount instanceof BigDecimal number) {
            ((ObjectNode) call.at(hvp)).put("amount", number);
          } else {
            ((ObjectNode) call.at(hvp)).put("amount", (String) amount);
          }
          assertRejected(call, keyword, hvp + "/amount");
        });
    String prefecture = pointerOfTrack(callExample(), "CAPABILITY-PREFECTURE");
    ObjectNode tierAmount = callExample();
    ((ObjectNode) tierAmount.at(prefecture + "/fundingRule/tiers/3")).put("amount", -200000);
    String securitisation = pointerOfTrack(callExample(), "DATA-IP-SECURITISATION");
    ObjectNode cap = callExample();
    ((ObjectNode) cap.at(securitisation + "/fundingRule")).put("annualCap", "2000000.00");

    assertRejected(tierAmount, "exclusiveMinimum", prefecture + "/fundingRule/tiers/3/amount");
    assertRejected(cap, "type", securitisation + "/fundingRule/annualCap");
  }

  @Test
  void moneyWithFenAndWholeNumbersIsAccepted() {
    ObjectNode fen = callExample();
    rule(fen, "HVP").put("amount", new BigDecimal("499999.99"));
    ObjectNode whole = callExample();
    rule(whole, "HVP").put("amount", 500000);

    assertThat(callErrors(fen)).isEmpty();
    assertThat(callErrors(whole)).isEmpty();
  }

  @Test
  void aRateOutsideZeroToOneOrAnUnknownChoiceAtTheCapIsRejected() {
    String rule = pointerOfTrack(callExample(), "DATA-IP-SECURITISATION") + "/fundingRule";
    Map<String, String> rates =
        Map.of(
            "0",
            "exclusiveMinimum",
            "-0.04",
            "exclusiveMinimum",
            "1",
            "exclusiveMaximum",
            "4",
            "exclusiveMaximum");
    rates.forEach(
        (rate, keyword) -> {
          ObjectNode broken = callExample();
          ((ObjectNode) broken.at(rule)).put("rate", new BigDecimal(rate));

          assertRejected(broken, keyword, rule + "/rate");
        });
    ObjectNode choice = callExample();
    ((ObjectNode) choice.at(rule)).put("partialClaimAtCap", "PRO_RATA");

    assertRejected(choice, "enum", rule + "/partialClaimAtCap");
  }

  @Test
  void anUnknownStateOrCategoryAnEmptyCallOrAnEmptyTrackNameIsRejected() {
    ObjectNode state = callExample();
    state.put("state", "CANCELLED");
    ObjectNode category = callExample();
    track(category, "HVP").put("category", "GRANT");
    ObjectNode noTracks = callExample();
    noTracks.putArray("tracks");
    ObjectNode yearAsText = callExample();
    yearAsText.put("year", "2027");
    ObjectNode emptyTrackName = callExample();
    track(emptyTrackName, "CAPABILITY-PREFECTURE").put("trackNameZh", "");

    assertThat(callErrors(state))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("enum"));
    assertThat(callErrors(category))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("enum"));
    assertThat(callErrors(noTracks))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("minItems"));
    assertThat(callErrors(yearAsText))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("type"));
    assertThat(callErrors(emptyTrackName))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("minLength"));
  }

  @Test
  void optionalPropertiesAddedAtAnyDepthAreAccepted() {
    ObjectNode extended = callExample();
    extended.put("issuer", "贵州省知识产权局");
    track(extended, "HVP").put("section", "1.1");
    rule(extended, "HVP").put("currency", "CNY");
    ((ObjectNode) rule(extended, "CAPABILITY-PREFECTURE").get("tiers").get(0))
        .put("labelZh", "第一名");
    rule(extended, "DATA-IP-SECURITISATION").put("capYear", 2027);

    assertThat(callErrors(extended)).isEmpty();
  }

  @Test
  void
      aTrackBudgetThatIsZeroNegativeAFractionOfAFenOrAStringOrFewerThanOnePlannedProjectIsRejected() {
    String hvp = pointerOfTrack(callExample(), "HVP");
    Map<Object, String> budgets = new LinkedHashMap<>();
    budgets.put(new BigDecimal("0.00"), "exclusiveMinimum");
    budgets.put(new BigDecimal("-5000000.00"), "exclusiveMinimum");
    budgets.put(new BigDecimal("5000000.001"), "multipleOf");
    budgets.put("5000000.00", "type");
    budgets.forEach(
        (budget, keyword) -> {
          ObjectNode call = callExample();
          if (budget instanceof BigDecimal number) {
            track(call, "HVP").put("budget", number);
          } else {
            track(call, "HVP").put("budget", (String) budget);
          }
          assertRejected(call, keyword, hvp + "/budget");
        });
    for (int planned : new int[] {-1, 0}) {
      ObjectNode call = callExample();
      track(call, "HVP").put("plannedProjects", planned);

      assertRejected(call, "minimum", hvp + "/plannedProjects");
    }
    ObjectNode fractional = callExample();
    track(fractional, "HVP").put("plannedProjects", 2.5);

    assertRejected(fractional, "type", hvp + "/plannedProjects");
  }

  @Test
  void tracksWithoutTheLaterOptionalBudgetAndPlannedProjectsAreAccepted() {
    assertThat(strings(schemaNode(EventTypes.CALL_PUBLISHED_V1).at("/$defs/trackSummary/required")))
        .as("budget and plannedProjects were added to v1 after it was published: optional")
        .doesNotContain("budget", "plannedProjects");
    ObjectNode asFirstPublished = callExample();
    asFirstPublished
        .get("tracks")
        .forEach(track -> ((ObjectNode) track).remove(List.of("budget", "plannedProjects")));
    ObjectNode budgetWithoutProjects = callExample();
    track(budgetWithoutProjects, "HVP").putNull("plannedProjects");
    ObjectNode wholeBudget = callExample();
    track(wholeBudget, "HVP").put("budget", 5000000);

    assertThat(callErrors(asFirstPublished)).as("tracks as v1 was first published").isEmpty();
    assertThat(callErrors(budgetWithoutProjects)).isEmpty();
    assertThat(callErrors(wholeBudget)).isEmpty();
    assertThat(
            JSON.treeToValue(asFirstPublished, EventCatalogue.CALL_PUBLISHED.payload())
                .tracks()
                .get(0))
        .as("a consumer reads a missing budget as null")
        .satisfies(
            track -> {
              assertThat(track.budget()).isNull();
              assertThat(track.plannedProjects()).isNull();
            });
  }

  @Test
  void callsAndTracksWithoutTheLaterOptionalRulesAndExclusivityAreAccepted() {
    JsonNode schema = schemaNode(EventTypes.CALL_PUBLISHED_V1);
    assertThat(strings(schema.path("required")))
        .as("exclusivity was added to v1 after it was published: optional")
        .doesNotContain("exclusivity");
    assertThat(strings(schema.at("/$defs/trackSummary/required")))
        .as("rules were added to v1 after it was published: optional")
        .doesNotContain("rules");
    ObjectNode asFirstPublished = callExample();
    asFirstPublished.remove("exclusivity");
    asFirstPublished.get("tracks").forEach(track -> ((ObjectNode) track).remove("rules"));
    ObjectNode nulls = callExample();
    nulls.putNull("exclusivity");
    track(nulls, "HVP").putNull("rules");
    ObjectNode noExclusivity = callExample();
    noExclusivity.putArray("exclusivity");

    assertThat(callErrors(asFirstPublished)).as("a call as v1 was first published").isEmpty();
    assertThat(callErrors(nulls)).as("null exclusivity and rules").isEmpty();
    assertThat(callErrors(noExclusivity)).as("a call without exclusivity rules").isEmpty();
    CallPublishedV1 read =
        JSON.treeToValue(asFirstPublished, EventCatalogue.CALL_PUBLISHED.payload());
    assertThat(read.exclusivity()).as("a consumer reads a missing exclusivity as null").isNull();
    assertThat(read.tracks()).allSatisfy(track -> assertThat(track.rules()).isNull());
  }

  @Test
  void theSchemasRuleEnumerationsAreTheContractsAndTheExampleUsesThemAll() {
    JsonNode schema = schemaNode(EventTypes.CALL_PUBLISHED_V1);
    JsonNode example = callExample();
    Set<String> modes = new LinkedHashSet<>();
    Set<String> checks = new LinkedHashSet<>();
    Set<String> operators = new LinkedHashSet<>();
    Set<String> values = new LinkedHashSet<>();
    Set<Boolean> leadRuleSet = new LinkedHashSet<>();
    Set<Boolean> forEveryApplicant = new LinkedHashSet<>();
    for (JsonNode track : example.get("tracks")) {
      JsonNode application = track.at("/rules/application");
      modes.add(application.path("mode").asString());
      leadRuleSet.add(!application.path("leadRule").isNull());
      for (JsonNode criterion : track.at("/rules/criteria")) {
        checks.add(criterion.path("check").asString());
        forEveryApplicant.add(criterion.path("appliesTo").isEmpty());
        if (!criterion.path("operator").isNull()) {
          operators.add(criterion.path("operator").asString());
          values.add(
              criterion.path("operator").asString() + " " + criterion.get("value").getNodeType());
        }
      }
    }

    assertThat(strings(schema.at("/$defs/applicationRules/properties/mode/enum")))
        .containsExactlyInAnyOrderElementsOf(names(ApplicationRules.ApplicationMode.values()));
    assertThat(strings(schema.at("/$defs/criterion/properties/check/enum")))
        .containsExactlyInAnyOrderElementsOf(names(Criterion.CheckKind.values()));
    List<String> operatorEnum = new ArrayList<>();
    schema
        .at("/$defs/criterion/properties/operator/enum")
        .forEach(value -> operatorEnum.add(value.isNull() ? null : value.asString()));
    assertThat(operatorEnum)
        .as("the operators, and null for a FORMAL_CHECK criterion")
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(names(Criterion.Operator.values()).stream(), Stream.of((String) null))
                .toList());
    assertThat(modes)
        .containsExactlyInAnyOrderElementsOf(names(ApplicationRules.ApplicationMode.values()));
    assertThat(checks).containsExactlyInAnyOrderElementsOf(names(Criterion.CheckKind.values()));
    assertThat(operators).containsExactlyInAnyOrderElementsOf(names(Criterion.Operator.values()));
    assertThat(values)
        .as("each operator's value as the example writes it")
        .containsExactlyInAnyOrder("AT_LEAST NUMBER", "IS_TRUE BOOLEAN", "IN ARRAY");
    assertThat(leadRuleSet)
        .as("a lead rule set on some tracks, null on others")
        .containsExactlyInAnyOrder(true, false);
    assertThat(forEveryApplicant)
        .as("criteria for every applicant and for some types")
        .containsExactlyInAnyOrder(true, false);
    assertThat(example.get("exclusivity")).isNotEmpty();
    String hvp = pointerOfTrack(example, "HVP");
    assertThat(describedObjects(schema, example))
        .as("objects of the rules checked property by property")
        .containsKeys(
            "/exclusivity/0",
            hvp + "/rules",
            hvp + "/rules/application",
            hvp + "/rules/application/leadRule",
            hvp + "/rules/application/requiredPartners/0",
            hvp + "/rules/criteria/0",
            hvp + "/rules/materials/0");
  }

  @Test
  void rulesWithAnUnknownModeCheckOperatorOrApplicantTypeOrAMalformedValueAreRejected() {
    String hvp = pointerOfTrack(callExample(), "HVP") + "/rules";
    ObjectNode mode = callExample();
    ((ObjectNode) mode.at(hvp + "/application")).put("mode", "JOINT");
    ObjectNode check = callExample();
    ((ObjectNode) check.at(hvp + "/criteria/0")).put("check", "INTERVIEW");
    ObjectNode operator = callExample();
    ((ObjectNode) operator.at(hvp + "/criteria/6")).put("operator", "GREATER_THAN");
    ObjectNode applicantType = callExample();
    ((ArrayNode) applicantType.at(hvp + "/eligibleApplicantTypes")).add("COMPANY");
    ObjectNode partnerType = callExample();
    ((ArrayNode) partnerType.at(hvp + "/application/requiredPartners/0/types")).add("PARTNER");
    ObjectNode noApplicants = callExample();
    ((ArrayNode) noApplicants.at(hvp + "/eligibleApplicantTypes")).removeAll();
    ObjectNode valueAsObject = callExample();
    ((ObjectNode) valueAsObject.at(hvp + "/criteria/6")).putObject("value").put("min", 30);
    ObjectNode valueAsText = callExample();
    ((ObjectNode) valueAsText.at(hvp + "/criteria/6")).put("value", "30");
    ObjectNode numbersInList = callExample();
    ((ArrayNode) numbersInList.at(hvp + "/criteria/1/value")).add(42);
    ObjectNode requiredAsText = callExample();
    ((ObjectNode) requiredAsText.at(hvp + "/materials/0")).put("required", "true");

    assertRejected(mode, "enum", hvp + "/application/mode");
    assertRejected(check, "enum", hvp + "/criteria/0/check");
    assertRejected(operator, "enum", hvp + "/criteria/6/operator");
    assertRejected(applicantType, "enum", hvp + "/eligibleApplicantTypes/2");
    assertRejected(partnerType, "enum", hvp + "/application/requiredPartners/0/types/1");
    assertRejected(noApplicants, "minItems", hvp + "/eligibleApplicantTypes");
    assertRejected(valueAsObject, "type", hvp + "/criteria/6/value");
    assertRejected(valueAsText, "type", hvp + "/criteria/6/value");
    assertRejected(numbersInList, "type", hvp + "/criteria/1/value/2");
    assertRejected(requiredAsText, "type", hvp + "/materials/0/required");
  }

  @Test
  void theExampleCriteriaAreReadBackWithTheirValues() {
    CallPublishedV1 read =
        JSON.readValue(
            JSON.writeValueAsBytes(EventExamples.callPublishedV1()),
            EventCatalogue.CALL_PUBLISHED.payload());
    Map<String, Object> values = new LinkedHashMap<>();
    read.tracks().stream()
        .flatMap(track -> track.rules().criteria().stream())
        .filter(criterion -> criterion.operator() != null)
        .forEach(criterion -> values.put(criterion.id(), criterion.value()));

    assertThat(values)
        .containsEntry("HVP-C07", 30)
        .containsEntry("HVP-C03", true)
        .containsEntry("HVP-C02", List.of("ENTERPRISE", "UNIVERSITY_OR_RESEARCH_INSTITUTE"))
        .containsEntry("AGENCY-BRAND-C07", 10000000);
  }

  // --- cn.gov.guizhou.ipp.call.state-changed.v1 -------------------------------------------------

  @Test
  void aStateChangeWithoutItsStateOrWindowIsRejectedButANullWindowIsAccepted() {
    for (String property : List.of("state", "applicationOpensAt", "applicationClosesAt")) {
      ObjectNode broken = stateChangeExample();
      broken.remove(property);

      assertThat(stateChangeErrors(broken))
          .as("state change without %s", property)
          .singleElement()
          .satisfies(
              error -> {
                assertThat(error.getKeyword()).isEqualTo("required");
                assertThat(error.getProperty()).isEqualTo(property);
              });
    }
    ObjectNode noWindowYet = stateChangeExample();
    noWindowYet.put("state", "PUBLISHED");
    noWindowYet.putNull("applicationOpensAt");
    noWindowYet.putNull("applicationClosesAt");

    assertThat(stateChangeErrors(noWindowYet)).as("a published call without a window").isEmpty();
  }

  @Test
  void aStateChangeWithAnUnknownStateIsRejected() {
    for (String state : List.of("DRAFT", "CANCELLED", "open", "")) {
      ObjectNode broken = stateChangeExample();
      broken.put("state", state);

      assertThat(stateChangeErrors(broken))
          .as("state %s", state)
          .singleElement()
          .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("enum"));
    }
    ObjectNode nullState = stateChangeExample();
    nullState.putNull("state");

    assertThat(stateChangeErrors(nullState)).as("state null").isNotEmpty();
    for (String state : List.of("PUBLISHED", "OPEN", "CLOSED", "ARCHIVED")) {
      ObjectNode known = stateChangeExample();
      known.put("state", state);

      assertThat(stateChangeErrors(known)).as("state %s", state).isEmpty();
    }
  }

  @Test
  void aWindowWithoutOffsetOrNotAStringIsRejected() {
    ObjectNode noOffset = stateChangeExample();
    noOffset.put("applicationOpensAt", "2027-03-01T09:00:00");
    ObjectNode dateOnly = stateChangeExample();
    dateOnly.put("applicationClosesAt", "2027-04-30");
    ObjectNode aNumber = stateChangeExample();
    aNumber.put("applicationClosesAt", 1808989200);
    ObjectNode changedWithoutOffset = stateChangeExample();
    changedWithoutOffset.put("changedAt", "2027-03-01T09:00:00.318406");

    assertThat(stateChangeErrors(noOffset))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("format"));
    assertThat(stateChangeErrors(dateOnly))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("format"));
    assertThat(stateChangeErrors(aNumber))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("type"));
    assertThat(stateChangeErrors(changedWithoutOffset))
        .singleElement()
        .satisfies(error -> assertThat(error.getKeyword()).isEqualTo("format"));
  }

  @Test
  void aWindowWrittenInBeijingTimeIsAcceptedAndReadAsTheSameInstant() {
    ObjectNode beijing = stateChangeExample();
    beijing.put("applicationOpensAt", "2027-03-01T09:00:00+08:00");
    beijing.put("applicationClosesAt", "2027-04-30T17:00:00+08:00");
    beijing.put("addedLater", "an optional property");

    assertThat(stateChangeErrors(beijing)).isEmpty();
    CallStateChangedV1 read =
        JSON.treeToValue(beijing, EventCatalogue.CALL_STATE_CHANGED.payload());
    CallStateChangedV1 example = EventExamples.callStateChangedV1();
    assertThat(read.applicationOpensAt()).isAtSameInstantAs(example.applicationOpensAt());
    assertThat(read.applicationClosesAt()).isAtSameInstantAs(example.applicationClosesAt());
    assertThat(read.applicationOpensAt())
        .isAtSameInstantAs(OffsetDateTime.parse("2027-03-01T09:00+08:00"));
    assertThat(read.applicationClosesAt())
        .isAtSameInstantAs(OffsetDateTime.parse("2027-04-30T17:00+08:00"));
  }

  // --- the application events: cn.gov.guizhou.ipp.application.* ---------------------------------

  @Test
  void theApplicationEventsAreKeyedByTheApplicationOnTheirTopics() {
    assertThat(
            List.of(
                EventCatalogue.APPLICATION_SUBMITTED.topic(),
                EventCatalogue.APPLICATION_WITHDRAWN.topic(),
                EventCatalogue.PARTICIPANT_CONFIRMED.topic()))
        .containsOnly(Topics.APPLICANT_APPLICATIONS);
    assertThat(EventCatalogue.APPLICATION_STATUS_REPORTED.topic())
        .isEqualTo(Topics.APPLICATION_PROGRESS);
    ApplicationSubmittedV1 submitted = EventExamples.applicationSubmittedV1();
    assertThat(EventExamples.participantConfirmedV1().aggregateId())
        .isEqualTo(submitted.aggregateId())
        .isEqualTo(submitted.applicationId().toString());
    assertThat(EventExamples.applicationStatusReportedV1().aggregateId())
        .isEqualTo(submitted.aggregateId());
    assertThat(EventExamples.applicationWithdrawnV1().aggregateId())
        .isEqualTo(EventExamples.applicationWithdrawnV1().applicationId().toString());
  }

  @Test
  void theApplicationExamplesTellOneCoherentStory() {
    OrganisationRegisteredV1 enterprise = EventExamples.organisationRegisteredV1();
    ApplicationSubmittedV1 submitted = EventExamples.applicationSubmittedV1();
    ParticipantConfirmedV1 confirmed = EventExamples.participantConfirmedV1();
    ApplicationStatusReportedV1 approved = EventExamples.applicationStatusReportedV1();
    TrackSummary hvp =
        EventExamples.callPublishedV1().tracks().stream()
            .filter(track -> track.code().equals(submitted.trackCode()))
            .findFirst()
            .orElseThrow();

    assertThat(submitted.lead().organisationId()).isEqualTo(enterprise.organisationId());
    assertThat(submitted.lead().creditCode()).isEqualTo(enterprise.creditCode());
    assertThat(submitted.lead().legalName()).isEqualTo(enterprise.legalName());
    assertThat(EventExamples.applicationWithdrawnV1().leadOrganisationId())
        .isEqualTo(enterprise.organisationId());
    assertThat(confirmed.leadOrganisationId()).isEqualTo(enterprise.organisationId());
    assertThat(submitted.participants())
        .singleElement()
        .satisfies(
            participant -> {
              assertThat(participant.organisationId())
                  .isEqualTo(confirmed.participantOrganisationId());
              assertThat(participant.creditCode()).isEqualTo(confirmed.creditCode());
              assertThat(participant.role()).isEqualTo(confirmed.role());
              assertThat(participant.confirmedAt()).isEqualTo(confirmed.confirmedAt());
              assertThat(participant.confirmedAt()).isBefore(submitted.submittedAt());
            });
    assertThat(
            Stream.concat(Stream.of(submitted.lead()), submitted.participants().stream())
                .map(ApplicationParty::creditCode))
        .allSatisfy(code -> assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue());
    assertThat(hvp.rules().eligibleApplicantTypes()).contains(submitted.lead().organisationType());
    assertThat(submitted.requestedAmount())
        .isEqualTo(((FixedAmount) hvp.fundingRule()).amount())
        .isEqualTo(approved.amount());
    assertThat(
            submitted.budget().stream()
                .map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the budget lines add up to the amount requested")
        .isEqualTo(submitted.requestedAmount());
    assertThat(
            submitted.plan().tasks().stream()
                .map(ImplementationPlan.Task::weightPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the task weights add up to 100")
        .isEqualByComparingTo("100");
    List<ImplementationPlan.QuarterlyTarget> quarters = submitted.plan().quarterlyTargets();
    assertThat(quarters.get(quarters.size() - 1).plannedCumulativePercent())
        .isEqualByComparingTo("100");
    assertThat(quarters)
        .extracting(ImplementationPlan.QuarterlyTarget::plannedCumulativePercent)
        .isSortedAccordingTo(BigDecimal::compareTo);
    assertThat(submitted.plan().milestones())
        .allSatisfy(
            milestone -> {
              assertThat(submitted.plan().tasks())
                  .extracting(ImplementationPlan.Task::code)
                  .contains(milestone.taskCode());
              assertThat(milestone.dueDate())
                  .isBetween(submitted.implementationStart(), submitted.implementationEnd());
            });
    assertThat(submitted.materials())
        .extracting(ApplicationSubmittedV1.SubmittedMaterial::materialId)
        .containsExactlyInAnyOrderElementsOf(
            hvp.rules().materials().stream().filter(Material::required).map(Material::id).toList());
    assertThat(submitted.criteriaToConfirm())
        .as(
            "the HVP criteria left to the formal check for an enterprise lead, with those its"
                + " self-declared facts meet")
        .containsExactlyElementsOf(
            hvp.rules().criteria().stream()
                .filter(
                    c ->
                        c.check() == Criterion.CheckKind.FORMAL_CHECK
                            || Eligibility.SELF_DECLARED_FACTS.contains(c.fact()))
                .filter(c -> c.appliesTo().isEmpty() || c.appliesTo().contains("ENTERPRISE"))
                .map(Criterion::id)
                .toList());
    assertThat(submitted.factsToConfirm())
        .extracting(ApplicationSubmittedV1.FactToConfirm::criterionId)
        .as("each self-declared fact to confirm is one of the criteria to confirm")
        .isSubsetOf(submitted.criteriaToConfirm())
        .isNotEmpty();
    assertThat(approved.occurredAt()).isAfter(submitted.submittedAt());
  }

  @Test
  void moneyOfApplicationsIsWrittenAsAJsonNumberWithTwoDecimals() {
    assertThat(JSON.writeValueAsString(EventExamples.applicationSubmittedV1()))
        .contains("\"requestedAmount\":500000.00,")
        .contains("\"category\":\"PUBLICATION_AND_IP\",\"amount\":180000.00,");
    assertThat(JSON.writeValueAsString(EventExamples.applicationStatusReportedV1()))
        .contains("\"amount\":500000.00,");
  }

  @Test
  void aSubmissionWithMalformedCodesMoneyDatesOrDigestsIsRejected() {
    ObjectNode code = submittedExample();
    ((ObjectNode) code.at("/participants/0")).put("creditCode", "12520000MB1746925I");
    ObjectNode moneyAsText = submittedExample();
    moneyAsText.put("requestedAmount", "500000.00");
    ObjectNode fractionOfAFen = submittedExample();
    ((ObjectNode) fractionOfAFen.at("/budget/0")).put("amount", new BigDecimal("180000.001"));
    ObjectNode zero = submittedExample();
    zero.put("requestedAmount", new BigDecimal("0.00"));
    ObjectNode dateTime = submittedExample();
    dateTime.put("implementationStart", "2027-01-01T00:00:00Z");
    ObjectNode dueDate = submittedExample();
    ((ObjectNode) dueDate.at("/plan/milestones/0")).put("dueDate", "30/06/2027");
    ObjectNode digest = submittedExample();
    ((ObjectNode) digest.at("/materials/0"))
        .put("sha256", "881A126F624BF4C841489CF31C295B18DAAE7BB7E6D45CE731114B7CBECEF262");
    ObjectNode category = submittedExample();
    ((ObjectNode) category.at("/budget/1")).put("category", "CONSULTING");
    ObjectNode quarter = submittedExample();
    ((ObjectNode) quarter.at("/plan/quarterlyTargets/1")).put("quarter", "2027Q2");
    ObjectNode weight = submittedExample();
    ((ObjectNode) weight.at("/plan/tasks/0")).put("weightPercent", 0);
    ObjectNode credit = submittedExample();
    credit.put("creditOutcome", "RECORDS_FOUND");
    ObjectNode leadType = submittedExample();
    ((ObjectNode) leadType.at("/lead")).put("organisationType", "COMPANY");
    ObjectNode noBudget = submittedExample();
    noBudget.putArray("budget");

    assertRejectedAs(SUBMITTED, code, "pattern", "/participants/0/creditCode");
    assertRejectedAs(SUBMITTED, moneyAsText, "type", "/requestedAmount");
    assertRejectedAs(SUBMITTED, fractionOfAFen, "multipleOf", "/budget/0/amount");
    assertRejectedAs(SUBMITTED, zero, "exclusiveMinimum", "/requestedAmount");
    assertRejectedAs(SUBMITTED, dateTime, "format", "/implementationStart");
    assertRejectedAs(SUBMITTED, dueDate, "format", "/plan/milestones/0/dueDate");
    assertRejectedAs(SUBMITTED, digest, "pattern", "/materials/0/sha256");
    assertRejectedAs(SUBMITTED, category, "enum", "/budget/1/category");
    assertRejectedAs(SUBMITTED, quarter, "pattern", "/plan/quarterlyTargets/1/quarter");
    assertRejectedAs(SUBMITTED, weight, "exclusiveMinimum", "/plan/tasks/0/weightPercent");
    assertRejectedAs(SUBMITTED, credit, "const", "/creditOutcome");
    assertRejectedAs(SUBMITTED, leadType, "enum", "/lead/organisationType");
    assertRejectedAs(SUBMITTED, noBudget, "minItems", "/budget");
  }

  @Test
  void aSubmissionMadeAloneAndOptionalPropertiesAddedAtAnyDepthAreAccepted() {
    ObjectNode alone = submittedExample();
    alone.putArray("participants");
    alone.putArray("criteriaToConfirm");
    ObjectNode extended = submittedExample();
    extended.put("projectLeader", "王某");
    ((ObjectNode) extended.at("/lead")).put("contactPhone", "0851-00000000");
    ((ObjectNode) extended.at("/plan")).put("riskMeasures", "按季度报送推进情况");
    ((ObjectNode) extended.at("/plan/tasks/0")).put("owner", "贵州大学");
    ((ObjectNode) extended.at("/budget/0")).put("selfFunded", new BigDecimal("50000.00"));
    ((ObjectNode) extended.at("/materials/0")).put("pages", 48);

    assertThat(schema(SUBMITTED).validate(alone)).as("an application made alone").isEmpty();
    assertThat(schema(SUBMITTED).validate(extended)).isEmpty();
  }

  @Test
  void aStatusReportWithAnUnknownStatusOrReporterIsRejectedButOneWithoutAmountOrReasonIsAccepted() {
    ObjectNode status = statusExample();
    status.put("status", "PAID");
    ObjectNode reporter = statusExample();
    reporter.put("reportedBy", "applicant-service");
    ObjectNode zero = statusExample();
    zero.put("amount", new BigDecimal("0.00"));
    ObjectNode emptyReason = statusExample();
    emptyReason.put("reason", "");
    ObjectNode noOffset = statusExample();
    noOffset.put("occurredAt", "2027-06-18T16:30:00");

    assertRejectedAs(STATUS, status, "enum", "/status");
    assertRejectedAs(STATUS, reporter, "enum", "/reportedBy");
    assertRejectedAs(STATUS, zero, "exclusiveMinimum", "/amount");
    assertRejectedAs(STATUS, emptyReason, "minLength", "/reason");
    assertRejectedAs(STATUS, noOffset, "format", "/occurredAt");
    for (String known :
        List.of(
            "FORMAL_CHECK_PASSED",
            "FORMAL_CHECK_FAILED",
            "UNDER_REVIEW",
            "APPROVED",
            "REJECTED",
            "FUNDED",
            "IN_IMPLEMENTATION",
            "ACCEPTED",
            "FAILED_ACCEPTANCE")) {
      ObjectNode report = statusExample();
      report.put("status", known);
      report.putNull("amount");
      report.putNull("reason");

      assertThat(schema(STATUS).validate(report)).as("status %s", known).isEmpty();
    }
  }

  @Test
  void aWithdrawalOrConfirmationWithAMalformedIdCodeOrTimestampIsRejected() {
    ObjectNode withdrawnId = withdrawnExample();
    withdrawnId.put("leadOrganisationId", "42");
    ObjectNode withdrawnAt = withdrawnExample();
    withdrawnAt.put("withdrawnAt", "2027-04-22");
    ObjectNode noReason = withdrawnExample();
    noReason.put("reason", "");
    ObjectNode confirmedCode = confirmedExample();
    confirmedCode.put("creditCode", "12520000mb1746925y");
    ObjectNode confirmedAt = confirmedExample();
    confirmedAt.put("confirmedAt", 1807164765);

    assertRejectedAs(WITHDRAWN, withdrawnId, "format", "/leadOrganisationId");
    assertRejectedAs(WITHDRAWN, withdrawnAt, "format", "/withdrawnAt");
    assertRejectedAs(WITHDRAWN, noReason, "minLength", "/reason");
    assertRejectedAs(CONFIRMED, confirmedCode, "pattern", "/creditCode");
    assertRejectedAs(CONFIRMED, confirmedAt, "type", "/confirmedAt");
  }

  // --- cn.gov.guizhou.ipp.award.decided.v1 -----------------------------------------------------

  @Test
  void theAwardIsKeyedByTheApplicationAndContinuesItsStory() {
    AwardDecidedV1 award = EventExamples.awardDecidedV1();
    ApplicationSubmittedV1 submitted = EventExamples.applicationSubmittedV1();
    ApplicationStatusReportedV1 approved = EventExamples.applicationStatusReportedV1();
    TrackSummary hvp =
        EventExamples.callPublishedV1().tracks().stream()
            .filter(track -> track.code().equals(submitted.trackCode()))
            .findFirst()
            .orElseThrow();

    assertThat(EventCatalogue.AWARD_DECIDED.topic()).isEqualTo(Topics.REVIEW_AWARDS);
    assertThat(award.aggregateId())
        .isEqualTo(submitted.aggregateId())
        .isEqualTo(approved.aggregateId());
    assertThat(award.reference()).isEqualTo(submitted.reference());
    assertThat(award.callYear()).isEqualTo(submitted.callYear());
    assertThat(award.trackCode()).isEqualTo(submitted.trackCode());
    assertThat(award.ruleVersion()).isEqualTo(submitted.ruleVersion());
    assertThat(award.leadOrganisationId()).isEqualTo(submitted.lead().organisationId());
    assertThat(award.leadCreditCode()).isEqualTo(submitted.lead().creditCode());
    assertThat(award.fundingRule()).isEqualTo(hvp.fundingRule());
    assertThat(award.awarded()).isTrue();
    assertThat(award.amount())
        .isEqualTo(((FixedAmount) hvp.fundingRule()).amount())
        .isEqualTo(submitted.requestedAmount())
        .isEqualTo(approved.amount());
    assertThat(hvp.monitored()).as("monitoring-service tracks the awarded HVP project").isTrue();
    assertThat(award.decidedAt())
        .isAfter(submitted.submittedAt())
        .as("the approval is reported as the award is decided")
        .isEqualTo(approved.occurredAt());
    assertThat(approved.reason())
        .contains("排名第" + award.rank())
        .contains(award.finalScore().stripTrailingZeros().toPlainString() + "分");
    assertThat(award.followedProposal())
        .as("the example departs from the proposal, so that its justification is set")
        .isFalse();
    assertThat(award.justification()).isNotBlank();
  }

  @Test
  void theAwardsFundingRuleIsDescribedExactlyAsTheCallsAndByTheKindsJacksonWrites() {
    JsonNode award = schemaNode(AWARD);
    JsonNode call = schemaNode(EventTypes.CALL_PUBLISHED_V1);
    JsonNode fundingRule = award.at("/properties/fundingRule");
    Set<String> subtypes = new LinkedHashSet<>();
    for (JsonSubTypes.Type subtype : FundingRule.class.getAnnotation(JsonSubTypes.class).value()) {
      subtypes.add(subtype.name());
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (JsonNode ref : fundingRule.get("oneOf")) {
      String name = ref.get("$ref").asString().substring("#/$defs/".length());

      assertThat(award.at("/$defs/" + name))
          .as("%s of the award schema vs the call schema", name)
          .isEqualTo(call.at("/$defs/" + name));
      kinds.add(deref(award, ref).at("/properties/kind/const").asString());
    }

    assertThat(fundingRule.get("oneOf"))
        .isEqualTo(call.at("/$defs/trackSummary/properties/fundingRule/oneOf"));
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(subtypes);
    assertThat(describedObjects(award, awardExample()))
        .as("objects of the example checked property by property")
        .containsOnlyKeys("", "/fundingRule");
  }

  @Test
  void moneyAndScoresOfAwardsAreWrittenAsJsonNumbersWithTwoDecimals() {
    assertThat(JSON.writeValueAsString(EventExamples.awardDecidedV1()))
        .contains("\"amount\":500000.00,\"fundingRule\":{\"kind\":\"FIXED_AMOUNT\",")
        .contains("\"kind\":\"FIXED_AMOUNT\",\"amount\":500000.00}")
        .contains("\"rank\":3,\"finalScore\":86.50,");
  }

  @Test
  void anAwardWithNegativeOrMalformedMoneyScoreRankCodeOrTimestampIsRejected() {
    Map<Object, String> amounts = new LinkedHashMap<>();
    amounts.put(new BigDecimal("-500000.00"), "minimum");
    amounts.put(new BigDecimal("-0.01"), "minimum");
    amounts.put(new BigDecimal("500000.001"), "multipleOf");
    amounts.put("500000.00", "type");
    amounts.forEach(
        (amount, keyword) -> {
          ObjectNode broken = awardExample();
          if (amount instanceof BigDecimal number) {
            broken.put("amount", number);
          } else {
            broken.put("amount", (String) amount);
          }
          assertRejectedAs(AWARD, broken, keyword, "/amount");
        });
    Map<BigDecimal, String> scores = new LinkedHashMap<>();
    scores.put(new BigDecimal("-1"), "minimum");
    scores.put(new BigDecimal("100.01"), "maximum");
    scores.put(new BigDecimal("86.505"), "multipleOf");
    scores.forEach(
        (score, keyword) -> {
          ObjectNode broken = awardExample();
          broken.put("finalScore", score);
          assertRejectedAs(AWARD, broken, keyword, "/finalScore");
        });
    ObjectNode scoreAsText = awardExample();
    scoreAsText.put("finalScore", "86.50");
    ObjectNode rankZero = awardExample();
    rankZero.put("rank", 0);
    ObjectNode fractionalRank = awardExample();
    fractionalRank.put("rank", 2.5);
    ObjectNode awardedAsText = awardExample();
    awardedAsText.put("awarded", "true");
    ObjectNode code = awardExample();
    code.put("leadCreditCode", "91520115MA6HQ7K2XI");
    ObjectNode lead = awardExample();
    lead.put("leadOrganisationId", "42");
    ObjectNode noOffset = awardExample();
    noOffset.put("decidedAt", "2027-06-18T16:30:00.275913");

    assertRejectedAs(AWARD, scoreAsText, "type", "/finalScore");
    assertRejectedAs(AWARD, rankZero, "minimum", "/rank");
    assertRejectedAs(AWARD, fractionalRank, "type", "/rank");
    assertRejectedAs(AWARD, awardedAsText, "type", "/awarded");
    assertRejectedAs(AWARD, code, "pattern", "/leadCreditCode");
    assertRejectedAs(AWARD, lead, "format", "/leadOrganisationId");
    assertRejectedAs(AWARD, noOffset, "format", "/decidedAt");
  }

  @Test
  void anAwardsFundingRuleWithoutItsAmountOrOfAnUnknownKindIsRejected() {
    ObjectNode withoutAmount = awardExample();
    ((ObjectNode) withoutAmount.get("fundingRule")).remove("amount");
    ObjectNode unknownKind = awardExample();
    ((ObjectNode) unknownKind.get("fundingRule")).put("kind", "LUMP_SUM");
    ObjectNode notAnObject = awardExample();
    notAnObject.put("fundingRule", "FIXED_AMOUNT");

    assertRejectedAs(AWARD, withoutAmount, "oneOf", "/fundingRule");
    assertRejectedAs(AWARD, withoutAmount, "required", "/fundingRule");
    assertRejectedAs(AWARD, unknownKind, "oneOf", "/fundingRule");
    assertThat(schema(AWARD).validate(notAnObject)).as("a rule that is not an object").isNotEmpty();
  }

  @Test
  void aDepartureFromTheProposalWithoutAJustificationIsRejected() {
    ObjectNode withoutJustification = awardExample();
    withoutJustification.remove("justification");
    ObjectNode nullJustification = awardExample();
    nullJustification.putNull("justification");
    ObjectNode emptyJustification = awardExample();
    emptyJustification.put("justification", "");
    ObjectNode justificationAsBoolean = awardExample();
    justificationAsBoolean.put("justification", true);

    assertRejectedAs(AWARD, withoutJustification, "required", "");
    assertRejectedAs(AWARD, nullJustification, "type", "/justification");
    assertRejectedAs(AWARD, emptyJustification, "minLength", "/justification");
    assertRejectedAs(AWARD, justificationAsBoolean, "type", "/justification");
  }

  @Test
  void anAwardWithoutMoneyOrARefusalWithMoneyIsRejected() {
    ObjectNode awardedNothing = awardExample();
    awardedNothing.put("amount", new BigDecimal("0.00"));
    ObjectNode refusedWithMoney = awardExample();
    refusedWithMoney.put("awarded", false);

    assertRejectedAs(AWARD, awardedNothing, "exclusiveMinimum", "/amount");
    assertRejectedAs(AWARD, refusedWithMoney, "maximum", "/amount");
  }

  @Test
  void aRefusalOrADecisionThatFollowsTheProposalAndAddedPropertiesAreAccepted() {
    ObjectNode refusedAsProposed = awardExample();
    refusedAsProposed.put("awarded", false);
    refusedAsProposed.put("amount", new BigDecimal("0.00"));
    refusedAsProposed.put("rank", 14);
    refusedAsProposed.put("finalScore", new BigDecimal("71.25"));
    refusedAsProposed.put("followedProposal", true);
    refusedAsProposed.putNull("justification");
    ObjectNode refusedAgainstTheProposal = awardExample();
    refusedAgainstTheProposal.put("awarded", false);
    refusedAgainstTheProposal.put("amount", 0);
    ObjectNode awardedAsProposed = awardExample();
    awardedAsProposed.put("followedProposal", true);
    awardedAsProposed.putNull("justification");
    ObjectNode underRankTiers = awardExample();
    underRankTiers.put("trackCode", "CAPABILITY-PREFECTURE");
    underRankTiers.put("amount", new BigDecimal("1000000.00"));
    underRankTiers.set(
        "fundingRule",
        callExample().at(pointerOfTrack(callExample(), "CAPABILITY-PREFECTURE") + "/fundingRule"));
    ObjectNode extended = awardExample();
    extended.put("decidedBy", "programme-officer");
    ((ObjectNode) extended.get("fundingRule")).put("currency", "CNY");

    assertThat(schema(AWARD).validate(refusedAsProposed)).as("a refusal as proposed").isEmpty();
    assertThat(schema(AWARD).validate(refusedAgainstTheProposal))
        .as("a refusal against the proposal, justified")
        .isEmpty();
    assertThat(schema(AWARD).validate(awardedAsProposed)).as("an award as proposed").isEmpty();
    assertThat(schema(AWARD).validate(underRankTiers)).as("an award under RANK_TIERS").isEmpty();
    assertThat(schema(AWARD).validate(extended)).as("added optional properties").isEmpty();
    assertThat(JSON.treeToValue(refusedAsProposed, EventCatalogue.AWARD_DECIDED.payload()))
        .satisfies(
            refusal -> {
              assertThat(refusal.awarded()).isFalse();
              assertThat(refusal.amount()).isEqualByComparingTo("0");
              assertThat(refusal.justification()).isNull();
            });
  }

  // --- cn.gov.guizhou.ipp.evaluation.concluded.v1, cn.gov.guizhou.ipp.acceptance.concluded.v1 ----

  @Test
  void evaluationsAndAcceptancesAreKeyedByTheApplicationOnTheAwardsTopic() {
    EvaluationConcludedV1 evaluation = EventExamples.evaluationConcludedV1();
    AcceptanceConcludedV1 acceptance = EventExamples.acceptanceConcludedV1();

    assertThat(
            List.of(
                EventCatalogue.EVALUATION_CONCLUDED.topic(),
                EventCatalogue.ACCEPTANCE_CONCLUDED.topic()))
        .containsOnly(Topics.REVIEW_AWARDS, EventCatalogue.AWARD_DECIDED.topic());
    assertThat(evaluation.aggregateId()).isEqualTo(evaluation.applicationId().toString());
    assertThat(acceptance.aggregateId())
        .isEqualTo(acceptance.applicationId().toString())
        .as("the acceptance follows the award on the application's partition")
        .isEqualTo(EventExamples.awardDecidedV1().aggregateId());
  }

  @Test
  void theAcceptanceConcludesTheAwardedHvpProjectOfTheStory() {
    AcceptanceConcludedV1 acceptance = EventExamples.acceptanceConcludedV1();
    ApplicationSubmittedV1 submitted = EventExamples.applicationSubmittedV1();
    AwardDecidedV1 award = EventExamples.awardDecidedV1();

    assertThat(award.awarded()).as("only an awarded project is accepted").isTrue();
    assertThat(acceptance.applicationId()).isEqualTo(submitted.applicationId());
    assertThat(acceptance.reference())
        .isEqualTo(submitted.reference())
        .isEqualTo(award.reference());
    assertThat(acceptance.callYear()).isEqualTo(submitted.callYear());
    assertThat(acceptance.trackCode()).isEqualTo(submitted.trackCode());
    assertThat(acceptance.leadOrganisationId())
        .isEqualTo(submitted.lead().organisationId())
        .isEqualTo(award.leadOrganisationId());
    assertThat(acceptance.leadCreditCode())
        .isEqualTo(submitted.lead().creditCode())
        .isEqualTo(award.leadCreditCode());
    assertThat(UnifiedSocialCreditCode.isValid(acceptance.leadCreditCode())).isTrue();
    assertThat(acceptance.attempt()).isEqualTo(1);
    assertThat(acceptance.outcome()).isEqualTo("PASSED");
    assertThat(acceptance.concludedAt().toInstant())
        .isAfter(award.decidedAt().toInstant())
        .as("after the implementation period, Beijing time")
        .isAfter(startOfDayInBeijing(submitted.implementationEnd().plusDays(1)));
    assertThat(acceptance.reason())
        .as("the conclusion states the score")
        .contains(acceptance.score().stripTrailingZeros().toPlainString() + "分");
  }

  @Test
  void theEvaluationReleasesTheSecondYearOfAGiBrandProjectWithinItsRule() {
    EvaluationConcludedV1 evaluation = EventExamples.evaluationConcludedV1();
    CallPublishedV1 call = EventExamples.callPublishedV1();
    TrackSummary giBrand =
        call.tracks().stream()
            .filter(track -> track.code().equals(evaluation.trackCode()))
            .findFirst()
            .orElseThrow();
    String code = EventExamples.QIANDONGNAN_IP_AUTHORITY_CREDIT_CODE;

    assertThat(evaluation.trackCode()).isEqualTo("GI-BRAND");
    assertThat(evaluation.callYear()).isEqualTo(call.year());
    assertThat(evaluation.reference())
        .startsWith(evaluation.callYear() + "-" + evaluation.trackCode() + "-");
    assertThat(evaluation.leadOrganisationId()).isEqualTo(EventExamples.QIANDONGNAN_IP_AUTHORITY);
    assertThat(giBrand.rules().eligibleApplicantTypes())
        .as("a prefecture IP authority may lead a GI-BRAND application")
        .contains("IP_AUTHORITY");
    assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
    assertThat(code)
        .as("registered by the establishment authority (1) as a government organ (1)")
        .startsWith("11");
    assertThat(UnifiedSocialCreditCode.parse(code).divisionCode()).as("黔东南州").isEqualTo("522600");
    assertThat(evaluation.evaluationYear()).isEqualTo(1);
    assertThat(evaluation.outcome()).isEqualTo("TARGETS_MET");
    assertThat(giBrand.fundingRule()).isInstanceOf(RollingWithEvaluation.class);
    RollingWithEvaluation rule = (RollingWithEvaluation) giBrand.fundingRule();
    assertThat(evaluation.fundedAmount())
        .isBetween(rule.secondYearMinimum(), rule.secondYearMaximum())
        .isEqualByComparingTo(rule.secondYearAward(true, evaluation.fundedAmount()));
    assertThat(evaluation.concludedAt().toInstant())
        .as("after the project's first year, within its implementation years")
        .isAfter(
            startOfDayInBeijing(
                LocalDate.of(
                    giBrand.implementationStartYear() + evaluation.evaluationYear(), 1, 1)))
        .isBefore(startOfDayInBeijing(LocalDate.of(giBrand.implementationEndYear() + 1, 1, 1)));
    assertThat(evaluation.note())
        .as("the note states the score and the year-2 amount")
        .contains(evaluation.score().stripTrailingZeros().toPlainString() + "分")
        .contains(
            evaluation.fundedAmount().movePointLeft(4).stripTrailingZeros().toPlainString() + "万元");
  }

  @Test
  void moneyAndScoresOfEvaluationsAndAcceptancesAreWrittenAsJsonNumbersWithTwoDecimals() {
    assertThat(JSON.writeValueAsString(EventExamples.evaluationConcludedV1()))
        .contains("\"score\":88.00,\"fundedAmount\":800000.00,");
    assertThat(JSON.writeValueAsString(EventExamples.acceptanceConcludedV1()))
        .contains("\"score\":91.50,");
  }

  @Test
  void anEvaluationWithMalformedMoneyScoreYearOutcomeIdNoteOrTimestampIsRejected() {
    Map<Object, String> amounts = new LinkedHashMap<>();
    amounts.put(new BigDecimal("-800000.00"), "minimum");
    amounts.put(new BigDecimal("-0.01"), "minimum");
    amounts.put(new BigDecimal("800000.001"), "multipleOf");
    amounts.put("800000.00", "type");
    amounts.forEach(
        (amount, keyword) ->
            assertRejectedAs(
                EVALUATION,
                with(evaluationExample(), "fundedAmount", amount),
                keyword,
                "/fundedAmount"));
    Map<Object, String> scores = new LinkedHashMap<>();
    scores.put(new BigDecimal("-1"), "minimum");
    scores.put(new BigDecimal("100.01"), "maximum");
    scores.put(new BigDecimal("88.005"), "multipleOf");
    scores.put("88.00", "type");
    scores.forEach(
        (score, keyword) ->
            assertRejectedAs(
                EVALUATION, with(evaluationExample(), "score", score), keyword, "/score"));
    Map<Object, String> years = new LinkedHashMap<>();
    years.put(0, "minimum");
    years.put(4, "maximum");
    years.put(new BigDecimal("1.5"), "type");
    years.put("1", "type");
    years.forEach(
        (year, keyword) ->
            assertRejectedAs(
                EVALUATION,
                with(evaluationExample(), "evaluationYear", year),
                keyword,
                "/evaluationYear"));
    for (String outcome : List.of("PASSED", "targets_met", "MET", "")) {
      assertRejectedAs(
          EVALUATION, with(evaluationExample(), "outcome", outcome), "enum", "/outcome");
    }
    assertRejectedAs(EVALUATION, with(evaluationExample(), "note", ""), "minLength", "/note");
    assertRejectedAs(
        EVALUATION, with(evaluationExample(), "reference", ""), "minLength", "/reference");
    assertRejectedAs(
        EVALUATION, with(evaluationExample(), "callYear", "2027"), "type", "/callYear");
    assertRejectedAs(
        EVALUATION,
        with(evaluationExample(), "leadOrganisationId", "42"),
        "format",
        "/leadOrganisationId");
    assertRejectedAs(
        EVALUATION,
        with(evaluationExample(), "concludedAt", "2028-02-24T15:20:15.418306"),
        "format",
        "/concludedAt");
  }

  @Test
  void anEvaluationOutcomeInTheWrongYearOrWithMoneyAgainstItsOutcomeIsRejected() {
    ObjectNode targetsMetInYearTwo = with(evaluationExample(), "evaluationYear", 2);
    ObjectNode excellentInYearThree =
        evaluation("DATA-IP-LEADER", 3, "EXCELLENT", new BigDecimal("0.00"));
    ObjectNode selectedInYearOne =
        evaluation("DATA-IP-LEADER", 1, "SELECTED", new BigDecimal("100000.00"));
    ObjectNode notSelectedInYearOne =
        evaluation("DATA-IP-LEADER", 1, "NOT_SELECTED", new BigDecimal("0.00"));
    ObjectNode targetsMetWithoutMoney =
        with(evaluationExample(), "fundedAmount", new BigDecimal("0.00"));

    assertRejectedAs(EVALUATION, targetsMetInYearTwo, "const", "/evaluationYear");
    assertRejectedAs(EVALUATION, excellentInYearThree, "const", "/evaluationYear");
    assertRejectedAs(EVALUATION, selectedInYearOne, "minimum", "/evaluationYear");
    assertRejectedAs(EVALUATION, notSelectedInYearOne, "minimum", "/evaluationYear");
    assertRejectedAs(EVALUATION, targetsMetWithoutMoney, "exclusiveMinimum", "/fundedAmount");
    Map<String, ObjectNode> withMoney = new LinkedHashMap<>();
    withMoney.put(
        "TARGETS_NOT_MET", evaluation("GI-BRAND", 1, "TARGETS_NOT_MET", new BigDecimal("0.01")));
    withMoney.put(
        "EXCELLENT", evaluation("DATA-IP-LEADER", 1, "EXCELLENT", new BigDecimal("100000.00")));
    withMoney.put(
        "NOT_EXCELLENT",
        evaluation("DATA-IP-LEADER", 1, "NOT_EXCELLENT", new BigDecimal("100000.00")));
    withMoney.put(
        "NOT_SELECTED",
        evaluation("DATA-IP-LEADER", 2, "NOT_SELECTED", new BigDecimal("100000.00")));
    withMoney.forEach(
        (outcome, broken) -> assertRejectedAs(EVALUATION, broken, "maximum", "/fundedAmount"));
  }

  @Test
  void everyOutcomeInItsYearAnUnscoredEvaluationAndAddedPropertiesAreAccepted() {
    StagedPostSubsidy leader =
        (StagedPostSubsidy)
            EventExamples.callPublishedV1().tracks().stream()
                .filter(track -> track.code().equals("DATA-IP-LEADER"))
                .findFirst()
                .orElseThrow()
                .fundingRule();
    List<ObjectNode> valid =
        List.of(
            evaluation("GI-BRAND", 1, "TARGETS_MET", new BigDecimal("500000.00")),
            evaluation("GI-BRAND", 1, "TARGETS_MET", new BigDecimal("1000000")),
            evaluation("GI-BRAND", 1, "TARGETS_NOT_MET", new BigDecimal("0.00")),
            evaluation("DATA-IP-LEADER", 1, "EXCELLENT", new BigDecimal("0.00")),
            evaluation("DATA-IP-LEADER", 1, "NOT_EXCELLENT", BigDecimal.ZERO),
            evaluation("DATA-IP-LEADER", 2, "SELECTED", leader.stageAmount()),
            evaluation("DATA-IP-LEADER", 2, "NOT_SELECTED", new BigDecimal("0.00")),
            evaluation("DATA-IP-LEADER", 3, "SELECTED", leader.stageAmount()),
            evaluation("DATA-IP-LEADER", 3, "NOT_SELECTED", new BigDecimal("0.00")));
    Set<String> outcomes = new LinkedHashSet<>();
    for (ObjectNode payload : valid) {
      outcomes.add(payload.get("outcome").asString());

      assertThat(schema(EVALUATION).validate(payload)).as(payload.toString()).isEmpty();
    }
    ObjectNode unscored = evaluationExample();
    unscored.putNull("score");
    ObjectNode extended = evaluationExample();
    extended.put("evaluatedBy", "programme-officer");
    extended.put("nextEvaluationDue", "2029-03-31");

    assertThat(outcomes)
        .as("the outcomes accepted are the schema's")
        .containsExactlyInAnyOrderElementsOf(
            strings(schemaNode(EVALUATION).at("/properties/outcome/enum")));
    assertThat(schema(EVALUATION).validate(unscored)).as("an unscored evaluation").isEmpty();
    assertThat(schema(EVALUATION).validate(extended)).as("added optional properties").isEmpty();
    assertThat(JSON.treeToValue(unscored, EventCatalogue.EVALUATION_CONCLUDED.payload()).score())
        .isNull();
  }

  @Test
  void anAcceptanceWithAMalformedAttemptOutcomeScoreCodeIdReasonOrTimestampIsRejected() {
    Map<Object, String> attempts = new LinkedHashMap<>();
    attempts.put(0, "minimum");
    attempts.put(3, "maximum");
    attempts.put(new BigDecimal("1.5"), "type");
    attempts.put("1", "type");
    attempts.forEach(
        (attempt, keyword) ->
            assertRejectedAs(
                ACCEPTANCE, with(acceptanceExample(), "attempt", attempt), keyword, "/attempt"));
    Map<Object, String> scores = new LinkedHashMap<>();
    scores.put(new BigDecimal("-0.50"), "minimum");
    scores.put(new BigDecimal("100.50"), "maximum");
    scores.put(new BigDecimal("91.505"), "multipleOf");
    scores.put("91.50", "type");
    scores.forEach(
        (score, keyword) ->
            assertRejectedAs(
                ACCEPTANCE, with(acceptanceExample(), "score", score), keyword, "/score"));
    for (String outcome : List.of("ACCEPTED", "FAILED", "FAILED_ACCEPTANCE", "passed", "")) {
      assertRejectedAs(
          ACCEPTANCE, with(acceptanceExample(), "outcome", outcome), "enum", "/outcome");
    }
    assertRejectedAs(ACCEPTANCE, with(acceptanceExample(), "reason", ""), "minLength", "/reason");
    assertRejectedAs(
        ACCEPTANCE,
        with(acceptanceExample(), "leadCreditCode", "91520115MA6HQ7K2XI"),
        "pattern",
        "/leadCreditCode");
    assertRejectedAs(
        ACCEPTANCE,
        with(acceptanceExample(), "applicationId", "2027-HVP-00042"),
        "format",
        "/applicationId");
    assertRejectedAs(
        ACCEPTANCE,
        with(acceptanceExample(), "concludedAt", "2028-03-16"),
        "format",
        "/concludedAt");
  }

  @Test
  void aRectificationAtTheSecondAttemptOrAFinalFailureAtTheFirstIsRejected() {
    ObjectNode finalAtTheFirst = with(acceptanceExample(), "outcome", "FAILED_FINALLY");
    ObjectNode rectifyAtTheSecond =
        with(with(acceptanceExample(), "outcome", "FAILED_RECTIFY"), "attempt", 2);

    assertRejectedAs(ACCEPTANCE, finalAtTheFirst, "const", "/attempt");
    assertRejectedAs(ACCEPTANCE, rectifyAtTheSecond, "const", "/attempt");
  }

  @Test
  void everyOutcomeAtItsAttemptAnUnscoredAcceptanceAndAddedPropertiesAreAccepted() {
    ObjectNode passedAfterRectification = with(acceptanceExample(), "attempt", 2);
    ObjectNode toRectify =
        with(
            with(acceptanceExample(), "outcome", "FAILED_RECTIFY"),
            "score",
            new BigDecimal("58.00"));
    ObjectNode failedFinally =
        with(with(acceptanceExample(), "outcome", "FAILED_FINALLY"), "attempt", 2);
    failedFinally.putNull("score");
    ObjectNode wholeScore = with(acceptanceExample(), "score", 100);
    ObjectNode extended = acceptanceExample();
    extended.put("panel", "省知识产权局验收专家组");
    extended.put("rectificationDeadline", "2028-06-30");

    assertThat(schema(ACCEPTANCE).validate(passedAfterRectification))
        .as("passed at the second attempt")
        .isEmpty();
    assertThat(schema(ACCEPTANCE).validate(toRectify)).as("failed at the first").isEmpty();
    assertThat(schema(ACCEPTANCE).validate(failedFinally)).as("failed finally, unscored").isEmpty();
    assertThat(schema(ACCEPTANCE).validate(wholeScore)).as("a whole score").isEmpty();
    assertThat(schema(ACCEPTANCE).validate(extended)).as("added optional properties").isEmpty();
    assertThat(strings(schemaNode(ACCEPTANCE).at("/properties/outcome/enum")))
        .containsExactlyInAnyOrder("PASSED", "FAILED_RECTIFY", "FAILED_FINALLY");
    assertThat(JSON.treeToValue(failedFinally, EventCatalogue.ACCEPTANCE_CONCLUDED.payload()))
        .satisfies(
            failure -> {
              assertThat(failure.outcome()).isEqualTo("FAILED_FINALLY");
              assertThat(failure.attempt()).isEqualTo(2);
              assertThat(failure.score()).isNull();
            });
  }

  @Test
  void asyncApiShowsTheProducersFollowUpExamplesFirstAndEveryAcceptanceOutcome() {
    for (String type : List.of(EVALUATION, ACCEPTANCE)) {
      List<Map<String, Object>> examples = asyncApiExamples(type);
      IntegrationEvent first =
          JSON.treeToValue(payload(examples.get(0)), definition(type).payload());

      assertThat(first)
          .as("the first AsyncAPI example of %s is the producer's example", type)
          .usingRecursiveComparison()
          .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
          .isEqualTo(EventExamples.byType().get(type));
      for (Map<String, Object> example : examples) {
        assertThat(OffsetDateTime.parse((String) map(example.get("headers")).get("ce_time")))
            .as("ce_time of %s is when it was concluded", example.get("name"))
            .isEqualTo(OffsetDateTime.parse(payload(example).get("concludedAt").asString()));
      }
    }
    List<AcceptanceConcludedV1> acceptances =
        asyncApiExamples(ACCEPTANCE).stream()
            .map(
                example ->
                    JSON.treeToValue(
                        payload(example), EventCatalogue.ACCEPTANCE_CONCLUDED.payload()))
            .toList();
    assertThat(acceptances)
        .extracting(AcceptanceConcludedV1::outcome)
        .containsExactly("PASSED", "FAILED_RECTIFY", "FAILED_FINALLY");
    assertThat(acceptances)
        .allSatisfy(
            acceptance ->
                assertThat(UnifiedSocialCreditCode.isValid(acceptance.leadCreditCode()))
                    .as(acceptance.leadCreditCode())
                    .isTrue());
    AcceptanceConcludedV1 toRectify = acceptances.get(1);
    AcceptanceConcludedV1 failedFinally = acceptances.get(2);
    assertThat(failedFinally)
        .as("the final failure follows the rectification of the same project")
        .usingRecursiveComparison()
        .comparingOnlyFields(
            "applicationId",
            "reference",
            "callYear",
            "trackCode",
            "leadOrganisationId",
            "leadCreditCode")
        .isEqualTo(toRectify);
    assertThat(List.of(toRectify.attempt(), failedFinally.attempt())).containsExactly(1, 2);
    assertThat(failedFinally.concludedAt()).isAfter(toRectify.concludedAt());
    List<EvaluationConcludedV1> evaluations =
        asyncApiExamples(EVALUATION).stream()
            .map(
                example ->
                    JSON.treeToValue(
                        payload(example), EventCatalogue.EVALUATION_CONCLUDED.payload()))
            .toList();
    assertThat(evaluations)
        .extracting(EvaluationConcludedV1::trackCode)
        .containsOnly("GI-BRAND", "DATA-IP-LEADER")
        .contains("GI-BRAND", "DATA-IP-LEADER");
    StagedPostSubsidy leader =
        (StagedPostSubsidy)
            EventExamples.callPublishedV1().tracks().stream()
                .filter(track -> track.code().equals("DATA-IP-LEADER"))
                .findFirst()
                .orElseThrow()
                .fundingRule();
    assertThat(evaluations)
        .filteredOn(evaluation -> evaluation.outcome().equals("SELECTED"))
        .isNotEmpty()
        .allSatisfy(
            selected ->
                assertThat(selected.fundedAmount())
                    .isEqualByComparingTo(
                        leader.awardAfterEvaluation(
                            selected.evaluationYear(), true, BigDecimal.ZERO)));
  }

  // --- funds.disbursed.v1, recovery.ordered.v1, expenditure.recorded.v1, risk-alert.changed.v1 --

  private static final String DISBURSED = EventTypes.FUNDS_DISBURSED_V1;
  private static final String RECOVERY = EventTypes.RECOVERY_ORDERED_V1;
  private static final String EXPENDITURE = EventTypes.EXPENDITURE_RECORDED_V1;
  private static final String ALERT = EventTypes.RISK_ALERT_CHANGED_V1;

  @Test
  void paymentsRecoveryOrdersExpenditureAndAlertsAreKeyedByTheGrantOnTheirTopics() {
    assertThat(
            List.of(
                EventCatalogue.FUNDS_DISBURSED.topic(), EventCatalogue.RECOVERY_ORDERED.topic()))
        .containsOnly(Topics.FUNDING_PAYMENTS);
    assertThat(EventCatalogue.EXPENDITURE_RECORDED.topic()).isEqualTo(Topics.FUNDING_EXPENDITURES);
    assertThat(EventCatalogue.RISK_ALERT_CHANGED.topic()).isEqualTo(Topics.MONITORING_ALERTS);
    String grant = EventExamples.awardDecidedV1().aggregateId();
    FundsDisbursedV1 payment = EventExamples.fundsDisbursedV1();
    assertThat(payment.aggregateId())
        .isEqualTo(payment.grantId().toString())
        .as("a tranche is keyed by its grant, the awarded application")
        .isEqualTo(grant);
    assertThat(EventExamples.expenditureRecordedV1().aggregateId()).isEqualTo(grant);
    assertThat(EventExamples.riskAlertChangedV1().aggregateId()).isEqualTo(grant);
    RecoveryOrderedV1 order = EventExamples.recoveryOrderedV1();
    assertThat(order.aggregateId()).isEqualTo(order.applicationId().toString());
  }

  @Test
  void thePaymentTheExpenditureAndTheAlertContinueTheHvpStory() {
    AwardDecidedV1 award = EventExamples.awardDecidedV1();
    ApplicationSubmittedV1 submitted = EventExamples.applicationSubmittedV1();
    FundsDisbursedV1 payment = EventExamples.fundsDisbursedV1();
    ExpenditureRecordedV1 expense = EventExamples.expenditureRecordedV1();
    RiskAlertChangedV1 alert = EventExamples.riskAlertChangedV1();

    assertThat(payment.kind()).isEqualTo("TRANCHE");
    assertThat(payment.trancheSequence()).isEqualTo(1);
    assertThat(payment.grantId()).isEqualTo(award.applicationId());
    assertThat(List.of(payment.reference(), payment.trackCode()))
        .containsExactly(award.reference(), award.trackCode());
    assertThat(payment.callYear()).isEqualTo(award.callYear());
    assertThat(payment.organisationId()).isEqualTo(award.leadOrganisationId());
    assertThat(payment.creditCode()).isEqualTo(award.leadCreditCode());
    assertThat(UnifiedSocialCreditCode.isValid(payment.creditCode())).isTrue();
    assertThat(payment.amount())
        .as("the FIXED_AMOUNT rule pays the whole award in one tranche")
        .isEqualTo(award.amount());
    assertThat(payment.cashAmount().add(payment.offsetAmount())).isEqualTo(payment.amount());
    assertThat(payment.creditCheckId())
        .as("a payment relies on a clear check, not the check of 2025 that found a record")
        .isNotEqualTo(EventExamples.creditCheckCompletedV1().checkId());
    assertThat(payment.recordedAt()).isAfter(award.decidedAt());
    assertThat(payment.paidOn()).isAfter(award.decidedAt().toLocalDate());

    BudgetLine line =
        submitted.budget().stream()
            .filter(budgetLine -> budgetLine.category().equals(expense.category()))
            .findFirst()
            .orElseThrow();
    assertThat(expense.aggregateId()).isEqualTo(award.aggregateId());
    assertThat(List.of(expense.reference(), expense.trackCode()))
        .containsExactly(submitted.reference(), submitted.trackCode());
    assertThat(expense.callYear()).isEqualTo(submitted.callYear());
    assertThat(expense.organisationId()).isEqualTo(submitted.lead().organisationId());
    assertThat(expense.approvedInCategory()).isEqualTo(line.amount());
    assertThat(expense.spentInCategory())
        .isGreaterThanOrEqualTo(expense.amount())
        .isLessThanOrEqualTo(expense.approvedInCategory());
    assertThat(expense.spentOn())
        .isAfterOrEqualTo(payment.paidOn())
        .isBetween(submitted.implementationStart(), submitted.implementationEnd());
    assertThat(expense.recordedAt()).isAfter(payment.recordedAt());
    assertThat(expense.voucher().sha256()).matches("[0-9a-f]{64}");

    TrackSummary hvp =
        EventExamples.callPublishedV1().tracks().stream()
            .filter(track -> track.code().equals(submitted.trackCode()))
            .findFirst()
            .orElseThrow();
    assertThat(hvp.monitored()).as("only monitored projects have alerts").isTrue();
    assertThat(alert.aggregateId()).isEqualTo(award.aggregateId());
    assertThat(List.of(alert.reference(), alert.trackCode()))
        .containsExactly(submitted.reference(), submitted.trackCode());
    assertThat(alert.callYear()).isEqualTo(submitted.callYear());
    assertThat(List.of(alert.level(), alert.previousLevel())).containsExactly("YELLOW", "GREEN");
    assertThat(alert.reasons()).isNotEmpty();
    assertThat(alert.changedAt()).isAfter(award.decidedAt());
    assertThat(alert.changedAt().toLocalDate())
        .isBetween(submitted.implementationStart(), submitted.implementationEnd());
  }

  @Test
  void theRecoveryOrderFollowsTheFinalAcceptanceFailureOfItsProject() {
    RecoveryOrderedV1 order = EventExamples.recoveryOrderedV1();
    AcceptanceConcludedV1 failedFinally =
        asyncApiExamples(ACCEPTANCE).stream()
            .map(
                example ->
                    JSON.treeToValue(
                        payload(example), EventCatalogue.ACCEPTANCE_CONCLUDED.payload()))
            .filter(acceptance -> acceptance.outcome().equals("FAILED_FINALLY"))
            .findFirst()
            .orElseThrow();
    FixedAmount rule =
        (FixedAmount)
            EventExamples.callPublishedV1().tracks().stream()
                .filter(track -> track.code().equals(order.trackCode()))
                .findFirst()
                .orElseThrow()
                .fundingRule();

    assertThat(order.aggregateId()).isEqualTo(failedFinally.aggregateId());
    assertThat(List.of(order.reference(), order.trackCode()))
        .containsExactly(failedFinally.reference(), failedFinally.trackCode());
    assertThat(order.callYear()).isEqualTo(failedFinally.callYear());
    assertThat(order.organisationId()).isEqualTo(failedFinally.leadOrganisationId());
    assertThat(order.creditCode()).isEqualTo(failedFinally.leadCreditCode());
    assertThat(UnifiedSocialCreditCode.isValid(order.creditCode())).isTrue();
    assertThat(order.orderedAt()).isAfter(failedFinally.concludedAt());
    assertThat(order.paid()).as("the track's fixed amount was paid").isEqualTo(rule.amount());
    assertThat(order.eligibleSpending()).isLessThanOrEqualTo(order.paid());
    assertThat(order.amount()).isEqualTo(order.paid().subtract(order.eligibleSpending()));
  }

  @Test
  void moneyOfPaymentsRecoveryOrdersAndExpenditureIsWrittenAsJsonNumbersWithTwoDecimals() {
    assertThat(JSON.writeValueAsString(EventExamples.fundsDisbursedV1()))
        .contains("\"amount\":500000.00,\"offsetAmount\":0.00,\"cashAmount\":500000.00,");
    assertThat(JSON.writeValueAsString(EventExamples.recoveryOrderedV1()))
        .contains("\"paid\":100000.00,\"eligibleSpending\":38620.00,\"amount\":61380.00,");
    assertThat(JSON.writeValueAsString(EventExamples.expenditureRecordedV1()))
        .contains("\"amount\":36500.00,")
        .contains("\"approvedInCategory\":180000.00,\"spentInCategory\":96500.00,");
  }

  @Test
  void aPaymentWithAnUnknownKindAMissingOrStrayTrancheOrMalformedMoneyCodeDateOrIdIsRejected() {
    assertRejectedAs(
        DISBURSED, with(serialisedExample(DISBURSED), "kind", "GRANT"), "enum", "/kind");
    assertRejectedAs(
        DISBURSED,
        with(serialisedExample(DISBURSED), "trancheSequence", 0),
        "minimum",
        "/trancheSequence");
    ObjectNode trancheWithoutSequence = serialisedExample(DISBURSED);
    trancheWithoutSequence.putNull("trancheSequence");
    assertRejectedAs(DISBURSED, trancheWithoutSequence, "type", "/trancheSequence");
    assertRejectedAs(
        DISBURSED,
        with(serialisedExample(DISBURSED), "kind", "SECURITISATION_SUBSIDY"),
        "type",
        "/trancheSequence");
    Map<String, Map<Object, String>> money = new LinkedHashMap<>();
    money.put(
        "amount",
        Map.of(
            new BigDecimal("0.00"),
            "exclusiveMinimum",
            new BigDecimal("500000.001"),
            "multipleOf",
            "500000.00",
            "type"));
    money.put("offsetAmount", Map.of(new BigDecimal("-0.01"), "minimum"));
    money.put("cashAmount", Map.of(new BigDecimal("-500000.00"), "minimum"));
    money.forEach(
        (property, values) ->
            values.forEach(
                (value, keyword) ->
                    assertRejectedAs(
                        DISBURSED,
                        with(serialisedExample(DISBURSED), property, value),
                        keyword,
                        "/" + property)));
    assertRejectedAs(
        DISBURSED,
        with(serialisedExample(DISBURSED), "creditCode", "91520115MA6HQ7K2XI"),
        "pattern",
        "/creditCode");
    assertRejectedAs(
        DISBURSED,
        with(serialisedExample(DISBURSED), "paidOn", "2027-07-02T00:00:00Z"),
        "format",
        "/paidOn");
    assertRejectedAs(
        DISBURSED,
        with(serialisedExample(DISBURSED), "creditCheckId", "not-a-uuid"),
        "format",
        "/creditCheckId");
    assertRejectedAs(
        DISBURSED,
        with(serialisedExample(DISBURSED), "recordedAt", "2027-07-02T07:18:44.512093"),
        "format",
        "/recordedAt");
  }

  @Test
  void aSubsidyWithoutTrancheAFullOffsetAndAddedPropertiesAreAccepted() {
    ObjectNode subsidy = with(serialisedExample(DISBURSED), "kind", "SECURITISATION_SUBSIDY");
    subsidy.putNull("trancheSequence");
    subsidy.put("offsetAmount", new BigDecimal("500000.00"));
    subsidy.put("cashAmount", new BigDecimal("0.00"));
    subsidy.put("treasuryBatch", "2027-07-B3");

    assertThat(schema(DISBURSED).validate(subsidy)).isEmpty();
  }

  @Test
  void aRecoveryOrderWithNegativeOrMalformedMoneyCodeReasonOrTimestampIsRejected() {
    assertRejectedAs(
        RECOVERY,
        with(serialisedExample(RECOVERY), "paid", new BigDecimal("-0.01")),
        "minimum",
        "/paid");
    assertRejectedAs(
        RECOVERY,
        with(serialisedExample(RECOVERY), "eligibleSpending", "38620.00"),
        "type",
        "/eligibleSpending");
    assertRejectedAs(
        RECOVERY,
        with(serialisedExample(RECOVERY), "amount", new BigDecimal("61380.005")),
        "multipleOf",
        "/amount");
    assertRejectedAs(
        RECOVERY,
        with(serialisedExample(RECOVERY), "creditCode", "9152010MA6J2W7T4Y"),
        "pattern",
        "/creditCode");
    assertRejectedAs(
        RECOVERY, with(serialisedExample(RECOVERY), "reason", ""), "minLength", "/reason");
    assertRejectedAs(
        RECOVERY,
        with(serialisedExample(RECOVERY), "orderedAt", "2028-07-04"),
        "format",
        "/orderedAt");
    assertThat(
            schema(RECOVERY)
                .validate(
                    with(serialisedExample(RECOVERY), "amount", new BigDecimal("0.00"))
                        .put("eligibleSpending", new BigDecimal("100000.00"))))
        .as("an order of nothing, everything paid spent eligibly")
        .isEmpty();
  }

  @Test
  void anExpenditureCategoryIsOneOfTheBudgetCategoriesOfTheApplication() {
    JsonNode category = schemaNode(EXPENDITURE).at("/properties/category");
    JsonNode budgetCategory = schemaNode(SUBMITTED).at("/$defs/budgetLine/properties/category");

    assertThat(category.get("type")).isEqualTo(budgetCategory.get("type"));
    assertThat(category.get("enum"))
        .as("the categories of an expenditure are those of a budget line")
        .isEqualTo(budgetCategory.get("enum"));
    assertThat(strings(category.get("enum")))
        .contains(EventExamples.expenditureRecordedV1().category());
  }

  @Test
  void anExpenditureWithAnUnknownCategoryOrMalformedMoneyDateOrVoucherIsRejected() {
    assertRejectedAs(
        EXPENDITURE,
        with(serialisedExample(EXPENDITURE), "category", "TRAVEL"),
        "enum",
        "/category");
    assertRejectedAs(
        EXPENDITURE,
        with(serialisedExample(EXPENDITURE), "amount", new BigDecimal("0.00")),
        "exclusiveMinimum",
        "/amount");
    assertRejectedAs(
        EXPENDITURE,
        with(serialisedExample(EXPENDITURE), "approvedInCategory", new BigDecimal("-1.00")),
        "minimum",
        "/approvedInCategory");
    assertRejectedAs(
        EXPENDITURE,
        with(serialisedExample(EXPENDITURE), "spentInCategory", new BigDecimal("96500.125")),
        "multipleOf",
        "/spentInCategory");
    assertRejectedAs(
        EXPENDITURE,
        with(serialisedExample(EXPENDITURE), "spentOn", "2027-09-18T10:00:00+08:00"),
        "format",
        "/spentOn");
    ObjectNode upperCaseDigest = serialisedExample(EXPENDITURE);
    ((ObjectNode) upperCaseDigest.get("voucher"))
        .put("sha256", "7514F8770A9067AD7BD50F2E4AF54AF9940EC3C563A90AAC6A407F09D6F93C43");
    assertRejectedAs(EXPENDITURE, upperCaseDigest, "pattern", "/voucher/sha256");
    ObjectNode emptyFile = serialisedExample(EXPENDITURE);
    ((ObjectNode) emptyFile.get("voucher")).put("sizeBytes", 0);
    assertRejectedAs(EXPENDITURE, emptyFile, "minimum", "/voucher/sizeBytes");
    ObjectNode overspent =
        with(serialisedExample(EXPENDITURE), "spentInCategory", new BigDecimal("186500.00"));
    ((ObjectNode) overspent.get("voucher")).put("documentId", UUID.randomUUID().toString());
    assertThat(schema(EXPENDITURE).validate(overspent))
        .as("an overspent category is the consumer's to judge; added properties are accepted")
        .isEmpty();
  }

  @Test
  void anAlertWithAnUnknownLevelOrARedOrYellowOneWithoutReasonsIsRejected() {
    assertRejectedAs(ALERT, with(serialisedExample(ALERT), "level", "AMBER"), "enum", "/level");
    assertRejectedAs(
        ALERT, with(serialisedExample(ALERT), "previousLevel", "ORANGE"), "enum", "/previousLevel");
    for (String level : List.of("RED", "YELLOW")) {
      ObjectNode withoutReasons = with(serialisedExample(ALERT), "level", level);
      withoutReasons.putArray("reasons");
      assertRejectedAs(ALERT, withoutReasons, "minItems", "/reasons");
    }
    ObjectNode emptyReason = serialisedExample(ALERT);
    ((ArrayNode) emptyReason.get("reasons")).add("");
    assertRejectedAs(ALERT, emptyReason, "minLength", "/reasons/2");
    ObjectNode firstAlert = with(serialisedExample(ALERT), "level", "GREEN");
    firstAlert.putNull("previousLevel");
    firstAlert.putArray("reasons");
    assertThat(schema(ALERT).validate(firstAlert))
        .as("a first GREEN alert with no previous level and no reasons")
        .isEmpty();
  }

  @Test
  void asyncApiShowsTheFundingAndMonitoringProducersExamplesFirstAndEveryKindAndLevel() {
    Map<String, String> timeOf =
        Map.of(
            DISBURSED, "recordedAt",
            RECOVERY, "orderedAt",
            EXPENDITURE, "recordedAt",
            ALERT, "changedAt");
    timeOf.forEach(
        (type, time) -> {
          List<Map<String, Object>> examples = asyncApiExamples(type);
          assertThat(JSON.treeToValue(payload(examples.get(0)), definition(type).payload()))
              .as("the first AsyncAPI example of %s is the producer's example", type)
              .usingRecursiveComparison()
              .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
              .isEqualTo(EventExamples.byType().get(type));
          for (Map<String, Object> example : examples) {
            assertThat(OffsetDateTime.parse((String) map(example.get("headers")).get("ce_time")))
                .as("ce_time of %s is its %s", example.get("name"), time)
                .isEqualTo(OffsetDateTime.parse(payload(example).get(time).asString()));
          }
        });
    List<FundsDisbursedV1> payments =
        asyncApiExamples(DISBURSED).stream()
            .map(
                example ->
                    JSON.treeToValue(payload(example), EventCatalogue.FUNDS_DISBURSED.payload()))
            .toList();
    assertThat(payments)
        .extracting(FundsDisbursedV1::kind)
        .containsExactly("TRANCHE", "SECURITISATION_SUBSIDY");
    assertThat(payments)
        .allSatisfy(
            payment -> {
              assertThat(payment.cashAmount().add(payment.offsetAmount()))
                  .isEqualByComparingTo(payment.amount());
              assertThat(UnifiedSocialCreditCode.isValid(payment.creditCode())).isTrue();
            });
    FundsDisbursedV1 offset = payments.get(1);
    RecoveryOrderedV1 order = EventExamples.recoveryOrderedV1();
    assertThat(offset.trancheSequence()).isNull();
    assertThat(offset.organisationId()).isEqualTo(order.organisationId());
    assertThat(offset.offsetAmount())
        .as("the subsidy settles the organisation's recovery order")
        .isEqualByComparingTo(order.amount());
    assertThat(offset.recordedAt()).isAfter(order.orderedAt());
    List<RiskAlertChangedV1> alerts =
        asyncApiExamples(ALERT).stream()
            .map(
                example ->
                    JSON.treeToValue(payload(example), EventCatalogue.RISK_ALERT_CHANGED.payload()))
            .toList();
    assertThat(alerts)
        .extracting(RiskAlertChangedV1::level)
        .containsExactlyInAnyOrder("RED", "YELLOW", "GREEN");
    assertThat(alerts)
        .as("a project's first alert has no previous level")
        .anySatisfy(alert -> assertThat(alert.previousLevel()).isNull());
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

  private static ObjectNode creditCheckExample() {
    return serialisedExample(EventTypes.CREDIT_CHECK_COMPLETED_V1);
  }

  private static List<Error> creditCheckErrors(JsonNode payload) {
    return schema(EventTypes.CREDIT_CHECK_COMPLETED_V1).validate(payload);
  }

  private static ObjectNode callExample() {
    return serialisedExample(EventTypes.CALL_PUBLISHED_V1);
  }

  private static List<Error> callErrors(JsonNode payload) {
    return schema(EventTypes.CALL_PUBLISHED_V1).validate(payload);
  }

  private static ObjectNode stateChangeExample() {
    return serialisedExample(EventTypes.CALL_STATE_CHANGED_V1);
  }

  private static List<Error> stateChangeErrors(JsonNode payload) {
    return schema(EventTypes.CALL_STATE_CHANGED_V1).validate(payload);
  }

  private static final String SUBMITTED = EventTypes.APPLICATION_SUBMITTED_V1;
  private static final String WITHDRAWN = EventTypes.APPLICATION_WITHDRAWN_V1;
  private static final String CONFIRMED = EventTypes.PARTICIPANT_CONFIRMED_V1;
  private static final String STATUS = EventTypes.APPLICATION_STATUS_REPORTED_V1;
  private static final String AWARD = EventTypes.AWARD_DECIDED_V1;

  private static ObjectNode submittedExample() {
    return serialisedExample(SUBMITTED);
  }

  private static ObjectNode withdrawnExample() {
    return serialisedExample(WITHDRAWN);
  }

  private static ObjectNode confirmedExample() {
    return serialisedExample(CONFIRMED);
  }

  private static ObjectNode statusExample() {
    return serialisedExample(STATUS);
  }

  private static ObjectNode awardExample() {
    return serialisedExample(AWARD);
  }

  private static final String EVALUATION = EventTypes.EVALUATION_CONCLUDED_V1;
  private static final String ACCEPTANCE = EventTypes.ACCEPTANCE_CONCLUDED_V1;

  private static ObjectNode evaluationExample() {
    return serialisedExample(EVALUATION);
  }

  private static ObjectNode acceptanceExample() {
    return serialisedExample(ACCEPTANCE);
  }

  /** The evaluation example with another track, year, outcome and funded amount. */
  private static ObjectNode evaluation(
      String trackCode, int evaluationYear, String outcome, BigDecimal fundedAmount) {
    ObjectNode payload = evaluationExample();
    payload.put("trackCode", trackCode);
    payload.put("evaluationYear", evaluationYear);
    payload.put("outcome", outcome);
    payload.put("fundedAmount", fundedAmount);
    return payload;
  }

  /** {@code payload} with {@code property} set to a number or a string. */
  private static ObjectNode with(ObjectNode payload, String property, Object value) {
    if (value instanceof Integer number) {
      payload.put(property, number);
    } else if (value instanceof BigDecimal number) {
      payload.put(property, number);
    } else if (value instanceof String text) {
      payload.put(property, text);
    } else {
      throw new IllegalArgumentException("not a number or a string: " + value);
    }
    return payload;
  }

  /** The start of a day in Beijing (+08:00), as the instant it is. */
  private static Instant startOfDayInBeijing(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.ofHours(8)).toInstant();
  }

  /** The examples of the AsyncAPI message of {@code type}, in the document's order. */
  private static List<Map<String, Object>> asyncApiExamples(String type) {
    List<Map<String, Object>> examples = new ArrayList<>();
    for (Map<String, Object> message : messages(asyncApi())) {
      if (type.equals(message.get("name"))) {
        list(message.get("examples")).forEach(example -> examples.add(map(example)));
      }
    }
    assertThat(examples).as("AsyncAPI examples of %s", type).isNotEmpty();
    return examples;
  }

  private static JsonNode payload(Map<String, Object> asyncApiExample) {
    return JSON.valueToTree(asyncApiExample.get("payload"));
  }

  /** The validator reports {@code keyword} for {@code pointer} of a {@code type} payload. */
  private static void assertRejectedAs(
      String type, JsonNode payload, String keyword, String pointer) {
    assertThat(schema(type).validate(payload))
        .as("%s: %s at %s", type, keyword, pointer)
        .anySatisfy(
            error -> {
              assertThat(error.getKeyword()).isEqualTo(keyword);
              assertThat(jsonPointer(error.getInstanceLocation())).isEqualTo(pointer);
            });
  }

  private static List<String> names(Enum<?>[] constants) {
    return Stream.of(constants).map(Enum::name).toList();
  }

  /** The validator reports {@code keyword} for {@code pointer} (perhaps among others). */
  private static void assertRejected(JsonNode call, String keyword, String pointer) {
    assertThat(callErrors(call))
        .as("%s at %s", keyword, pointer)
        .anySatisfy(
            error -> {
              assertThat(error.getKeyword()).isEqualTo(keyword);
              assertThat(jsonPointer(error.getInstanceLocation())).isEqualTo(pointer);
            });
  }

  private static String pointerOfTrack(JsonNode call, String code) {
    JsonNode tracks = call.get("tracks");
    for (int i = 0; i < tracks.size(); i++) {
      if (code.equals(tracks.get(i).path("code").asString())) {
        return "/tracks/" + i;
      }
    }
    throw new AssertionError("no track " + code + " in the example");
  }

  private static ObjectNode track(ObjectNode call, String code) {
    return (ObjectNode) call.at(pointerOfTrack(call, code));
  }

  private static ObjectNode rule(ObjectNode call, String code) {
    return (ObjectNode) track(call, code).get("fundingRule");
  }

  /**
   * Each JSON object of {@code instance}, at any depth, by its JSON Pointer ({@code ""} for the
   * payload itself), with the subschema of {@code schema} that describes it: local {@code $ref}s
   * are followed, array elements are described by {@code items}, and of a {@code oneOf} the one
   * branch whose {@code const} properties (the discriminator, e.g. a funding rule's {@code kind})
   * the object matches is taken. Fails if an object has no such subschema.
   */
  private static Map<String, JsonNode> describedObjects(JsonNode schema, JsonNode instance) {
    Map<String, JsonNode> described = new LinkedHashMap<>();
    describe(schema, schema, instance, "", described);
    return described;
  }

  private static void describe(
      JsonNode root,
      JsonNode schema,
      JsonNode instance,
      String pointer,
      Map<String, JsonNode> described) {
    JsonNode subschema = branchFor(root, deref(root, schema), instance, pointer);
    if (instance.isObject()) {
      assertThat(subschema.path("properties").isObject())
          .as("the subschema of %s lists its properties", at(pointer))
          .isTrue();
      described.put(pointer, subschema);
      for (Map.Entry<String, JsonNode> field : instance.properties()) {
        JsonNode property = subschema.get("properties").get(field.getKey());
        if (property != null) {
          String name = field.getKey().replace("~", "~0").replace("/", "~1");
          describe(root, property, field.getValue(), pointer + "/" + name, described);
        }
      }
    } else if (instance.isArray()) {
      assertThat(subschema.has("items")).as("the subschema of %s has items", at(pointer)).isTrue();
      for (int i = 0; i < instance.size(); i++) {
        describe(root, subschema.get("items"), instance.get(i), pointer + "/" + i, described);
      }
    }
  }

  /** The schema itself, or of its {@code oneOf} the one branch the instance's consts select. */
  private static JsonNode branchFor(
      JsonNode root, JsonNode schema, JsonNode instance, String pointer) {
    if (!schema.has("oneOf")) {
      return schema;
    }
    List<JsonNode> selected = new ArrayList<>();
    for (JsonNode candidate : schema.get("oneOf")) {
      JsonNode branch = deref(root, candidate);
      List<Map.Entry<String, JsonNode>> discriminators =
          branch.path("properties").properties().stream()
              .filter(property -> property.getValue().has("const"))
              .toList();
      assertThat(discriminators)
          .as("each oneOf branch for %s has a const discriminator: %s", at(pointer), candidate)
          .isNotEmpty();
      if (discriminators.stream()
          .allMatch(d -> d.getValue().get("const").equals(instance.get(d.getKey())))) {
        selected.add(branch);
      }
    }
    assertThat(selected)
        .as("oneOf branches selected by the discriminator of %s (%s)", at(pointer), instance)
        .hasSize(1);
    return branchFor(root, selected.get(0), instance, pointer);
  }

  /** Follows local {@code $ref}s ({@code #/$defs/...}) within the schema document. */
  private static JsonNode deref(JsonNode root, JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; current.has("$ref"); hops++) {
      String ref = current.get("$ref").asString();
      assertThat(ref).as("a local $ref").startsWith("#/");
      assertThat(hops).as("%s does not loop", ref).isLessThan(20);
      current = root.at(ref.substring(1));
      assertThat(current.isMissingNode()).as("%s resolves", ref).isFalse();
    }
    return current;
  }

  /** Every subschema, at any depth, that lists {@code properties}, by where it is. */
  private static void collectObjectSchemas(
      JsonNode schema, String where, Map<String, JsonNode> found) {
    if (!schema.isObject()) {
      return;
    }
    if (schema.has("properties")) {
      found.put(where, schema);
    }
    for (String keyword : SCHEMA_VALUED) {
      if (schema.has(keyword)) {
        collectObjectSchemas(schema.get(keyword), where + "/" + keyword, found);
      }
    }
    for (String keyword : SCHEMA_MAPS) {
      for (Map.Entry<String, JsonNode> entry : schema.path(keyword).properties()) {
        collectObjectSchemas(entry.getValue(), where + "/" + keyword + "/" + entry.getKey(), found);
      }
    }
    for (String keyword : SCHEMA_ARRAYS) {
      JsonNode array = schema.path(keyword);
      for (int i = 0; i < array.size(); i++) {
        collectObjectSchemas(array.get(i), where + "/" + keyword + "/" + i, found);
      }
    }
  }

  private static String at(String pointer) {
    return pointer.isEmpty() ? "the payload" : pointer;
  }

  /** The JSON Pointer of a validator's instance location. */
  private static String jsonPointer(NodePath location) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      String token = String.valueOf(location.getElement(i));
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
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
