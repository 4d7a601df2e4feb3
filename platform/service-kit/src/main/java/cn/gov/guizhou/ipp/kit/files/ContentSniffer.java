package cn.gov.guizhou.ipp.kit.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells what a file is from its bytes alone: the file name and the type the client declared are
 * never consulted, so a renamed executable, web page or text file is not taken for a PDF.
 *
 * <ul>
 *   <li>PDF ({@code %PDF-}), PNG, JPEG, GIF, WebP and TIFF by their signatures;
 *   <li>Office Open XML (docx, xlsx, pptx): a ZIP whose central directory lists {@code
 *       [Content_Types].xml} and a {@code word/}, {@code xl/} or {@code ppt/} part;
 *   <li>OpenDocument (odt, ods, odp): a ZIP whose {@code mimetype} entry, stored uncompressed as
 *       the format requires, names the type;
 *   <li>Office 97–2003 (doc, xls, ppt): an OLE2 compound file whose directory names the {@code
 *       WordDocument}, {@code Workbook}/{@code Book} or {@code PowerPoint Document} stream.
 * </ul>
 *
 * Anything else — another ZIP, another compound file (an installer, a mail message), text, HTML, an
 * executable — is not recognised. Where a service also takes CSV tables, {@link #csv(byte[])} tells
 * a table from a web page, an SVG image, an XML file or a script, which are text too. ZIP entries
 * are never decompressed: only the central directory is read, so a compressed bomb costs nothing.
 */
public final class ContentSniffer {

  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87 = ascii("GIF87a");
  private static final byte[] GIF89 = ascii("GIF89a");
  private static final byte[] RIFF = ascii("RIFF");
  private static final byte[] WEBP = ascii("WEBP");
  private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
  private static final byte[] TIFF_BE = {'M', 'M', 0, 42};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final String ODF_PREFIX = "application/vnd.oasis.opendocument.";

  private ContentSniffer() {}

  /** The kind of document the bytes are, or empty if they are none the platform accepts. */
  public static Optional<DocumentKind> sniff(byte[] content) {
    if (startsWith(content, 0, PDF)) {
      return Optional.of(DocumentKind.PDF);
    }
    if (startsWith(content, 0, PNG)) {
      return Optional.of(DocumentKind.PNG);
    }
    if (startsWith(content, 0, JPEG)) {
      return Optional.of(DocumentKind.JPEG);
    }
    if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
      return Optional.of(DocumentKind.GIF);
    }
    if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
      return Optional.of(DocumentKind.WEBP);
    }
    if (startsWith(content, 0, TIFF_LE) || startsWith(content, 0, TIFF_BE)) {
      return Optional.of(DocumentKind.TIFF);
    }
    if (startsWith(content, 0, ZIP)) {
      return zipDocument(content);
    }
    if (startsWith(content, 0, OLE2)) {
      return compoundDocument(content);
    }
    return Optional.empty();
  }

  /** Markup and script openings that make a text a web page, an image or a program, not a table. */
  private static final List<String> MARKUP =
      List.of(
          "<!doctype",
          "<html",
          "<head",
          "<body",
          "<script",
          "<svg",
          "<?xml",
          "<iframe",
          "<object",
          "<embed",
          "<meta",
          "<link",
          "<style",
          "<img",
          "<a ",
          "<form",
          "<div",
          "<![cdata[",
          "javascript:");

  /**
   * Whether the bytes are a CSV table: UTF-8 text (a byte order mark allowed), not blank, with no
   * control character but tab and line breaks, that is not markup or a script. Text that opens with
   * {@code <}, holds an HTML, SVG or XML tag, a {@code javascript:} address, or opens with a {@code
   * #!} interpreter line is not a CSV, whatever the file is called: a browser or a spreadsheet
   * would run it.
   */
  public static boolean csv(byte[] content) {
    if (content == null || content.length == 0) {
      return false;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(content))
              .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return false;
      }
    }
    String opening = text.stripLeading();
    if (opening.isEmpty() || opening.startsWith("<") || opening.startsWith("#!")) {
      return false;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return MARKUP.stream().noneMatch(lower::contains);
  }

  /** An Office Open XML or OpenDocument package, told by the entries of its central directory. */
  private static Optional<DocumentKind> zipDocument(byte[] zip) {
    List<ZipEntry> entries = centralDirectory(zip);
    boolean contentTypes = false;
    boolean word = false;
    boolean excel = false;
    boolean powerPoint = false;
    for (ZipEntry entry : entries) {
      String name = entry.name();
      contentTypes |= name.equals("[Content_Types].xml");
      word |= name.startsWith("word/");
      excel |= name.startsWith("xl/");
      powerPoint |= name.startsWith("ppt/");
      if (name.equals("mimetype")) {
        Optional<DocumentKind> odf = openDocument(zip, entry);
        if (odf.isPresent()) {
          return odf;
        }
      }
    }
    if (contentTypes && word && !excel && !powerPoint) {
      return Optional.of(DocumentKind.DOCX);
    }
    if (contentTypes && excel && !word && !powerPoint) {
      return Optional.of(DocumentKind.XLSX);
    }
    if (contentTypes && powerPoint && !word && !excel) {
      return Optional.of(DocumentKind.PPTX);
    }
    return Optional.empty();
  }

  private static Optional<DocumentKind> openDocument(byte[] zip, ZipEntry mimetype) {
    int at = mimetype.localHeaderOffset();
    if (mimetype.method() != 0 || !fits(zip, at, 30) || readInt(zip, at) != LOCAL_HEADER) {
      return Optional.empty();
    }
    int start = at + 30 + readShort(zip, at + 26) + readShort(zip, at + 28);
    int length = mimetype.compressedSize();
    if (length > 100 || !fits(zip, start, length)) {
      return Optional.empty();
    }
    String type = new String(zip, start, length, StandardCharsets.US_ASCII).strip();
    return switch (type) {
      case ODF_PREFIX + "text" -> Optional.of(DocumentKind.ODT);
      case ODF_PREFIX + "spreadsheet" -> Optional.of(DocumentKind.ODS);
      case ODF_PREFIX + "presentation" -> Optional.of(DocumentKind.ODP);
      default -> Optional.empty();
    };
  }

  /** The entries a ZIP's central directory lists; empty if it has none that can be read. */
  private static List<ZipEntry> centralDirectory(byte[] zip) {
    int end = -1;
    // The end record is 22 bytes, followed by a comment of at most 65535 bytes.
    for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65535; i--) {
      if (readInt(zip, i) == END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    List<ZipEntry> entries = new ArrayList<>();
    if (end < 0) {
      return entries;
    }
    int count = readShort(zip, end + 10);
    long offset = readInt(zip, end + 16) & 0xFFFFFFFFL;
    int at = offset > zip.length ? -1 : (int) offset;
    for (int i = 0; i < count && at >= 0 && fits(zip, at, 46); i++) {
      if (readInt(zip, at) != CENTRAL_DIRECTORY_ENTRY) {
        break;
      }
      int method = readShort(zip, at + 10);
      long compressedSize = readInt(zip, at + 20) & 0xFFFFFFFFL;
      int nameLength = readShort(zip, at + 28);
      int extraLength = readShort(zip, at + 30);
      int commentLength = readShort(zip, at + 32);
      long localHeader = readInt(zip, at + 42) & 0xFFFFFFFFL;
      if (!fits(zip, at + 46, nameLength)) {
        break;
      }
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      entries.add(
          new ZipEntry(
              name,
              method,
              (int) Math.min(compressedSize, Integer.MAX_VALUE),
              (int) Math.min(localHeader, Integer.MAX_VALUE)));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /**
   * An Office 97–2003 document: the directory of a compound file names its streams in UTF-16LE, and
   * each Office application writes a stream of its own name.
   */
  private static Optional<DocumentKind> compoundDocument(byte[] content) {
    if (contains(content, utf16("WordDocument"))) {
      return Optional.of(DocumentKind.DOC);
    }
    if (contains(content, utf16("Workbook")) || contains(content, utf16Entry("Book"))) {
      return Optional.of(DocumentKind.XLS);
    }
    if (contains(content, utf16("PowerPoint Document"))) {
      return Optional.of(DocumentKind.PPT);
    }
    return Optional.empty();
  }

  private record ZipEntry(String name, int method, int compressedSize, int localHeaderOffset) {}

  private static boolean fits(byte[] bytes, int offset, int length) {
    return offset >= 0 && length >= 0 && (long) offset + length <= bytes.length;
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (!fits(bytes, offset, prefix.length)) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] bytes, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= bytes.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static int readShort(byte[] b, int at) {
    return fits(b, at, 2) ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : -1;
  }

  private static int readInt(byte[] b, int at) {
    return fits(b, at, 4)
        ? (b[at] & 0xFF)
            | (b[at + 1] & 0xFF) << 8
            | (b[at + 2] & 0xFF) << 16
            | (b[at + 3] & 0xFF) << 24
        : 0;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf16(String name) {
    return name.getBytes(StandardCharsets.UTF_16LE);
  }

  /** A directory entry's whole name: UTF-16LE followed by its terminating NUL character. */
  private static byte[] utf16Entry(String name) {
    return (name + "\0").getBytes(StandardCharsets.UTF_16LE);
  }
}
