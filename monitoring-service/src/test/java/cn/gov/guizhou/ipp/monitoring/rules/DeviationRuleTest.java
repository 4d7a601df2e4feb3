package cn.gov.guizhou.ipp.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.monitoring.rules.DeviationRule.Deviation;
import cn.gov.guizhou.ipp.monitoring.rules.DeviationRule.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 对进度严重滞后或任务执行偏离的项目，及时向省知识产权局提交风险处置建议. */
class DeviationRuleTest {

  private static final Map<String, BigDecimal> PLAN =
      Map.of(
          "T1", new BigDecimal("29.99"),
          "T2", new BigDecimal("0.01"),
          "T3", new BigDecimal("70"));

  private final DeviationRule rule = DeviationRule.DEFAULT;

  @Test
  void contentDeviationsAreSeriousFromThirtyPercentOfTheWeight() {
    assertThat(rule.serious(List.of(content("T1")), PLAN)).isEmpty();
    assertThat(rule.serious(List.of(content("T1"), content("T2")), PLAN))
        .hasValue("任务执行偏离：任务 T1、T2 的执行内容偏离申报方案，合计权重 30%，达到 30%");
    assertThat(rule.serious(List.of(content("T3")), PLAN)).isPresent();
  }

  @Test
  void oneTaskCountsOnceHoweverOftenItIsNamed() {
    assertThat(rule.serious(List.of(content("T1"), content("T1")), PLAN)).isEmpty();
  }

  @Test
  void aMissedMilestoneIsSeriousByItself() {
    assertThat(rule.serious(List.of(missed("T2")), PLAN)).hasValue("任务执行偏离：任务 T2 的进度节点未按期完成");
    DeviationRule lenient = new DeviationRule(new BigDecimal("30"), false);
    assertThat(lenient.serious(List.of(missed("T2")), PLAN)).isEmpty();
  }

  @Test
  void noDeviationIsNotSerious() {
    assertThat(rule.serious(List.of(), PLAN)).isEmpty();
    assertThat(rule.serious(null, PLAN)).isEmpty();
  }

  @Test
  void theThresholdIsAShareOfThePlan() {
    assertThatThrownBy(() -> new DeviationRule(BigDecimal.ZERO, true))
        .hasMessageStartingWith("contentWeightPercent:");
    assertThatThrownBy(() -> new DeviationRule(new BigDecimal("100.01"), true))
        .hasMessageStartingWith("contentWeightPercent:");
  }

  private static Deviation content(String task) {
    return new Deviation(task, Kind.CONTENT, "实施内容与申报方案不一致");
  }

  private static Deviation missed(String task) {
    return new Deviation(task, Kind.MILESTONE_MISSED, "专利导航报告未按期完成");
  }
}
