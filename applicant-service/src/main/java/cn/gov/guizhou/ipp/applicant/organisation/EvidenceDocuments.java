package cn.gov.guizhou.ipp.applicant.organisation;

import java.util.Collection;
import java.util.UUID;

/**
 * The documents a profile fact may cite as its evidence: those of the same organisation. Provided
 * by the document store, so organisations need not know how documents are kept.
 */
public interface EvidenceDocuments {

  /**
   * Checks that every document exists and belongs to the organisation.
   *
   * @param field the request field to name in the refusal, e.g. {@code facts.revenue2026.evidence}
   * @throws cn.gov.guizhou.ipp.kit.web.InvalidFieldException naming {@code field} if one does not
   */
  void requireAllOwnedBy(Collection<UUID> documentIds, UUID organisationId, String field);
}
