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
   * @param kind CRITERION, MATERIAL, or FACT (a criterion the lead's self-declared fact meets, to
   *     confirm against its evidence)
   * @param labelZh what it is, in Chinese
   * @param labelEn in English
   * @param result PASS or FAIL once marked
   * @param note the officer's note
   * @param markedAt when it was marked
   * @param declaredValue for a FACT, the value the lead declared
   * @param evidence for a FACT, the lead's documents that evidence it
   */
  public record Item(
      String id,
      String kind,
      String labelZh,
      String labelEn,
      String result,
      String note,
      OffsetDateTime markedAt,
      String declaredValue,
      List<UUID> evidence) {

    public Item {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    Item relabelled(String zh, String en) {
      return new Item(id, kind, zh, en, result, note, markedAt, declaredValue, evidence);
    }
  }
}
