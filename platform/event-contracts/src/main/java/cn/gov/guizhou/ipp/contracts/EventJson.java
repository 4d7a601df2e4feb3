package cn.gov.guizhou.ipp.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads: producers write with it, consumers read with it, and the
 * contract test checks what it writes against the published JSON Schemas. Dates and times are
 * ISO-8601 strings with offset, money a JSON number, unknown fields are ignored on reading (a
 * payload may gain optional fields).
 */
public final class EventJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private EventJson() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
