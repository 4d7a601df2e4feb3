package cn.gov.guizhou.ipp.kit.events;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A payload that is not valid against its event type's published JSON Schema. A producer meets it
 * before the event is written to the outbox: the surrounding transaction rolls back and nothing of
 * the change is kept. A consumer meets it on a message it could never apply, which goes to the
 * dead-letter topic at once (see {@link EventInbox}).
 */
public class EventContractViolation extends RuntimeException {

  /**
   * One place where the payload breaks its schema.
   *
   * @param path the JSON Pointer of the offending value in the payload ({@code ""} for the payload
   *     itself), e.g. {@code /tracks/0/budget}
   * @param keyword the schema keyword that failed, e.g. {@code maximum}, {@code required}
   * @param message the validator's explanation
   */
  public record Failure(String path, String keyword, String message) {}

  private final String eventType;
  private final transient List<Failure> failures;

  public EventContractViolation(String eventType, List<Failure> failures) {
    super(describe(eventType, failures));
    this.eventType = eventType;
    this.failures = List.copyOf(failures);
  }

  /** The CloudEvents type whose schema the payload breaks. */
  public String eventType() {
    return eventType;
  }

  /** Each place the payload breaks its schema, in the validator's order. */
  public List<Failure> failures() {
    return failures;
  }

  /** The JSON Pointers of the offending values. */
  public List<String> paths() {
    return failures.stream().map(Failure::path).distinct().toList();
  }

  private static String describe(String eventType, List<Failure> failures) {
    return "payload of "
        + eventType
        + " is not valid against its schema: "
        + failures.stream()
            .limit(10)
            .map(
                f ->
                    (f.path().isEmpty() ? "(payload)" : f.path())
                        + " ["
                        + f.keyword()
                        + "] "
                        + f.message())
            .collect(Collectors.joining("; "))
        + (failures.size() > 10 ? "; and " + (failures.size() - 10) + " more" : "");
  }
}
