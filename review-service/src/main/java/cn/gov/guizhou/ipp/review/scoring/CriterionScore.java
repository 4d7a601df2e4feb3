package cn.gov.guizhou.ipp.review.scoring;

import java.math.BigDecimal;

/**
 * An expert's score on one criterion, with the comment that justifies it. The values are checked
 * against the criterion by {@link ScoreSheet#validate}, which names the criterion in its refusal:
 * the score between 0 and the criterion's maximum with at most one decimal, the comment required
 * and at most {@value #MAX_COMMENT_LENGTH} characters.
 *
 * @param score the score
 * @param comment the expert's comment on it
 */
public record CriterionScore(BigDecimal score, String comment) {

  /** The longest comment, in characters. */
  public static final int MAX_COMMENT_LENGTH = 2000;
}
