package cn.gov.guizhou.ipp.review.scoring;

import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Where the sheets meet the API: the sheet in force for a call, or a 409 when there is none; a
 * filled-in sheet's total, or a 422 naming every offending field. Experts' review sheets and the
 * officers' evaluation and acceptance sheets are scored the same way.
 */
public final class SheetScoring {

  private SheetScoring() {}

  /** The review sheet of a track in force for a call. */
  public static ScoreSheet reviewSheet(int year, String trackCode) {
    return sheet(year, trackCode, ScoreSheets::inForce);
  }

  /** An evaluation ({@code <track>-EVALUATION}) or acceptance ({@code ACCEPTANCE}) sheet. */
  public static ScoreSheet followUpSheet(int year, String key) {
    return sheet(year, key, ScoreSheets::followUpInForce);
  }

  /** The sheet's total for the scores, refused field by field when they do not fill it in. */
  public static BigDecimal total(ScoreSheet sheet, Map<String, CriterionScore> scores) {
    Map<String, CriterionScore> given = scores == null ? Map.of() : scores;
    List<ScoreViolation> violations = sheet.violations(given);
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(
          violations.stream().map(v -> new FieldViolation(v.field(), v.message())).toList());
    }
    return sheet.total(given);
  }

  private static ScoreSheet sheet(int year, String key, IntFunction<ScoreSheets> inForce) {
    try {
      return inForce
          .apply(year)
          .forTrack(key)
          .orElseThrow(() -> new ConflictException("NO_SCORE_SHEET", "no " + key + " sheet"));
    } catch (IllegalStateException noSheets) {
      throw new ConflictException("NO_SCORE_SHEET", noSheets.getMessage());
    }
  }
}
