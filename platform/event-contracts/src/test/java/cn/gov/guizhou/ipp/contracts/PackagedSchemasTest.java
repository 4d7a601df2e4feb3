package cn.gov.guizhou.ipp.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The jar carries each event type's JSON Schema, byte for byte the one published in {@code
 * docs/events/schemas}, where producers and consumers find it through its {@link EventDefinition}.
 */
class PackagedSchemasTest {

  static Stream<EventDefinition<?>> definitions() {
    return EventCatalogue.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void theSchemaOnTheClassPathIsThePublishedOne(EventDefinition<?> definition) throws IOException {
    Path published = docs().resolve(definition.type() + ".json");
    try (InputStream packaged = definition.openSchema()) {
      assertThat(packaged.readAllBytes())
          .as("%s on the class path", definition.schemaResource())
          .isEqualTo(Files.readAllBytes(published));
    }
  }

  @Test
  void aTypeWithoutASchemaIsNamed() {
    EventDefinition<?> unknown =
        new EventDefinition<>(
            EventTypes.PREFIX + "nothing.v1",
            Topics.PROGRAM_CALLS,
            cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1.class);
    assertThatThrownBy(unknown::openSchema)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing.v1");
  }

  private static Path docs() {
    return Stream.of(Path.of("../../docs/events/schemas"), Path.of("docs/events/schemas"))
        .filter(Files::isDirectory)
        .findFirst()
        .orElseThrow();
  }
}
