package cn.gov.guizhou.ipp.monitoring.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a project on an indicator system: every indicator is scored, between 0 and its maximum,
 * with a comment where the criterion is qualitative; no score for an indicator outside the system.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * An evaluator's score of one indicator.
   *
   * @param score the score, 0..the indicator's maximum
   * @param comment why; required for qualitative indicators
   */
  public record IndicatorScore(BigDecimal score, String comment) {}

  /**
   * A scored indicator as kept with the evaluation.
   *
   * @param dimension what it measures
   * @param kind quantitative or qualitative
   * @param maxScore its maximum then
   * @param score the score
   * @param comment the comment, if any
   */
  public record ScoredIndicator(
      Dimension dimension,
      IndicatorSystem.Kind kind,
      BigDecimal maxScore,
      BigDecimal score,
      String comment) {}

  /**
   * What is wrong with one score.
   *
   * @param field the offending field ({@code scores.TC1.score})
   * @param message what is wrong
   */
  public record Violation(String field, String message) {}

  /**
   * The outcome: the scored indicators in the system's order, the total and the grade, or what is
   * wrong.
   *
   * @param scores the scored indicators by id
   * @param total the total, two decimals
   * @param grade its grade
   * @param violations what is wrong; when not empty, the other fields are null
   */
  public record Result(
      Map<String, ScoredIndicator> scores,
      BigDecimal total,
      Grade grade,
      List<Violation> violations) {

    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /** Checks and totals the scores. */
  public static Result score(IndicatorSystem system, Map<String, IndicatorScore> scores) {
    List<Violation> violations = new ArrayList<>();
    Map<String, IndicatorScore> given = scores == null ? Map.of() : scores;
    for (String id : given.keySet()) {
      if (system.indicators().stream().noneMatch(i -> i.id().equals(id))) {
        violations.add(new Violation("scores." + id, "is not an indicator of " + system.version()));
      }
    }
    Map<String, ScoredIndicator> scored = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (IndicatorSystem.Indicator indicator : system.indicators()) {
      String field = "scores." + indicator.id();
      IndicatorScore s = given.get(indicator.id());
      if (s == null || s.score() == null) {
        violations.add(new Violation(field + ".score", "is required: every indicator is scored"));
        continue;
      }
      if (s.score().signum() < 0 || s.score().compareTo(indicator.maxScore()) > 0) {
        violations.add(
            new Violation(
                field + ".score", "must be between 0 and " + indicator.maxScore().toPlainString()));
        continue;
      }
      if (s.score().scale() > 2) {
        violations.add(new Violation(field + ".score", "has at most two decimals"));
        continue;
      }
      String comment = s.comment() == null ? null : s.comment().strip();
      if (indicator.kind() == IndicatorSystem.Kind.QUALITATIVE
          && (comment == null || comment.isEmpty())) {
        violations.add(
            new Violation(field + ".comment", "is required for a qualitative indicator"));
        continue;
      }
      if (comment != null && comment.length() > 2000) {
        violations.add(new Violation(field + ".comment", "is at most 2000 characters"));
        continue;
      }
      scored.put(
          indicator.id(),
          new ScoredIndicator(
              indicator.dimension(),
              indicator.kind(),
              indicator.maxScore(),
              s.score(),
              comment == null || comment.isEmpty() ? null : comment));
      total = total.add(s.score());
    }
    if (!violations.isEmpty()) {
      return new Result(null, null, null, List.copyOf(violations));
    }
    BigDecimal rounded = total.setScale(2, RoundingMode.HALF_UP);
    return new Result(scored, rounded, Grade.of(rounded), List.of());
  }
}
