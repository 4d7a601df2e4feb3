package cn.gov.guizhou.ipp.applicant.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An application of a lead unit for one track of a call.
 *
 * @param id platform id
 * @param reference human reference, given at submission (e.g. 2027-HVP-00042)
 * @param callYear the call's year
 * @param trackCode the track
 * @param leadOrganisationId the lead unit
 * @param status where it is
 * @param ruleVersion the version of the call's rules it was submitted under
 * @param content what the applicant wrote
 * @param criteriaToConfirm criteria left to the formal check at submission
 * @param createdBy who started it
 * @param createdAt when
 * @param updatedAt when it last changed
 * @param submittedBy who submitted it
 * @param submittedAt when
 */
public record Application(
    UUID id,
    String reference,
    int callYear,
    String trackCode,
    UUID leadOrganisationId,
    ApplicationStatus status,
    Integer ruleVersion,
    ApplicationContent content,
    List<String> criteriaToConfirm,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String submittedBy,
    OffsetDateTime submittedAt) {

  public Application {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(content, "content");
    criteriaToConfirm = criteriaToConfirm == null ? List.of() : List.copyOf(criteriaToConfirm);
  }

  /** A new draft. */
  static Application draft(
      int callYear,
      String trackCode,
      UUID leadOrganisationId,
      ApplicationContent content,
      String userSubject,
      OffsetDateTime now) {
    return new Application(
        UUID.randomUUID(),
        null,
        callYear,
        trackCode,
        leadOrganisationId,
        ApplicationStatus.DRAFT,
        null,
        content,
        List.of(),
        userSubject,
        now,
        now,
        null,
        null);
  }

  boolean isDraft() {
    return status == ApplicationStatus.DRAFT;
  }

  /** The draft with new content. */
  Application revised(ApplicationContent newContent, OffsetDateTime now) {
    requireDraft();
    return new Application(
        id,
        reference,
        callYear,
        trackCode,
        leadOrganisationId,
        status,
        ruleVersion,
        newContent,
        criteriaToConfirm,
        createdBy,
        createdAt,
        now,
        submittedBy,
        submittedAt);
  }

  /** The draft, submitted under a rule version. */
  Application submitted(
      String newReference,
      int version,
      List<String> toConfirm,
      String userSubject,
      OffsetDateTime now) {
    requireDraft();
    return new Application(
        id,
        newReference,
        callYear,
        trackCode,
        leadOrganisationId,
        ApplicationStatus.SUBMITTED,
        version,
        content,
        toConfirm,
        createdBy,
        createdAt,
        now,
        userSubject,
        now);
  }

  /** Refuses a change to an application that is no longer a draft. */
  void requireDraft() {
    if (!isDraft()) {
      throw new cn.gov.guizhou.ipp.kit.web.ConflictException(
          "NOT_A_DRAFT", "the application is " + status + " and can no longer be changed");
    }
  }
}
