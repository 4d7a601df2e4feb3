package cn.gov.guizhou.ipp.contracts.applicant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An application's implementation plan: what monitoring-service tracks a funded project against.
 * Task weights add up to 100; the planned cumulative completion rises quarter by quarter to 100 at
 * the end of the implementation period.
 *
 * @param tasks the tasks with their weights
 * @param milestones progress nodes with their due dates
 * @param quarterlyTargets planned cumulative completion, in percent, at the end of each quarter
 * @param performanceTargets the performance targets (绩效目标) the project commits to
 */
public record ImplementationPlan(
    List<Task> tasks,
    List<Milestone> milestones,
    List<QuarterlyTarget> quarterlyTargets,
    List<PerformanceTarget> performanceTargets) {

  public ImplementationPlan {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    quarterlyTargets = quarterlyTargets == null ? List.of() : List.copyOf(quarterlyTargets);
    performanceTargets = performanceTargets == null ? List.of() : List.copyOf(performanceTargets);
  }

  /**
   * A task of the plan.
   *
   * @param code short code, unique in the plan (e.g. T1)
   * @param name what is done
   * @param weightPercent its share of the whole project, in percent
   * @param deliverables what it delivers
   */
  public record Task(
      String code, String name, BigDecimal weightPercent, List<String> deliverables) {

    public Task {
      deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
    }
  }

  /**
   * A progress node.
   *
   * @param name what is reached
   * @param dueDate by when
   * @param taskCode the task it belongs to
   */
  public record Milestone(String name, LocalDate dueDate, String taskCode) {}

  /**
   * Planned cumulative completion at the end of a quarter.
   *
   * @param quarter the quarter, as {@code 2027-Q2}
   * @param plannedCumulativePercent planned completion of the whole project, in percent
   */
  public record QuarterlyTarget(String quarter, BigDecimal plannedCumulativePercent) {}

  /**
   * A performance target.
   *
   * @param indicator what is measured (e.g. 高价值发明专利授权量)
   * @param target the value committed to
   * @param unit its unit (件, 家, 万元, %)
   */
  public record PerformanceTarget(String indicator, BigDecimal target, String unit) {}
}
