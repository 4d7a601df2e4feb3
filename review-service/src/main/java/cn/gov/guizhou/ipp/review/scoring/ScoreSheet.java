package cn.gov.guizhou.ipp.review.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A track's score sheet: the criteria an expert scores, derived from the guide's conditions and
 * work content for the track. An expert scores every criterion of the sheet, with a comment on
 * each; the sheet's total is on a 100-point scale whatever the criteria's maxima and weights.
 *
 * @param trackCode the track of the call the sheet belongs to
 * @param criteria the criteria, in the order the expert sees them; ids unique
 */
public record ScoreSheet(String trackCode, List<SheetCriterion> criteria) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ScoreSheet {
    if (trackCode == null || trackCode.isBlank()) {
      throw new IllegalArgumentException("trackCode: is required");
    }
    if (criteria == null || criteria.isEmpty()) {
      throw new IllegalArgumentException("criteria: at least one criterion is required");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < criteria.size(); i++) {
      SheetCriterion criterion = criteria.get(i);
      if (criterion == null) {
        throw new IllegalArgumentException("criteria[" + i + "]: is required");
      }
      if (!ids.add(criterion.id())) {
        throw new IllegalArgumentException(
            "criteria[" + i + "].id: " + criterion.id() + " appears more than once");
      }
    }
    criteria = List.copyOf(criteria);
  }

  /** The criterion with this id, if the sheet has one. */
  public Optional<SheetCriterion> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Everything wrong with an expert's scores on this sheet, in a stable order: for each criterion
   * of the sheet, in the sheet's order, a missing score or a bad score or comment; then every score
   * naming no criterion of the sheet, by id. Empty when the scores are complete and valid.
   *
   * @param scores the expert's scores by criterion id
   */
  public List<ScoreViolation> violations(Map<String, CriterionScore> scores) {
    if (scores == null) {
      return List.of(new ScoreViolation("scores", "is required"));
    }
    List<ScoreViolation> violations = new ArrayList<>();
    for (SheetCriterion criterion : criteria) {
      String field = "scores." + criterion.id();
      CriterionScore given = scores.get(criterion.id());
      if (given == null) {
        violations.add(new ScoreViolation(field, "is missing"));
        continue;
      }
      scoreProblem(given.score(), criterion.maxScore())
          .ifPresent(problem -> violations.add(new ScoreViolation(field + ".score", problem)));
      commentProblem(given.comment())
          .ifPresent(problem -> violations.add(new ScoreViolation(field + ".comment", problem)));
    }
    Set<String> known = new HashSet<>();
    criteria.forEach(c -> known.add(c.id()));
    scores.keySet().stream()
        .filter(id -> !known.contains(id))
        .map(String::valueOf)
        .sorted()
        .forEach(
            id ->
                violations.add(
                    new ScoreViolation("scores." + id, "is not a criterion of the sheet")));
    return List.copyOf(violations);
  }

  /**
   * Refuses an incomplete or out-of-range set of scores: every criterion of the sheet scored, no
   * score for anything else, each score between 0 and the criterion's maximum inclusive with at
   * most one decimal, each comment present and at most 2000 characters.
   *
   * @param scores the expert's scores by criterion id
   * @throws IllegalArgumentException naming the first offending field (see {@link #violations})
   */
  public void validate(Map<String, CriterionScore> scores) {
    List<ScoreViolation> violations = violations(scores);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(violations.get(0).toString());
    }
  }

  /**
   * The sheet's total on a 100-point scale: the sum over the criteria of (score / maxScore) ×
   * weight, with the weights scaled to add up to 100; two decimals, rounded half up. The
   * computation is exact before that one rounding.
   *
   * @param scores the expert's scores by criterion id; validated first
   * @throws IllegalArgumentException as {@link #validate} does
   */
  public BigDecimal total(Map<String, CriterionScore> scores) {
    validate(scores);
    // 100 × Σ (s_i × w_i / m_i) / Σ w_i, brought to one division: the numerator over the product
    // of the maxima, so that the only rounding is the last one.
    BigDecimal productOfMaxima = BigDecimal.ONE;
    for (SheetCriterion criterion : criteria) {
      productOfMaxima = productOfMaxima.multiply(criterion.maxScore());
    }
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (SheetCriterion criterion : criteria) {
      BigDecimal otherMaxima = BigDecimal.ONE;
      for (SheetCriterion other : criteria) {
        if (other != criterion) {
          otherMaxima = otherMaxima.multiply(other.maxScore());
        }
      }
      BigDecimal score = Objects.requireNonNull(scores.get(criterion.id())).score();
      numerator = numerator.add(score.multiply(criterion.weight()).multiply(otherMaxima));
      weights = weights.add(criterion.weight());
    }
    return numerator
        .multiply(HUNDRED)
        .divide(weights.multiply(productOfMaxima), 2, RoundingMode.HALF_UP);
  }

  /** The sum of the criteria's weights (100 on the platform's sheets). */
  public BigDecimal weightSum() {
    return criteria.stream().map(SheetCriterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Optional<String> scoreProblem(BigDecimal score, BigDecimal maxScore) {
    if (score == null) {
      return Optional.of("is required");
    }
    if (score.signum() < 0 || score.compareTo(maxScore) > 0) {
      return Optional.of("must be between 0 and " + maxScore.toPlainString());
    }
    if (score.stripTrailingZeros().scale() > 1) {
      return Optional.of("must have at most one decimal");
    }
    return Optional.empty();
  }

  private static Optional<String> commentProblem(String comment) {
    if (comment == null || comment.isBlank()) {
      return Optional.of("is required");
    }
    if (comment.codePointCount(0, comment.length()) > CriterionScore.MAX_COMMENT_LENGTH) {
      return Optional.of("must be at most " + CriterionScore.MAX_COMMENT_LENGTH + " characters");
    }
    return Optional.empty();
  }
}
