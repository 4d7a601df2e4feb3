package cn.gov.guizhou.ipp.monitoring.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a task deviation (任务执行偏离) is serious enough for a risk-disposal recommendation (guide 4.3:
 * "对进度严重滞后或任务执行偏离的项目，及时向省知识产权局提交风险处置建议"). The firm records the deviations it found when it verifies
 * a quarter: a task whose work departs from the approved plan in content ({@link Kind#CONTENT}) or
 * a milestone (进度节点) of a task that was missed ({@link Kind#MILESTONE_MISSED}). The guide does not
 * say how much deviation is serious; the platform's default, configurable: any missed milestone, or
 * content deviations on tasks carrying {@code contentWeightPercent} (30) or more of the plan's
 * weight together.
 *
 * @param contentWeightPercent the combined task weight, percent, at or above which content
 *     deviations are serious
 * @param missedMilestoneSerious whether one missed milestone is serious by itself
 */
public record DeviationRule(BigDecimal contentWeightPercent, boolean missedMilestoneSerious) {

  /** The platform's default. */
  public static final DeviationRule DEFAULT = new DeviationRule(new BigDecimal("30"), true);

  public DeviationRule {
    if (contentWeightPercent == null
        || contentWeightPercent.signum() <= 0
        || contentWeightPercent.compareTo(new BigDecimal("100")) > 0) {
      throw new IllegalArgumentException("contentWeightPercent: must be above 0 and at most 100");
    }
  }

  /** What kind of deviation. */
  public enum Kind {
    /** The task's work departs from the approved plan in content. */
    CONTENT,
    /** A milestone of the task was missed. */
    MILESTONE_MISSED
  }

  /**
   * A deviation the firm found.
   *
   * @param taskCode the plan's task
   * @param kind what kind
   * @param description what the firm found
   */
  public record Deviation(String taskCode, Kind kind, String description) {}

  /**
   * Why the deviations are serious, if they are.
   *
   * @param deviations what the firm found in a quarter
   * @param taskWeights the plan's tasks and their weights, percent
   * @return the reason for a disposal recommendation, in Chinese, or empty
   */
  public Optional<String> serious(List<Deviation> deviations, Map<String, BigDecimal> taskWeights) {
    if (deviations == null || deviations.isEmpty()) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    if (missedMilestoneSerious) {
      Set<String> missed = new LinkedHashSet<>();
      deviations.stream()
          .filter(d -> d.kind() == Kind.MILESTONE_MISSED)
          .forEach(d -> missed.add(d.taskCode()));
      if (!missed.isEmpty()) {
        reasons.add("任务 " + String.join("、", missed) + " 的进度节点未按期完成");
      }
    }
    Set<String> content = new LinkedHashSet<>();
    deviations.stream()
        .filter(d -> d.kind() == Kind.CONTENT)
        .forEach(d -> content.add(d.taskCode()));
    BigDecimal weight =
        content.stream()
            .map(code -> taskWeights.getOrDefault(code, BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!content.isEmpty() && weight.compareTo(contentWeightPercent) >= 0) {
      reasons.add(
          "任务 "
              + String.join("、", content)
              + " 的执行内容偏离申报方案，合计权重 "
              + weight.stripTrailingZeros().toPlainString()
              + "%，达到 "
              + contentWeightPercent.stripTrailingZeros().toPlainString()
              + "%");
    }
    return reasons.isEmpty()
        ? Optional.empty()
        : Optional.of("任务执行偏离：" + String.join("；", reasons));
  }
}
