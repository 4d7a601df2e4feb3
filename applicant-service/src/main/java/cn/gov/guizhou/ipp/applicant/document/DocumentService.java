package cn.gov.guizhou.ipp.applicant.document;

import cn.gov.guizhou.ipp.applicant.organisation.EvidenceDocuments;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationRepository;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationService;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.files.ContentSniffer;
import cn.gov.guizhou.ipp.kit.files.DocumentKind;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.security.Roles;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps documents for organisations and hands them out to those who may see them.
 *
 * <p>A member of an organisation uploads a document for it; the members and bureau staff (programme
 * officers, bureau administrators) read it; anyone else is told it does not exist (404), and the
 * refusal is audited. The type is told from the content ({@link ContentSniffer}); the SHA-256 is
 * computed while the content is read; metadata, content and the audit record are written in one
 * transaction — the caller's, if it has one.
 */
@Service
public class DocumentService implements EvidenceDocuments {

  /** Object type of documents in the audit trail. */
  public static final String OBJECT_TYPE = "document";

  private final DocumentRepository documents;
  private final OrganisationRepository organisations;
  private final OrganisationService organisationVisibility;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public DocumentService(
      DocumentRepository documents,
      OrganisationRepository organisations,
      OrganisationService organisationVisibility,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.documents = documents;
    this.organisations = organisations;
    this.organisationVisibility = organisationVisibility;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Stores a document for an organisation the user is a member of. Reads at most 20 MB and one
   * byte; joins the caller's transaction or starts one for the writes (the content is read before,
   * so no connection is held while reading).
   *
   * @param filename the name the client gave the file (sanitised; never used to tell the type)
   * @throws NotFoundException if the organisation does not exist or the user is not a member (the
   *     refusal is audited)
   * @throws InvalidFieldException naming {@code file} if the content is empty, larger than 20 MB,
   *     or not a PDF, image or Office document
   */
  public StoredDocument store(
      UUID organisationId, String filename, InputStream content, CurrentUser user) {
    if (organisations.roleOf(organisationId, user.subject()).isEmpty()) {
      audit.recordRefusal(
          "document.upload",
          OrganisationService.OBJECT_TYPE,
          organisationId,
          AuditOutcome.NOT_VISIBLE,
          null);
      throw new NotFoundException(OrganisationService.OBJECT_TYPE, organisationId);
    }
    MessageDigest sha256 = sha256();
    byte[] bytes;
    try (DigestInputStream in = new DigestInputStream(content, sha256)) {
      bytes = in.readNBytes((int) StoredDocument.MAX_SIZE_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("the upload could not be read", e);
    }
    if (bytes.length == 0) {
      throw new InvalidFieldException("file", "must not be empty");
    }
    if (bytes.length > StoredDocument.MAX_SIZE_BYTES) {
      throw new InvalidFieldException("file", "must be at most 20 MB");
    }
    DocumentKind kind =
        ContentSniffer.sniff(bytes)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "file",
                        "is not a PDF, image (PNG, JPEG, GIF, WebP, TIFF) or Office document"));
    StoredDocument document =
        new StoredDocument(
            UUID.randomUUID(),
            organisationId,
            StoredDocument.sanitiseFilename(filename),
            kind.mediaType(),
            bytes.length,
            java.util.HexFormat.of().formatHex(sha256.digest()),
            user.subject(),
            OffsetDateTime.now(clock));
    transactions.executeWithoutResult(
        status -> {
          documents.insert(document, bytes);
          audit.recordChange("document.upload", OBJECT_TYPE, document.id(), organisationId);
        });
    return document;
  }

  /**
   * A document's metadata, if the user may see it.
   *
   * @throws NotFoundException if it does not exist or the user may not see it (audited)
   */
  @Transactional(readOnly = true)
  public StoredDocument get(UUID documentId, CurrentUser user) {
    return visible(documentId, user, "document.read");
  }

  /**
   * A document with its content, if the user may see it.
   *
   * @throws NotFoundException if it does not exist or the user may not see it (audited)
   */
  @Transactional(readOnly = true)
  public DocumentContent open(UUID documentId, CurrentUser user) {
    StoredDocument document = visible(documentId, user, "document.download");
    byte[] content =
        documents
            .content(documentId)
            .orElseThrow(
                () -> new IllegalStateException("document " + documentId + " has no content"));
    return new DocumentContent(document, content);
  }

  /**
   * One page of the documents of an organisation the user may see, newest first; of one kind (file
   * type) unless {@code kind} is null.
   *
   * @throws NotFoundException if the user may not see the organisation (audited)
   */
  @Transactional(readOnly = true)
  public Page<StoredDocument> ofOrganisation(
      UUID organisationId, DocumentKind kind, PageQuery page, CurrentUser user) {
    organisationVisibility.get(organisationId, user);
    return documents.findByOrganisation(
        organisationId, kind == null ? null : kind.mediaType(), page);
  }

  /**
   * The document, which must belong to the organisation: for code that attaches documents to
   * something of the organisation (evidence, application materials).
   *
   * @param field the request field to name in the refusal
   * @throws InvalidFieldException naming {@code field} if the document does not exist or belongs to
   *     another organisation (the two are not told apart)
   */
  @Transactional(readOnly = true)
  public StoredDocument requireOwnedBy(UUID documentId, UUID organisationId, String field) {
    return documents
        .findById(documentId)
        .filter(d -> d.organisationId().equals(organisationId))
        .orElseThrow(() -> notOwned(documentId, field));
  }

  @Override
  @Transactional(readOnly = true)
  public void requireAllOwnedBy(Collection<UUID> documentIds, UUID organisationId, String field) {
    Set<UUID> distinct = new HashSet<>(documentIds);
    if (documents.countOwnedBy(distinct, organisationId) != distinct.size()) {
      for (UUID id : distinct) {
        requireOwnedBy(id, organisationId, field);
      }
    }
  }

  private StoredDocument visible(UUID documentId, CurrentUser user, String action) {
    return (user.hasAnyRole(Roles.PROGRAMME_OFFICER, Roles.BUREAU_ADMIN)
            ? documents.findById(documentId)
            : documents.findByIdForMember(documentId, user.subject()))
        .orElseThrow(
            () -> {
              audit.recordRefusal(action, OBJECT_TYPE, documentId, AuditOutcome.NOT_VISIBLE, null);
              return new NotFoundException(OBJECT_TYPE, documentId);
            });
  }

  private static InvalidFieldException notOwned(UUID documentId, String field) {
    return new InvalidFieldException(
        field, "document " + documentId + " is not a document of this organisation");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
