package cn.gov.guizhou.ipp.monitoring.reports;

import java.util.ArrayList;
import java.util.List;

/** The reports as CSV files: one row per project, headers in Chinese with the JSON field's code. */
public final class ReportCsv {

  private ReportCsv() {}

  /** The task-execution report's projects. */
  public static byte[] taskExecution(TaskExecutionReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (TaskExecutionReport.ProjectLine p : report.projects()) {
      rows.add(
          java.util.Arrays.asList(
              report.quarter(),
              p.reference(),
              p.trackCode(),
              p.firmClientId(),
              p.plannedCompletion(),
              p.actualCompletion(),
              p.lagPoints(),
              p.warningDue(),
              p.serious(),
              p.reported(),
              p.reportLate(),
              p.verified(),
              p.verificationMethod()));
    }
    return Csv.document(
        List.of(
            "季度 quarter",
            "项目编号 reference",
            "项目类别 trackCode",
            "风控机构 firmClientId",
            "计划完成率(%) plannedCompletion",
            "实际完成率(%) actualCompletion",
            "滞后(百分点) lagPoints",
            "应发预警 warningDue",
            "严重滞后 serious",
            "已报送 reported",
            "逾期报送 reportLate",
            "已核实 verified",
            "核实方式 verificationMethod"),
        rows);
  }

  /** The risk assessment's projects with their colour at the period's end. */
  public static byte[] riskAssessment(RiskAssessmentReport report) {
    List<List<Object>> rows = new ArrayList<>();
    String period = report.from() + "~" + report.to();
    for (RiskAssessmentReport.ProjectColour p : report.projects()) {
      rows.add(
          java.util.Arrays.asList(
              period,
              p.reference(),
              p.trackCode(),
              p.firmClientId(),
              p.colour(),
              String.join("；", p.reasons()),
              count(report.colourChanges().stream().map(c -> c.reference()), p.reference()),
              count(report.noticesIssued().stream().map(n -> n.reference()), p.reference()),
              count(report.noticesClosed().stream().map(n -> n.reference()), p.reference()),
              count(report.noticesOverdue().stream().map(n -> n.reference()), p.reference()),
              count(report.recommendations().stream().map(r -> r.reference()), p.reference()),
              String.join("、", p.response())));
    }
    return Csv.document(
        List.of(
            "期间 period",
            "项目编号 reference",
            "项目类别 trackCode",
            "风控机构 firmClientId",
            "期末风险等级 colour",
            "原因 reasons",
            "期内等级变化 colourChanges",
            "期内发出预警 noticesIssued",
            "期内关闭预警 noticesClosed",
            "期内整改逾期 noticesOverdue",
            "期内处置建议 recommendations",
            "响应措施 response"),
        rows);
  }

  private static long count(java.util.stream.Stream<String> references, String reference) {
    return references.filter(reference::equals).count();
  }
}
