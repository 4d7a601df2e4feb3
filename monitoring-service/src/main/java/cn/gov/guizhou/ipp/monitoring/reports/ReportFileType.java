package cn.gov.guizhou.ipp.monitoring.reports;

import cn.gov.guizhou.ipp.kit.files.ContentSniffer;
import cn.gov.guizhou.ipp.kit.files.DocumentKind;
import java.util.Optional;

/**
 * The type of an uploaded report, told from its content, never from the name or the type the client
 * declares: PDF, XLSX and DOCX as every upload is ({@link ContentSniffer}); CSV by being UTF-8 text
 * without control characters other than tab and line breaks that is not markup or a script ({@link
 * ContentSniffer#csv(byte[])}): an HTML page, an SVG image, an XML file or a script is refused.
 */
public enum ReportFileType {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  CSV("text/csv; charset=UTF-8", "csv");

  private final String contentType;
  private final String extension;

  ReportFileType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The type of the content, if it is one of the accepted ones. */
  public static Optional<ReportFileType> detect(byte[] content) {
    if (content == null || content.length == 0) {
      return Optional.empty();
    }
    Optional<DocumentKind> document = ContentSniffer.sniff(content);
    if (document.isPresent()) {
      return switch (document.get()) {
        case PDF -> Optional.of(PDF);
        case XLSX -> Optional.of(XLSX);
        case DOCX -> Optional.of(DOCX);
        default -> Optional.empty();
      };
    }
    return ContentSniffer.csv(content) ? Optional.of(CSV) : Optional.empty();
  }
}
