package cn.gov.guizhou.ipp.applicant.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.kit.files.ContentSniffer;
import cn.gov.guizhou.ipp.kit.files.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void pdfAndImagesAreToldByTheirSignatures() {
    assertThat(ContentSniffer.sniff(Files.pdf())).contains(DocumentKind.PDF);
    assertThat(ContentSniffer.sniff(Files.png())).contains(DocumentKind.PNG);
    assertThat(ContentSniffer.sniff(Files.jpeg())).contains(DocumentKind.JPEG);
    assertThat(ContentSniffer.sniff(ascii("GIF89a\1\0\1\0"))).contains(DocumentKind.GIF);
    assertThat(ContentSniffer.sniff(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(DocumentKind.WEBP);
    assertThat(ContentSniffer.sniff(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}))
        .contains(DocumentKind.TIFF);
    assertThat(ContentSniffer.sniff(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}))
        .contains(DocumentKind.TIFF);
  }

  @Test
  void officeOpenXmlPackagesAreToldByTheirParts() {
    assertThat(ContentSniffer.sniff(Files.docx())).contains(DocumentKind.DOCX);
    assertThat(ContentSniffer.sniff(Files.xlsx())).contains(DocumentKind.XLSX);
    assertThat(ContentSniffer.sniff(Files.pptx())).contains(DocumentKind.PPTX);
    assertThat(DocumentKind.DOCX.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void openDocumentsAreToldByTheirStoredMimetypeEntry() {
    assertThat(ContentSniffer.sniff(Files.odt())).contains(DocumentKind.ODT);
    assertThat(
            ContentSniffer.sniff(
                Files.openDocument("application/vnd.oasis.opendocument.spreadsheet")))
        .contains(DocumentKind.ODS);
    assertThat(
            ContentSniffer.sniff(
                Files.openDocument("application/vnd.oasis.opendocument.presentation")))
        .contains(DocumentKind.ODP);
    assertThat(
            ContentSniffer.sniff(Files.openDocument("application/vnd.oasis.opendocument.graphics")))
        .isEmpty();
  }

  @Test
  void legacyOfficeFilesAreToldByTheStreamsTheirDirectoryNames() {
    assertThat(ContentSniffer.sniff(Files.compoundFile("WordDocument"))).contains(DocumentKind.DOC);
    assertThat(ContentSniffer.sniff(Files.compoundFile("Workbook"))).contains(DocumentKind.XLS);
    assertThat(ContentSniffer.sniff(Files.compoundFile("Book"))).contains(DocumentKind.XLS);
    assertThat(ContentSniffer.sniff(Files.compoundFile("PowerPoint Document")))
        .contains(DocumentKind.PPT);
    assertThat(ContentSniffer.sniff(Files.compoundFile("__substg1.0_0037001F")))
        .as("an Outlook message is a compound file but no Office document")
        .isEmpty();
  }

  @Test
  void anythingElseIsNotRecognised() {
    assertThat(ContentSniffer.sniff(Files.exe())).isEmpty();
    assertThat(ContentSniffer.sniff(Files.html())).isEmpty();
    assertThat(ContentSniffer.sniff(Files.text())).isEmpty();
    assertThat(ContentSniffer.sniff(Files.plainZip())).isEmpty();
    assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
    assertThat(ContentSniffer.sniff(ascii("%PD"))).isEmpty();
    assertThat(ContentSniffer.sniff(ascii(" %PDF-1.7")))
        .as("the signature is at offset 0")
        .isEmpty();
  }

  @Test
  void aTruncatedOrCorruptZipIsNotRecognisedAndDoesNotFail() {
    byte[] docx = Files.docx();
    assertThat(ContentSniffer.sniff(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
    byte[] corrupt = docx.clone();
    for (int i = corrupt.length - 22; i < corrupt.length; i++) {
      corrupt[i] = (byte) 0xFF;
    }
    assertThat(ContentSniffer.sniff(corrupt)).isEmpty();
    assertThat(ContentSniffer.sniff(new byte[] {'P', 'K', 3, 4})).isEmpty();
  }

  @Test
  void fileNamesAreKeptWithoutPathsOrControlCharactersAndAtMost200Characters() {
    assertThat(StoredDocument.sanitiseFilename("C:\\Users\\张三\\营业执照.pdf")).isEqualTo("营业执照.pdf");
    assertThat(StoredDocument.sanitiseFilename("../../etc/passwd")).isEqualTo("passwd");
    assertThat(StoredDocument.sanitiseFilename("a\r\nb.pdf")).isEqualTo("ab.pdf");
    assertThat(StoredDocument.sanitiseFilename("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    assertThat(StoredDocument.sanitiseFilename(null)).isEqualTo("document");
    assertThat(StoredDocument.sanitiseFilename("..")).isEqualTo("document");
    String longName = StoredDocument.sanitiseFilename("材".repeat(300) + ".docx");
    assertThat(longName.codePointCount(0, longName.length())).isEqualTo(200);
    assertThat(longName).endsWith(".docx");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
