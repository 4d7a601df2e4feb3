package cn.gov.guizhou.ipp.applicant.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An application as its applicants and the bureau see it: what it says, who takes part, the
 * materials checklist and its whole story.
 *
 * @param id platform id
 * @param reference human reference, once submitted
 * @param callYear the call's year
 * @param trackCode the track
 * @param trackName the track's official name
 * @param status where it is
 * @param ruleVersion the rule version it was submitted under
 * @param lead the lead unit
 * @param content what the applicant wrote
 * @param participants the participants with their confirmations
 * @param materials the track's materials, each with the document attached, if any
 * @param criteriaToConfirm criteria left to the formal check
 * @param history every step with its date
 * @param createdAt when it was started
 * @param updatedAt when it last changed
 * @param submittedAt when it was submitted
 */
public record ApplicationView(
    UUID id,
    String reference,
    int callYear,
    String trackCode,
    String trackName,
    ApplicationStatus status,
    Integer ruleVersion,
    Lead lead,
    ApplicationContent content,
    List<Participant> participants,
    List<MaterialItem> materials,
    List<String> criteriaToConfirm,
    List<HistoryEntry> history,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime submittedAt) {

  /**
   * The lead unit.
   *
   * @param organisationId its id
   * @param creditCode its credit code
   * @param legalName its legal name
   * @param organisationType its type
   */
  public record Lead(
      UUID organisationId, String creditCode, String legalName, String organisationType) {}

  /**
   * One line of the materials checklist.
   *
   * @param materialId the catalogue's id
   * @param nameZh its name
   * @param nameEn its English name
   * @param required whether it must be present before submission
   * @param attached the document attached, or null
   */
  public record MaterialItem(
      String materialId,
      String nameZh,
      String nameEn,
      boolean required,
      AttachedMaterial attached) {}
}
