package cn.gov.guizhou.ipp.review.scoring;

/**
 * A ranked application.
 *
 * @param rank its rank, from 1; no two applications of a ranking share one
 * @param candidate the application
 */
public record Ranked(int rank, Candidate candidate) {

  public Ranked {
    if (rank < 1) {
      throw new IllegalArgumentException("rank: must be 1 or more");
    }
    if (candidate == null) {
      throw new IllegalArgumentException("candidate: is required");
    }
  }
}
