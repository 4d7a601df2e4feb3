package cn.gov.guizhou.ipp.monitoring.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year's performance-evaluation report: overall, per programme category with a generated
 * recommendation, and every project with its evaluator's recommendation, by reference.
 *
 * @param year the year
 * @param overall every evaluated project
 * @param categories per programme category, by category name
 * @param projects every project's evaluation, by reference
 */
public record EvaluationReport(
    int year, Summary overall, List<CategorySummary> categories, List<ProjectLine> projects) {

  /**
   * Counts and averages.
   *
   * @param count projects evaluated
   * @param averageTotal their average total, null when none
   * @param byGrade how many per grade, from 优秀 to 不合格
   * @param dimensions the score rate of each dimension (score over maximum, percent)
   * @param lowestDimension the dimension with the lowest score rate, null when none
   */
  public record Summary(
      int count,
      BigDecimal averageTotal,
      Map<Grade, Long> byGrade,
      List<DimensionRate> dimensions,
      Dimension lowestDimension) {}

  /**
   * A dimension's score rate.
   *
   * @param dimension the dimension
   * @param zh its name
   * @param scoreRatePercent the scores given over their maximum, percent (two decimals)
   */
  public record DimensionRate(Dimension dimension, String zh, BigDecimal scoreRatePercent) {}

  /**
   * A programme category.
   *
   * @param category its name (the call's programme name, or the track code)
   * @param tracks the tracks evaluated in it
   * @param summary its figures
   * @param recommendation the generated recommendation for the category
   */
  public record CategorySummary(
      String category, List<String> tracks, Summary summary, String recommendation) {}

  /**
   * One project.
   *
   * @param reference its reference
   * @param trackCode its track
   * @param category its category
   * @param total its total
   * @param grade its grade
   * @param gradeZh the grade in Chinese
   * @param dimensionScores its score per dimension
   * @param recommendation the evaluator's recommendation
   */
  public record ProjectLine(
      String reference,
      String trackCode,
      String category,
      BigDecimal total,
      Grade grade,
      String gradeZh,
      Map<Dimension, BigDecimal> dimensionScores,
      String recommendation) {}

  /** Builds the report from the year's evaluations. */
  public static EvaluationReport of(int year, List<Evaluation> evaluations) {
    List<Evaluation> sorted =
        evaluations.stream().sorted(Comparator.comparing(Evaluation::reference)).toList();
    Map<String, List<Evaluation>> byCategory = new TreeMap<>();
    sorted.forEach(e -> byCategory.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e));
    List<CategorySummary> categories = new ArrayList<>();
    byCategory.forEach(
        (category, list) -> {
          Summary summary = summarise(list);
          categories.add(
              new CategorySummary(
                  category,
                  list.stream().map(Evaluation::trackCode).distinct().sorted().toList(),
                  summary,
                  recommendation(category, summary)));
        });
    List<ProjectLine> lines =
        sorted.stream()
            .map(
                e ->
                    new ProjectLine(
                        e.reference(),
                        e.trackCode(),
                        e.category(),
                        e.total(),
                        e.grade(),
                        e.grade().zh(),
                        dimensionScores(e),
                        e.recommendation()))
            .toList();
    return new EvaluationReport(year, summarise(sorted), List.copyOf(categories), lines);
  }

  /** The figures of some evaluations. */
  static Summary summarise(List<Evaluation> evaluations) {
    Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      byGrade.put(g, 0L);
    }
    BigDecimal sum = BigDecimal.ZERO;
    Map<Dimension, BigDecimal[]> rates = new EnumMap<>(Dimension.class);
    for (Evaluation e : evaluations) {
      byGrade.merge(e.grade(), 1L, Long::sum);
      sum = sum.add(e.total());
      for (Scoring.ScoredIndicator s : e.scores().values()) {
        BigDecimal[] r =
            rates.computeIfAbsent(
                s.dimension(), d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        r[0] = r[0].add(s.score());
        r[1] = r[1].add(s.maxScore());
      }
    }
    List<DimensionRate> dimensions = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      BigDecimal[] r = rates.get(d);
      if (r != null && r[1].signum() > 0) {
        dimensions.add(
            new DimensionRate(
                d,
                d.zh(),
                r[0].multiply(new BigDecimal("100")).divide(r[1], 2, RoundingMode.HALF_UP)));
      }
    }
    Dimension lowest =
        dimensions.stream()
            .min(
                Comparator.comparing(DimensionRate::scoreRatePercent)
                    .thenComparing(DimensionRate::dimension))
            .map(DimensionRate::dimension)
            .orElse(null);
    return new Summary(
        evaluations.size(),
        evaluations.isEmpty()
            ? null
            : sum.divide(BigDecimal.valueOf(evaluations.size()), 2, RoundingMode.HALF_UP),
        new LinkedHashMap<>(byGrade),
        List.copyOf(dimensions),
        lowest);
  }

  /** A category's recommendation, generated from its figures. */
  static String recommendation(String category, Summary summary) {
    if (summary.count() == 0 || summary.lowestDimension() == null) {
      return category + "：本年度无评价结果。";
    }
    BigDecimal lowestRate =
        summary.dimensions().stream()
            .filter(d -> d.dimension() == summary.lowestDimension())
            .findFirst()
            .map(DimensionRate::scoreRatePercent)
            .orElseThrow();
    StringBuilder line =
        new StringBuilder()
            .append(category)
            .append("：共评价 ")
            .append(summary.count())
            .append(" 个项目，平均 ")
            .append(summary.averageTotal().toPlainString())
            .append(" 分；得分率最低的维度为「")
            .append(summary.lowestDimension().zh())
            .append("」（")
            .append(lowestRate.toPlainString())
            .append("%），建议重点加强。");
    long failed = summary.byGrade().getOrDefault(Grade.FAIL, 0L);
    if (failed > 0) {
      line.append("其中 ").append(failed).append(" 个项目评价为不合格，建议督促整改并审慎安排后续资金。");
    }
    return line.toString();
  }

  private static Map<Dimension, BigDecimal> dimensionScores(Evaluation e) {
    Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
    for (Scoring.ScoredIndicator s : e.scores().values()) {
      scores.merge(s.dimension(), s.score(), BigDecimal::add);
    }
    return new LinkedHashMap<>(scores);
  }
}
