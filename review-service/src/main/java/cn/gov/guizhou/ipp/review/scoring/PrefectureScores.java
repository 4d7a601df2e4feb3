package cn.gov.guizhou.ipp.review.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A prefecture unit's scores on the nine criteria of 4.2. {@link PrefectureRanking#rank} checks
 * them and names the unit's position in its refusals.
 *
 * @param unit the unit's region code, one of {@link PrefectureRanking#UNITS}
 * @param scores the score of each criterion by criterion id, 0 to 100
 */
public record PrefectureScores(String unit, Map<String, BigDecimal> scores) {

  public PrefectureScores {
    scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }
}
