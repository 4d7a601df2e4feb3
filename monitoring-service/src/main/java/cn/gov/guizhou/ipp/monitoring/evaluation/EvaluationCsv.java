package cn.gov.guizhou.ipp.monitoring.evaluation;

import cn.gov.guizhou.ipp.monitoring.reports.Csv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The evaluation report as a CSV file: one row per project, by reference. */
public final class EvaluationCsv {

  private EvaluationCsv() {}

  public static byte[] of(EvaluationReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (EvaluationReport.ProjectLine p : report.projects()) {
      rows.add(
          Arrays.asList(
              report.year(),
              p.reference(),
              p.category(),
              p.trackCode(),
              p.dimensionScores().get(Dimension.TASK_COMPLETION),
              p.dimensionScores().get(Dimension.FUND_USE_EFFICIENCY),
              p.dimensionScores().get(Dimension.SOCIAL_IMPACT),
              p.total(),
              p.gradeZh(),
              p.grade().name(),
              p.recommendation()));
    }
    return Csv.document(
        List.of(
            "年度 year",
            "项目编号 reference",
            "项目类别 category",
            "赛道 trackCode",
            "任务完成 TASK_COMPLETION",
            "资金使用效率 FUND_USE_EFFICIENCY",
            "社会效益 SOCIAL_IMPACT",
            "总分 total",
            "等级 gradeZh",
            "等级代码 grade",
            "建议 recommendation"),
        rows);
  }
}
