package cn.gov.guizhou.ipp.monitoring.reports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheet programs open it (RFC 4180): UTF-8 with a byte-order mark, CRLF line ends, a
 * field quoted when it holds a comma, a quote or a line break (quotes doubled). A text that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * prefixed with an apostrophe; numbers are written as they are.
 */
public final class Csv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Csv() {}

  /** The document: a header row and the rows, each cell formatted by {@link #cell(Object)}. */
  public static byte[] document(List<String> header, List<List<Object>> rows) {
    StringBuilder text = new StringBuilder();
    line(text, header.stream().map(h -> (Object) h).toList());
    rows.forEach(r -> line(text, r));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** One cell: empty for null, 是/否 for a boolean, a plain number, or escaped text. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static void line(StringBuilder text, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(cell(cells.get(i)));
    }
    text.append("\r\n");
  }
}
