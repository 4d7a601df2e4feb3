package cn.gov.guizhou.ipp.review.formalcheck;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An application's formal check.
 *
 * @param applicationId the application
 * @param reference its reference
 * @param trackCode its track
 * @param items the criteria and materials to confirm
 * @param outcome PASSED or FAILED once concluded, else null
 * @param concludedAt when it was concluded
 */
public record FormalCheck(
    UUID applicationId,
    String reference,
    String trackCode,
    List<Item> items,
    String outcome,
    OffsetDateTime concludedAt) {

  /**
   * One thing to confirm.
   *
   * @param id the criterion's id, or {@code MATERIAL:<material id>}
   * @param kind CRITERION or MATERIAL
   * @param labelZh what it is, in Chinese
   * @param labelEn in English
   * @param result PASS or FAIL once marked
   * @param note the officer's note
   * @param markedAt when it was marked
   */
  public record Item(
      String id,
      String kind,
      String labelZh,
      String labelEn,
      String result,
      String note,
      OffsetDateTime markedAt) {}
}
