package cn.gov.guizhou.ipp.applicant.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Application requests as the applicant's portal sends them. */
final class Applications {

  private Applications() {}

  /** A complete application of CNY {@code amount} for work in {@code year}; may be changed. */
  static Map<String, Object> content(int year, String amount) {
    Map<String, Object> content = new HashMap<>();
    content.put("title", "新能源电池材料高价值专利培育");
    content.put("summary", "围绕磷酸铁锂正极材料，培育高价值专利组合并推动转化运用。");
    content.put("requestedAmount", amount);
    content.put("implementationStart", year + "-01-01");
    content.put("implementationEnd", year + "-12-31");
    content.put(
        "plan",
        Map.of(
            "tasks",
            List.of(
                Map.of(
                    "code", "T1",
                    "name", "专利导航与布局",
                    "weightPercent", "40",
                    "deliverables", List.of("专利导航报告")),
                Map.of(
                    "code", "T2",
                    "name", "高价值专利申请与转化",
                    "weightPercent", "60",
                    "deliverables", List.of("发明专利申请10件"))),
            "milestones",
            List.of(
                Map.of("name", "导航报告完成", "dueDate", year + "-06-30", "taskCode", "T1"),
                Map.of("name", "专利申请完成", "dueDate", year + "-12-15", "taskCode", "T2")),
            "quarterlyTargets",
            List.of(
                Map.of("quarter", year + "-Q1", "plannedCumulativePercent", "20"),
                Map.of("quarter", year + "-Q2", "plannedCumulativePercent", "45"),
                Map.of("quarter", year + "-Q3", "plannedCumulativePercent", "70"),
                Map.of("quarter", year + "-Q4", "plannedCumulativePercent", "100")),
            "performanceTargets",
            List.of(Map.of("indicator", "发明专利申请", "target", "10", "unit", "件"))));
    int half = Integer.parseInt(amount) / 2;
    content.put(
        "budget",
        List.of(
            Map.of(
                "category",
                "PUBLICATION_AND_IP",
                "amount",
                String.valueOf(half),
                "note",
                "专利申请与维持"),
            Map.of(
                "category",
                "EXPERT_CONSULTING",
                "amount",
                String.valueOf(Integer.parseInt(amount) - half),
                "note",
                "专家咨询")));
    content.put(
        "declarations",
        Map.of("materialsTruthful", true, "noDuplicateFunding", true, "acceptsSupervision", true));
    return content;
  }

  /** A new draft of {@code track} in the {@code year} call, led by {@code lead}. */
  static Map<String, Object> draft(
      int year, String track, String lead, Map<String, Object> content) {
    return Map.of(
        "callYear", year, "trackCode", track, "leadOrganisationId", lead, "content", content);
  }
}
