package cn.gov.guizhou.ipp.review.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks a track's applications by final score, highest first. Applications with the same final
 * score are ordered by these steps, each applied only where all the steps before it tie:
 *
 * <ol>
 *   <li>the higher <em>lowest</em> expert total first (broad agreement beats one enthusiast);
 *   <li>the higher <em>median</em> of the expert totals first (the mean of the two middle totals
 *       for an even number of experts);
 *   <li>the earlier submission first (compared as instants, whatever the offset);
 *   <li>the reference in ascending order (references are distinct, so the order is total).
 * </ol>
 *
 * Scores are compared by value ({@code 80.5} equals {@code 80.50}). Ranks run 1, 2, 3, … without
 * shared places: the guide funds in rank order, so every place is decided.
 */
public final class Ranking {

  /** The order of the ranking, the tie-break steps included. */
  public static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::finalScore, Comparator.reverseOrder())
          .thenComparing(Candidate::lowestExpertTotal, Comparator.reverseOrder())
          .thenComparing(Candidate::medianExpertTotal, Comparator.reverseOrder())
          .thenComparing(c -> c.submittedAt().toInstant())
          .thenComparing(Candidate::reference);

  private Ranking() {}

  /**
   * The ranking.
   *
   * @param candidates the applications, in any order
   * @throws IllegalArgumentException if an application is missing or two share a reference or an id
   */
  public static List<Ranked> rank(List<Candidate> candidates) {
    if (candidates == null) {
      throw new IllegalArgumentException("candidates: is required");
    }
    Set<String> references = new HashSet<>();
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      if (candidate == null) {
        throw new IllegalArgumentException("candidates[" + i + "]: is required");
      }
      if (!references.add(candidate.reference())) {
        throw new IllegalArgumentException(
            "candidates[" + i + "].reference: " + candidate.reference() + " appears twice");
      }
      if (!ids.add(candidate.applicationId())) {
        throw new IllegalArgumentException(
            "candidates[" + i + "].applicationId: " + candidate.applicationId() + " appears twice");
      }
    }
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(ORDER);
    List<Ranked> ranked = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      ranked.add(new Ranked(i + 1, ordered.get(i)));
    }
    return List.copyOf(ranked);
  }
}
