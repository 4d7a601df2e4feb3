package cn.gov.guizhou.ipp.review.scoring;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One criterion of a score sheet.
 *
 * @param id stable id within the sheet (upper-case letters, digits and hyphens); it names the score
 *     in requests ({@code scores.<id>.score})
 * @param zh the criterion in Chinese, in the guide's wording where it has one
 * @param en the criterion in English
 * @param maxScore the most an expert may give on it; greater than zero
 * @param weight its weight in the sheet's total; greater than zero
 */
public record SheetCriterion(
    String id, String zh, String en, BigDecimal maxScore, BigDecimal weight) {

  private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

  public SheetCriterion {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: is required");
    }
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id: must be upper-case letters, digits and hyphens, was " + id);
    }
    if (zh == null || zh.isBlank()) {
      throw new IllegalArgumentException("zh: is required");
    }
    if (en == null || en.isBlank()) {
      throw new IllegalArgumentException("en: is required");
    }
    if (maxScore == null) {
      throw new IllegalArgumentException("maxScore: is required");
    }
    if (maxScore.signum() <= 0) {
      throw new IllegalArgumentException("maxScore: must be greater than zero");
    }
    if (weight == null) {
      throw new IllegalArgumentException("weight: is required");
    }
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException("weight: must be greater than zero");
    }
  }
}
