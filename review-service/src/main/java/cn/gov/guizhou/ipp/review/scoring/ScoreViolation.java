package cn.gov.guizhou.ipp.review.scoring;

/**
 * One thing wrong with an expert's scores on a sheet.
 *
 * @param field the path of the offending value, e.g. {@code scores.PROPOSITION.score}
 * @param message what is wrong with it
 */
public record ScoreViolation(String field, String message) {

  /** The refusal in the platform's {@code "<field>: <what is wrong>"} form. */
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
