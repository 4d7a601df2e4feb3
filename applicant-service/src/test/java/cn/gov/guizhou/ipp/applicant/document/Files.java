package cn.gov.guizhou.ipp.applicant.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but well-formed files of each kind, built in the test rather than kept as binaries. */
public final class Files {

  private Files() {}

  public static byte[] pdf() {
    return ascii(
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n");
  }

  /** A PDF of exactly {@code size} bytes (its body padded with a comment). */
  public static byte[] pdfOfSize(int size) {
    byte[] head = ascii("%PDF-1.7\n%");
    byte[] tail = ascii("\n%%EOF\n");
    byte[] pdf = new byte[size];
    Arrays.fill(pdf, (byte) 'x');
    System.arraycopy(head, 0, pdf, 0, head.length);
    System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
    return pdf;
  }

  /** The PNG signature and a 1×1 header chunk. */
  public static byte[] png() {
    return new byte[] {
      (byte) 0x89,
      'P',
      'N',
      'G',
      0x0D,
      0x0A,
      0x1A,
      0x0A,
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      6,
      0,
      0,
      0,
      0x1F,
      0x15,
      (byte) 0xC4,
      (byte) 0x89
    };
  }

  public static byte[] jpeg() {
    return new byte[] {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'
    };
  }

  public static byte[] docx() {
    return zip(
        entries(
            "[Content_Types].xml", "<Types/>",
            "_rels/.rels", "<Relationships/>",
            "word/document.xml", "<w:document/>"));
  }

  public static byte[] xlsx() {
    return zip(
        entries(
            "[Content_Types].xml", "<Types/>",
            "_rels/.rels", "<Relationships/>",
            "xl/workbook.xml", "<workbook/>",
            "xl/worksheets/sheet1.xml", "<worksheet/>"));
  }

  public static byte[] pptx() {
    return zip(
        entries(
            "[Content_Types].xml", "<Types/>",
            "ppt/presentation.xml", "<p:presentation/>"));
  }

  /** An OpenDocument text: the {@code mimetype} entry first and stored, as the format requires. */
  public static byte[] odt() {
    return openDocument("application/vnd.oasis.opendocument.text");
  }

  public static byte[] openDocument(String mimetype) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = ascii(mimetype);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(ascii("<office:document-content/>"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(ascii("<manifest:manifest/>"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A ZIP archive that is no Office document. */
  public static byte[] plainZip() {
    return zip(entries("readme.txt", "hello", "bin/tool.exe", "MZ"));
  }

  /** The start of a Windows executable. */
  public static byte[] exe() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] text() {
    return "申报材料清单\n1. 营业执照\n".getBytes(StandardCharsets.UTF_8);
  }

  /** An OLE2 compound file whose directory names the given stream (UTF-16LE), as Office writes. */
  public static byte[] compoundFile(String stream) {
    byte[] file = new byte[1536];
    byte[] signature = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(signature, 0, file, 0, signature.length);
    byte[] name = (stream + "\0").getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, file, 1024, name.length);
    return file;
  }

  private static Map<String, String> entries(String... namesAndContents) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      entries.put(namesAndContents[i], namesAndContents[i + 1]);
    }
    return entries;
  }

  private static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
