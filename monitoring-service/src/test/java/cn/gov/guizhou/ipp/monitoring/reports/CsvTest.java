package cn.gov.guizhou.ipp.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesCommasQuotesAndLineBreaks() {
    assertThat(Csv.cell("plain")).isEqualTo("plain");
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.cell("中文，全角逗号")).isEqualTo("中文，全角逗号");
  }

  @Test
  void neutralisesFormulasButNotNumbers() {
    assertThat(Csv.cell("=SUM(A1:A2)")).isEqualTo("'=SUM(A1:A2)");
    assertThat(Csv.cell("+1")).isEqualTo("'+1");
    assertThat(Csv.cell("-1,2")).isEqualTo("\"'-1,2\"");
    assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
    assertThat(Csv.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
    assertThat(Csv.cell(new BigDecimal("1E+1"))).isEqualTo("10");
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.cell(true)).isEqualTo("是");
    assertThat(Csv.cell(false)).isEqualTo("否");
  }

  @Test
  void writesUtf8WithByteOrderMarkAndCrlf() {
    byte[] document =
        Csv.document(
            List.of("项目编号 reference", "滞后 lag"),
            List.of(Arrays.asList("2027-HVP-1", new BigDecimal("12.00"))));
    assertThat(document[0]).isEqualTo((byte) 0xEF);
    assertThat(document[1]).isEqualTo((byte) 0xBB);
    assertThat(document[2]).isEqualTo((byte) 0xBF);
    assertThat(new String(document, 3, document.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("项目编号 reference,滞后 lag\r\n2027-HVP-1,12.00\r\n");
  }
}
