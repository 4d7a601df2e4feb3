package cn.gov.guizhou.ipp.monitoring.reports.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report's CSV file as a download: named, never cached, never sniffed as anything else. */
public final class CsvFile {

  private CsvFile() {}

  /** The download of {@code content} under {@code filename}. */
  public static ResponseEntity<byte[]> attachment(String filename, byte[] content) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
