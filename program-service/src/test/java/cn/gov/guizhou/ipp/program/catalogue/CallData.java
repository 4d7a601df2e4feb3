package cn.gov.guizhou.ipp.program.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The 2027 call as the seeder reads it. */
public final class CallData {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private CallData() {}

  public static CallDefinition call2027() {
    try (InputStream in = CallData.class.getResourceAsStream("/catalogue/call-2027.v1.json")) {
      return JSON.readValue(in, CallDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
