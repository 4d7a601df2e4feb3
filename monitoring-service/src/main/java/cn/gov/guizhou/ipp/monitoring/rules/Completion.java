package cn.gov.guizhou.ipp.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Weighted completion of a project's plan, the plan's target for a quarter, and the lag between
 * them, in percentage points (two decimals).
 */
public final class Completion {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private Completion() {}

  /**
   * A task of the plan and its weight.
   *
   * @param code its code
   * @param weightPercent its share of the project, percent; the weights add up to 100
   */
  public record TaskWeight(String code, BigDecimal weightPercent) {}

  /**
   * A quarter's planned cumulative completion.
   *
   * @param quarter {@code 2027-Q2}
   * @param plannedPercent planned completion of the whole project by the quarter's end
   */
  public record Target(String quarter, BigDecimal plannedPercent) {}

  /**
   * The project's completion: each task's completion weighted by its share.
   *
   * @param tasks the plan's tasks
   * @param completion each task's completion in percent, by task code; a task left out counts 0
   * @throws IllegalArgumentException naming the task, for an unknown task or a percent outside
   *     0..100
   */
  public static BigDecimal weighted(List<TaskWeight> tasks, Map<String, BigDecimal> completion) {
    for (Map.Entry<String, BigDecimal> e : completion.entrySet()) {
      if (tasks.stream().noneMatch(t -> t.code().equals(e.getKey()))) {
        throw new IllegalArgumentException("tasks." + e.getKey() + ": is not a task of the plan");
      }
      BigDecimal percent = e.getValue();
      if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException("tasks." + e.getKey() + ": must be between 0 and 100");
      }
    }
    BigDecimal weights =
        tasks.stream().map(TaskWeight::weightPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weights.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (TaskWeight t : tasks) {
      sum = sum.add(t.weightPercent().multiply(completion.getOrDefault(t.code(), BigDecimal.ZERO)));
    }
    return sum.divide(weights, 2, RoundingMode.HALF_UP);
  }

  /**
   * The planned cumulative completion at the end of {@code quarter}: the plan's target for it, or
   * the last target before it (the plan stands still between targets); zero before the first.
   */
  public static BigDecimal plannedAt(List<Target> targets, String quarter) {
    BigDecimal planned = BigDecimal.ZERO;
    for (Target t :
        targets.stream().sorted((a, b) -> a.quarter().compareTo(b.quarter())).toList()) {
      if (t.quarter().compareTo(quarter) <= 0) {
        planned = t.plannedPercent();
      }
    }
    return planned.setScale(2, RoundingMode.HALF_UP);
  }

  /** Percentage points by which {@code actual} trails {@code planned}; zero when on or ahead. */
  public static BigDecimal lag(BigDecimal planned, BigDecimal actual) {
    return planned.subtract(actual).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
  }
}
