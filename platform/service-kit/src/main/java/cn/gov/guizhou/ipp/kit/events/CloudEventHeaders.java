package cn.gov.guizhou.ipp.kit.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Header names of the CloudEvents Kafka protocol binding, binary content mode. */
public final class CloudEventHeaders {

  public static final String ID = "ce_id";
  public static final String TYPE = "ce_type";
  public static final String SOURCE = "ce_source";
  public static final String TIME = "ce_time";
  public static final String SUBJECT = "ce_subject";
  public static final String SPEC_VERSION = "ce_specversion";
  public static final String CONTENT_TYPE = "content-type";
  public static final String SPEC_VERSION_1_0 = "1.0";
  public static final String JSON = "application/json";

  /** W3C trace context of the request that caused the event (CloudEvents distributed tracing). */
  public static final String TRACEPARENT = "traceparent";

  private CloudEventHeaders() {}

  /** The last value of a header as UTF-8 text, if present. */
  public static Optional<String> text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }
}
