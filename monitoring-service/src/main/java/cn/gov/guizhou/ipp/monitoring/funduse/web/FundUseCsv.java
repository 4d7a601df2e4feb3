package cn.gov.guizhou.ipp.monitoring.funduse.web;

import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.CategoryLine;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.FlagCounts;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.ProjectLine;
import cn.gov.guizhou.ipp.monitoring.reports.Csv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fund-use supervision report as a CSV file a person opens in a spreadsheet: UTF-8 with a byte
 * order mark (so Excel reads the Chinese), CRLF line ends, fields quoted when they must be (RFC
 * 4180), and text that would start a formula neutralised. Two tables: the projects with a totals
 * line, then spending by budget category.
 */
final class FundUseCsv {

  private static final String BOM = "\uFEFF";
  private static final String EOL = "\r\n";

  private FundUseCsv() {}

  static byte[] render(FundUseReport report) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, text("资金使用监管报告"));
    line(out, text("报告期"), report.period().from().toString(), report.period().to().toString());
    out.append(EOL);
    line(
        out,
        text("项目编号"),
        text("年度"),
        text("项目类别"),
        text("风控机构"),
        text("资助金额（元）"),
        text("本期拨付（元）"),
        text("累计拨付（元）"),
        text("本期支出（元）"),
        text("累计支出（元）"),
        text("本期预警"),
        text("已确认"),
        text("其中挪用"),
        text("已排除"),
        text("未处理"));
    for (ProjectLine p : report.projects()) {
      List<String> cells = new ArrayList<>();
      cells.add(text(p.reference()));
      cells.add(String.valueOf(p.callYear()));
      cells.add(text(p.trackCode()));
      cells.add(text(p.firmClientId()));
      cells.add(amount(p.awarded()));
      cells.add(amount(p.disbursedInPeriod()));
      cells.add(amount(p.disbursedToDate()));
      cells.add(amount(p.spentInPeriod()));
      cells.add(amount(p.spentToDate()));
      flags(cells, p.flags());
      line(out, cells.toArray(String[]::new));
    }
    FundUseReport.Totals t = report.totals();
    List<String> totals = new ArrayList<>();
    totals.add(text("合计（" + t.projects() + " 个项目）"));
    totals.add("");
    totals.add("");
    totals.add("");
    totals.add(amount(t.awarded()));
    totals.add(amount(t.disbursedInPeriod()));
    totals.add(amount(t.disbursedToDate()));
    totals.add(amount(t.spentInPeriod()));
    totals.add(amount(t.spentToDate()));
    flags(totals, t.flags());
    line(out, totals.toArray(String[]::new));
    out.append(EOL);
    line(
        out,
        text("项目编号"),
        text("预算科目"),
        text("批准预算（元）"),
        text("本期支出（元）"),
        text("累计支出（元）"),
        text("执行率（%）"));
    for (ProjectLine p : report.projects()) {
      for (CategoryLine c : p.categories()) {
        line(
            out,
            text(p.reference()),
            text(c.category()),
            amount(c.approved()),
            amount(c.spentInPeriod()),
            amount(c.spentToDate()),
            c.executionRatePercent() == null ? "" : c.executionRatePercent().toPlainString());
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void flags(List<String> cells, FlagCounts f) {
    cells.add(String.valueOf(f.raised()));
    cells.add(String.valueOf(f.confirmed()));
    cells.add(String.valueOf(f.misappropriations()));
    cells.add(String.valueOf(f.dismissed()));
    cells.add(String.valueOf(f.open()));
  }

  private static void line(StringBuilder out, String... cells) {
    out.append(String.join(",", cells)).append(EOL);
  }

  private static String amount(BigDecimal amount) {
    return Csv.cell(amount);
  }

  /** A text cell, escaped as every report's CSV is ({@link Csv#cell(Object)}). */
  static String text(String value) {
    return Csv.cell(value);
  }
}
