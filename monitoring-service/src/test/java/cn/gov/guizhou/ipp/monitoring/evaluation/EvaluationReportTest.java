package cn.gov.guizhou.ipp.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

  @Test
  void summarisesOverallAndPerCategoryWithTheLowestDimension() {
    EvaluationReport report =
        EvaluationReport.of(
            2027,
            List.of(
                evaluation("2027-HVP-2", "HVP", "高价值专利培育项目", "40", "10", "10"),
                evaluation("2027-HVP-1", "HVP", "高价值专利培育项目", "50", "25", "20"),
                evaluation("2027-GI-1", "GI-BRAND", "知识产权品牌培育项目", "30", "15", "10")));

    assertThat(report.overall().count()).isEqualTo(3);
    assertThat(report.overall().averageTotal()).isEqualByComparingTo("70.00");
    assertThat(report.overall().byGrade())
        .containsExactly(
            Map.entry(Grade.EXCELLENT, 1L),
            Map.entry(Grade.GOOD, 0L),
            Map.entry(Grade.PASS, 1L),
            Map.entry(Grade.FAIL, 1L));
    assertThat(report.projects())
        .extracting(EvaluationReport.ProjectLine::reference)
        .containsExactly("2027-GI-1", "2027-HVP-1", "2027-HVP-2");
    assertThat(report.categories())
        .extracting(EvaluationReport.CategorySummary::category)
        .containsExactly("知识产权品牌培育项目", "高价值专利培育项目");
    EvaluationReport.CategorySummary hvp = report.categories().get(1);
    assertThat(hvp.summary().count()).isEqualTo(2);
    // task completion 90/100, fund use 35/50, social impact 30/50: social impact is lowest
    assertThat(hvp.summary().lowestDimension()).isEqualTo(Dimension.SOCIAL_IMPACT);
    assertThat(hvp.recommendation()).contains("社会效益").contains("60.00%").doesNotContain("不合格");
    assertThat(report.categories().get(0).recommendation()).contains("1 个项目评价为不合格");
  }

  private static Evaluation evaluation(
      String reference, String track, String category, String tc, String fe, String si) {
    Map<String, Scoring.ScoredIndicator> scores = new LinkedHashMap<>();
    scores.put("TC", scored(Dimension.TASK_COMPLETION, "50", tc));
    scores.put("FE", scored(Dimension.FUND_USE_EFFICIENCY, "25", fe));
    scores.put("SI", scored(Dimension.SOCIAL_IMPACT, "25", si));
    BigDecimal total = new BigDecimal(tc).add(new BigDecimal(fe)).add(new BigDecimal(si));
    Grade grade = Grade.of(total);
    return new Evaluation(
        UUID.randomUUID(),
        reference,
        track,
        category,
        2027,
        "PE-2027.1",
        scores,
        total,
        grade,
        grade.zh(),
        "建议",
        "tester",
        null);
  }

  private static Scoring.ScoredIndicator scored(Dimension d, String max, String score) {
    return new Scoring.ScoredIndicator(
        d, IndicatorSystem.Kind.QUANTITATIVE, new BigDecimal(max), new BigDecimal(score), null);
  }
}
