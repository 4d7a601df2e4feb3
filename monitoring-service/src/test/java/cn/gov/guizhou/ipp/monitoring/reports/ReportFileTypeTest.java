package cn.gov.guizhou.ipp.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ReportFileTypeTest {

  @Test
  void tellsTheTypeFromTheContent() throws IOException {
    assertThat(ReportFileType.detect("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
        .contains(ReportFileType.PDF);
    assertThat(ReportFileType.detect(zip("xl/workbook.xml"))).contains(ReportFileType.XLSX);
    assertThat(ReportFileType.detect(zip("word/document.xml"))).contains(ReportFileType.DOCX);
    assertThat(ReportFileType.detect("项目,滞后\r\nA,1\r\n".getBytes(StandardCharsets.UTF_8)))
        .contains(ReportFileType.CSV);
  }

  @Test
  void refusesOtherContent() throws IOException {
    assertThat(ReportFileType.detect(new byte[0])).isEmpty();
    assertThat(ReportFileType.detect(zip("other/file.txt"))).isEmpty();
    assertThat(ReportFileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})).isEmpty();
    assertThat(ReportFileType.detect(new byte[] {'a', 0, 'b'})).isEmpty();
    assertThat(ReportFileType.detect(new byte[] {(byte) 0xC3, (byte) 0x28})).isEmpty();
  }

  @Test
  void aWebPageIsNeitherAPdfNorACsv() {
    byte[] page =
        "<!DOCTYPE html><html><body><script>alert(1)</script>季度报告</body></html>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(ReportFileType.detect(page)).isEmpty();
    assertThat(ReportFileType.detect("<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(
            ReportFileType.detect("<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  static byte[] zip(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
