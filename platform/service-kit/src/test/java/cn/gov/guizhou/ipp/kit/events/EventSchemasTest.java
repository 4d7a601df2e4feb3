package cn.gov.guizhou.ipp.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventDefinition;
import cn.gov.guizhou.ipp.contracts.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Payloads are validated against the schemas event-contracts carries, naming what fails. */
class EventSchemasTest {

  private final EventSchemas schemas = new EventSchemas();

  static Stream<EventDefinition<?>> definitions() {
    return EventCatalogue.all().stream();
  }

  /** The example the published schema itself gives (its {@code examples[0]}). */
  static ObjectNode example(EventDefinition<?> definition) {
    try (InputStream schema = definition.openSchema()) {
      return (ObjectNode) EventJson.mapper().readTree(schema).get("examples").get(0).deepCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode payload) {
    return EventJson.mapper().writeValueAsString(payload);
  }

  /** The payload's text with {@code property} set to the number as written, e.g. {@code 1e400}. */
  static String withNumber(ObjectNode payload, String property, String number) {
    payload.put(property, "@@number@@");
    return text(payload).replace("\"@@number@@\"", number);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void eachSchemasOwnExampleIsValid(EventDefinition<?> definition) {
    assertThatCode(() -> schemas.check(definition, text(example(definition))))
        .doesNotThrowAnyException();
  }

  @Test
  void anAmountNoConsumerCanStoreIsRefusedAtItsPath() {
    EventDefinition<?> disbursed = EventCatalogue.FUNDS_DISBURSED;
    for (String amount : new String[] {"1e400", "1000000000000", "1000000000000.00"}) {
      String payload = withNumber(example(disbursed), "amount", amount);

      assertThatThrownBy(() -> schemas.check(disbursed, payload))
          .as(amount)
          .isInstanceOfSatisfying(
              EventContractViolation.class,
              violation -> {
                assertThat(violation.eventType()).isEqualTo(disbursed.type());
                assertThat(violation.paths()).containsExactly("/amount");
                assertThat(violation.failures())
                    .extracting(EventContractViolation.Failure::keyword)
                    .containsExactly("exclusiveMaximum");
                assertThat(violation.getMessage()).contains(disbursed.type()).contains("/amount");
              });
    }
  }

  @Test
  void theLargestAmountEveryColumnHoldsIsValid() {
    EventDefinition<?> disbursed = EventCatalogue.FUNDS_DISBURSED;
    ObjectNode payload = example(disbursed);
    payload.put("amount", new java.math.BigDecimal("999999999999.99"));
    payload.put("cashAmount", new java.math.BigDecimal("999999999999.99"));
    payload.put("offsetAmount", new java.math.BigDecimal("0.00"));

    assertThatCode(() -> schemas.check(disbursed, text(payload))).doesNotThrowAnyException();
  }

  @Test
  void aFractionOfAFenAMissingFieldAndAWrongTypeAreEachNamed() {
    EventDefinition<?> disbursed = EventCatalogue.FUNDS_DISBURSED;
    ObjectNode payload = example(disbursed);
    payload.put("offsetAmount", new java.math.BigDecimal("0.001"));
    payload.remove("paymentId");
    payload.put("callYear", "2027");

    assertThatThrownBy(() -> schemas.check(disbursed, text(payload)))
        .isInstanceOfSatisfying(
            EventContractViolation.class,
            violation ->
                assertThat(violation.failures())
                    .extracting(f -> f.path() + " " + f.keyword())
                    .contains("/offsetAmount multipleOf", " required", "/callYear type"));
  }

  @Test
  void aPathInsideANestedArrayIsAJsonPointer() {
    EventDefinition<?> call = EventCatalogue.CALL_PUBLISHED;
    ObjectNode payload = example(call);
    ((ObjectNode) payload.get("tracks").get(0)).remove("code");

    assertThatThrownBy(() -> schemas.check(call, text(payload)))
        .isInstanceOfSatisfying(
            EventContractViolation.class,
            violation -> assertThat(violation.paths()).contains("/tracks/0"));
  }

  @Test
  void textThatIsNotJsonIsAViolationToo() {
    assertThatThrownBy(() -> schemas.check(EventCatalogue.FUNDS_DISBURSED, "{\"amount\": "))
        .isInstanceOf(EventContractViolation.class);
  }

  @Test
  void eachSchemaIsCompiledOnce() {
    assertThat(schemas.schema(EventCatalogue.FUNDS_DISBURSED))
        .isSameAs(schemas.schema(EventCatalogue.FUNDS_DISBURSED));
  }
}
