package cn.gov.guizhou.ipp.review.scoring;

/**
 * One of the nine criteria on which the prefecture units are scored for 市州级知识产权转化运用能力提升 (guide 1.4,
 * item 4.2), each on the unit's previous year's results. See {@link PrefectureRanking#CRITERIA}.
 *
 * @param id stable id, the key of the criterion's score and weight
 * @param zh the criterion in the guide's words
 * @param en the criterion in English
 */
public record PrefectureCriterion(String id, String zh, String en) {

  public PrefectureCriterion {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: is required");
    }
    if (zh == null || zh.isBlank()) {
      throw new IllegalArgumentException("zh: is required");
    }
    if (en == null || en.isBlank()) {
      throw new IllegalArgumentException("en: is required");
    }
  }
}
