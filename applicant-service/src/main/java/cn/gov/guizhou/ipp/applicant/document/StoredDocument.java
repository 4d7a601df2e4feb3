package cn.gov.guizhou.ipp.applicant.document;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A document as kept: its metadata, never its content.
 *
 * @param id platform id of the document
 * @param organisationId the organisation it belongs to
 * @param filename the uploaded file's name, without any path, at most 200 characters
 * @param contentType the media type told from the content (never the one the client declared)
 * @param sizeBytes its size in bytes (1 to 20 MB)
 * @param sha256 SHA-256 of the content, lower-case hex
 * @param uploadedBy subject of the user who uploaded it
 * @param uploadedAt when it was uploaded
 */
public record StoredDocument(
    UUID id,
    UUID organisationId,
    String filename,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt) {

  /** The largest document accepted: 20 MB. */
  public static final long MAX_SIZE_BYTES = 20L * 1024 * 1024;

  /** The longest file name kept. */
  public static final int MAX_FILENAME_LENGTH = 200;

  public StoredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(uploadedBy, "uploadedBy");
    Objects.requireNonNull(uploadedAt, "uploadedAt");
    if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
      throw new IllegalArgumentException("sizeBytes: must be 1 to " + MAX_SIZE_BYTES);
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256: must be 64 lower-case hex digits");
    }
  }

  /**
   * The name a file is kept under: the last segment of whatever path the client sent, without
   * control characters, at most 200 characters (keeping the extension where it can), and {@code
   * document} if nothing is left.
   */
  public static String sanitiseFilename(String submitted) {
    String name = submitted == null ? "" : submitted;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "document";
    }
    if (name.codePointCount(0, name.length()) > MAX_FILENAME_LENGTH) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      int keep = MAX_FILENAME_LENGTH - extension.length();
      name = name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
    }
    return name;
  }
}
