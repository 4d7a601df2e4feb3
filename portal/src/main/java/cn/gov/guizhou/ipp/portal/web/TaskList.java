package cn.gov.guizhou.ipp.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The application as a task list: its sections in the order the applicant fills them, each with a
 * status read only from what the API returns (what has been filled in), never from a rule of the
 * portal's own — whether the application may be submitted is the API's answer on submission.
 */
public final class TaskList {

  /** A section's state. */
  public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
  }

  /**
   * One section of the task list.
   *
   * @param key its name (message keys {@code task.<key>}, page {@code /applications/{id}/<key>})
   * @param status how far it is filled in
   */
  public record Section(String key, Status status) {}

  /** The sections, in order. */
  public static final List<String> SECTIONS =
      List.of("content", "plan", "budget", "participants", "materials", "declarations");

  private TaskList() {}

  /** The sections of an application as the API answers it. */
  public static List<Section> of(Map<String, Object> application) {
    Map<String, Object> content = map(application.get("content"));
    return List.of(
        new Section("content", content(content)),
        new Section("plan", plan(map(content.get("plan")))),
        new Section(
            "budget",
            list(content.get("budget")).isEmpty() ? Status.NOT_STARTED : Status.COMPLETED),
        new Section("participants", participants(list(application.get("participants")))),
        new Section("materials", materials(list(application.get("materials")))),
        new Section("declarations", declarations(map(content.get("declarations")))));
  }

  static Status content(Map<String, Object> content) {
    long filled =
        List.of("summary", "requestedAmount", "implementationStart", "implementationEnd").stream()
            .map(content::get)
            .filter(v -> v != null && !String.valueOf(v).isBlank())
            .count();
    return of(filled, 4);
  }

  static Status plan(Map<String, Object> plan) {
    long filled =
        List.of("tasks", "milestones", "quarterlyTargets", "performanceTargets").stream()
            .filter(part -> !list(plan.get(part)).isEmpty())
            .count();
    return of(filled, 4);
  }

  /** None named: not started; some still to confirm: in progress; all confirmed: completed. */
  static Status participants(List<Map<String, Object>> participants) {
    if (participants.isEmpty()) {
      return Status.NOT_STARTED;
    }
    boolean allConfirmed = participants.stream().allMatch(p -> p.get("confirmedAt") != null);
    return allConfirmed ? Status.COMPLETED : Status.IN_PROGRESS;
  }

  /** Every required material attached: completed; some attached: in progress. */
  static Status materials(List<Map<String, Object>> materials) {
    long attached = materials.stream().filter(m -> m.get("attached") != null).count();
    boolean requiredAttached =
        materials.stream()
            .filter(m -> Boolean.TRUE.equals(m.get("required")))
            .allMatch(m -> m.get("attached") != null);
    if (attached == 0) {
      return Status.NOT_STARTED;
    }
    return requiredAttached ? Status.COMPLETED : Status.IN_PROGRESS;
  }

  static Status declarations(Map<String, Object> declarations) {
    long made =
        List.of("materialsTruthful", "noDuplicateFunding", "acceptsSupervision").stream()
            .filter(d -> Boolean.TRUE.equals(declarations.get(d)))
            .count();
    return of(made, 3);
  }

  private static Status of(long done, long of) {
    return done == 0 ? Status.NOT_STARTED : done == of ? Status.COMPLETED : Status.IN_PROGRESS;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return value instanceof List<?> l
        ? (List<Map<String, Object>>) l.stream().filter(Objects::nonNull).toList()
        : List.of();
  }
}
