package cn.gov.guizhou.ipp.review.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An application to rank within its track.
 *
 * @param applicationId platform id
 * @param reference human reference; distinct between the applications of a ranking
 * @param finalScore its final score ({@link FinalScore#of})
 * @param expertTotals each expert's sheet total, which the tie-break reads
 * @param submittedAt when it was submitted
 */
public record Candidate(
    UUID applicationId,
    String reference,
    BigDecimal finalScore,
    List<BigDecimal> expertTotals,
    OffsetDateTime submittedAt) {

  public Candidate {
    if (applicationId == null) {
      throw new IllegalArgumentException("applicationId: is required");
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("reference: is required");
    }
    if (finalScore == null) {
      throw new IllegalArgumentException("finalScore: is required");
    }
    if (expertTotals == null || expertTotals.isEmpty()) {
      throw new IllegalArgumentException("expertTotals: at least one expert total is required");
    }
    for (int i = 0; i < expertTotals.size(); i++) {
      if (expertTotals.get(i) == null) {
        throw new IllegalArgumentException("expertTotals[" + i + "]: is required");
      }
    }
    if (submittedAt == null) {
      throw new IllegalArgumentException("submittedAt: is required");
    }
    expertTotals = List.copyOf(expertTotals);
  }

  /** The lowest of the experts' totals. */
  public BigDecimal lowestExpertTotal() {
    return expertTotals.stream().min(BigDecimal::compareTo).orElseThrow();
  }

  /**
   * The median of the experts' totals: the middle one, or the mean of the two middle ones for an
   * even count (exact: a half of a sum of decimals always terminates).
   */
  public BigDecimal medianExpertTotal() {
    List<BigDecimal> sorted = expertTotals.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
  }
}
