package cn.gov.guizhou.ipp.applicant.document;

import java.util.Objects;

/**
 * A document with its content, for download.
 *
 * @param document its metadata
 * @param content its bytes, exactly as uploaded
 */
public record DocumentContent(StoredDocument document, byte[] content) {

  public DocumentContent {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(content, "content");
  }
}
