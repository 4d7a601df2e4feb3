package cn.gov.guizhou.ipp.monitoring.evaluation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The indicators a project is scored on; their maximum scores add up to 100.
 *
 * @param version the indicator system's version, recorded with every evaluation
 * @param trackCode the track it applies to, or null for the default system
 * @param indicators the indicators, in the order they are shown
 */
public record IndicatorSystem(String version, String trackCode, List<Indicator> indicators) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** Whether a criterion is measured by figures or judged by the evaluator (who then comments). */
  public enum Kind {
    QUANTITATIVE,
    QUALITATIVE
  }

  /**
   * One indicator.
   *
   * @param id its stable id
   * @param dimension what it measures
   * @param zh its name in Chinese
   * @param en its name in English
   * @param kind quantitative or qualitative
   * @param maxScore its maximum score
   */
  public record Indicator(
      String id, Dimension dimension, String zh, String en, Kind kind, BigDecimal maxScore) {

    public Indicator {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(kind, "kind");
      if (maxScore == null || maxScore.signum() <= 0) {
        throw new IllegalArgumentException("maxScore of " + id + ": must be positive");
      }
    }
  }

  public IndicatorSystem {
    Objects.requireNonNull(version, "version");
    indicators = List.copyOf(indicators);
    Set<String> ids = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Indicator i : indicators) {
      if (!ids.add(i.id())) {
        throw new IllegalArgumentException("indicator " + i.id() + " appears twice");
      }
      total = total.add(i.maxScore());
    }
    if (total.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException(
          "the indicators of "
              + (trackCode == null ? "the default system" : trackCode)
              + " add up to "
              + total.toPlainString()
              + ", not 100");
    }
  }

  /** The maximum score of each dimension. */
  public BigDecimal maxOf(Dimension dimension) {
    return indicators.stream()
        .filter(i -> i.dimension() == dimension)
        .map(Indicator::maxScore)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
