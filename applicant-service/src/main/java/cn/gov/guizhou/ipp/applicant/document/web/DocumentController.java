package cn.gov.guizhou.ipp.applicant.document.web;

import cn.gov.guizhou.ipp.applicant.document.DocumentContent;
import cn.gov.guizhou.ipp.applicant.document.DocumentService;
import cn.gov.guizhou.ipp.applicant.document.StoredDocument;
import cn.gov.guizhou.ipp.kit.files.DocumentKind;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading an organisation's documents (PDF, images, Office documents; at most 20 MB each, the
 * type told from the content) and reading them back.
 */
@RestController
public class DocumentController {

  private final DocumentService documents;

  public DocumentController(DocumentService documents) {
    this.documents = documents;
  }

  /**
   * A member uploads a document for its organisation: {@code multipart/form-data} with the file in
   * the part {@code file}.
   */
  @Operation(summary = "Upload a document of an organisation")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(
      path = "/api/organisations/{organisationId}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('applicant')")
  public ResponseEntity<StoredDocument> upload(
      @PathVariable UUID organisationId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication authentication)
      throws IOException {
    if (file == null) {
      throw new InvalidFieldException("file", "is required (a multipart part named file)");
    }
    StoredDocument stored;
    try (InputStream content = file.getInputStream()) {
      stored =
          documents.store(
              organisationId,
              file.getOriginalFilename(),
              content,
              CurrentUser.from(authentication));
    }
    return ResponseEntity.created(URI.create("/api/documents/" + stored.id())).body(stored);
  }

  /**
   * The organisation's documents, newest first, one page of them, of one kind (file type) if asked:
   * for its members and bureau staff.
   */
  @Operation(summary = "List an organisation's documents")
  @GetMapping("/api/organisations/{organisationId}/documents")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public ResponseEntity<List<StoredDocument>> list(
      @PathVariable UUID organisationId,
      @RequestParam(required = false) DocumentKind kind,
      PageQuery page,
      Authentication authentication,
      HttpServletRequest request) {
    return page.answer(
        documents.ofOrganisation(organisationId, kind, page, CurrentUser.from(authentication)),
        request);
  }

  @Operation(summary = "Get a document's metadata")
  @GetMapping("/api/documents/{id}")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public StoredDocument get(@PathVariable UUID id, Authentication authentication) {
    return documents.get(id, CurrentUser.from(authentication));
  }

  /**
   * The content as uploaded, as an attachment (RFC 6266 {@code filename*}) with the type told from
   * the content; browsers are told not to guess another type. {@code Repr-Digest} (RFC 9530)
   * carries the SHA-256 recorded at upload.
   */
  @Operation(summary = "Download a document's content")
  @GetMapping("/api/documents/{id}/content")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public ResponseEntity<byte[]> content(@PathVariable UUID id, Authentication authentication) {
    DocumentContent document = documents.open(id, CurrentUser.from(authentication));
    StoredDocument metadata = document.document();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(metadata.contentType()))
        .contentLength(document.content().length)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(metadata.filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("Repr-Digest", "sha-256=:" + base64Sha256(metadata.sha256()) + ":")
        .body(document.content());
  }

  private static String base64Sha256(String hex) {
    return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex));
  }
}
