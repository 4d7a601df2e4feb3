package cn.gov.guizhou.ipp.kit.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferCsvTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTableOfTextIsACsv() {
    assertThat(ContentSniffer.csv(utf8("项目,滞后\r\nA,1\r\n"))).isTrue();
    assertThat(ContentSniffer.csv(utf8("\uFEFF项目\t滞后\nA\t12.5\n"))).isTrue();
    // A comparison inside a cell is text, not markup.
    assertThat(ContentSniffer.csv(utf8("指标,阈值\n滞后,<10\n"))).isTrue();
  }

  @Test
  void markupAndScriptsAreNotCsvWhateverTheyAreCalled() {
    assertThat(ContentSniffer.csv(utf8("<!DOCTYPE html><html><body>季度报告</body></html>"))).isFalse();
    assertThat(ContentSniffer.csv(utf8("  \n<html><script>alert(1)</script></html>"))).isFalse();
    assertThat(ContentSniffer.csv(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isFalse();
    assertThat(ContentSniffer.csv(utf8("<?xml version=\"1.0\"?><rows/>"))).isFalse();
    assertThat(ContentSniffer.csv(utf8("项目,说明\nA,<script>alert(1)</script>\n"))).isFalse();
    assertThat(ContentSniffer.csv(utf8("项目,链接\nA,javascript:alert(1)\n"))).isFalse();
    assertThat(ContentSniffer.csv(utf8("#!/bin/sh\nrm -rf /\n"))).isFalse();
  }

  @Test
  void binaryBlankOrBrokenTextIsNotCsv() {
    assertThat(ContentSniffer.csv(new byte[0])).isFalse();
    assertThat(ContentSniffer.csv(null)).isFalse();
    assertThat(ContentSniffer.csv(utf8(" \r\n\t"))).isFalse();
    assertThat(ContentSniffer.csv(new byte[] {'a', 0, 'b'})).isFalse();
    assertThat(ContentSniffer.csv(new byte[] {(byte) 0xC3, (byte) 0x28})).isFalse();
  }
}
