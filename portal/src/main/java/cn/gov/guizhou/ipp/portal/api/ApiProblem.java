package cn.gov.guizhou.ipp.portal.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal by the platform's API (an RFC 9457 problem detail), as the page shows it: its title and
 * detail in the person's language, and the message for each field it names.
 *
 * @param status the HTTP status
 * @param type the problem's type URI
 * @param title its title
 * @param detail what happened, for this request
 * @param fieldErrors the message for each field the problem names, by the API's field path
 * @param properties every other member of the problem (e.g. {@code code}, {@code retryable})
 */
public record ApiProblem(
    int status,
    String type,
    String title,
    String detail,
    Map<String, String> fieldErrors,
    Map<String, Object> properties) {

  public ApiProblem {
    fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** Reads a problem body; anything that is not one gives a problem with the status alone. */
  @SuppressWarnings("unchecked")
  public static ApiProblem of(int status, Map<String, Object> body) {
    Map<String, Object> members = body == null ? Map.of() : body;
    Map<String, String> fields = new LinkedHashMap<>();
    if (members.get("errors") instanceof List<?> errors) {
      for (Object error : errors) {
        if (error instanceof Map<?, ?> e && e.get("field") instanceof String field) {
          Object message = e.get("message");
          fields.merge(field, message == null ? "" : message.toString(), (a, b) -> a + "；" + b);
        }
      }
    }
    Map<String, Object> rest = new LinkedHashMap<>(members);
    for (String key : List.of("type", "title", "detail", "status", "errors", "instance")) {
      rest.remove(key);
    }
    return new ApiProblem(
        status,
        members.get("type") instanceof String t ? t : "about:blank",
        members.get("title") instanceof String t ? t : null,
        members.get("detail") instanceof String d ? d : null,
        fields,
        rest);
  }

  /** The message for a field, if the problem names it. */
  public String fieldError(String field) {
    return fieldErrors.get(field);
  }

  /**
   * Whether the problem names the field or anything inside it ({@code content} for {@code
   * content.title}).
   */
  public boolean names(String field) {
    return fieldErrors.keySet().stream()
        .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
  }

  /** The problem's {@code code} member, if any (e.g. {@code credit-records-found}). */
  public String code() {
    return properties.get("code") instanceof String c ? c : null;
  }

  /** Whether the platform says the same request may succeed later. */
  public boolean retryable() {
    return Boolean.TRUE.equals(properties.get("retryable")) || status == 503;
  }
}
