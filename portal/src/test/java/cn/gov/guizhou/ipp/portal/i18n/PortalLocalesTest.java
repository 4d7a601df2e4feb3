package cn.gov.guizhou.ipp.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PortalLocalesTest {

  @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "|zh",
        "zh-CN|zh",
        "zh-CN,zh;q=0.9,en;q=0.8|zh",
        "en-US,en;q=0.9|en",
        "en|en",
        "en-GB,zh-CN;q=0.5|en",
        "zh-TW|zh",
        "fr-FR,de;q=0.8|zh",
        "fr-FR,en;q=0.5,zh;q=0.4|en",
        "en;q=0,zh;q=0.3|zh",
        "not a language header!!|zh"
      })
  void chineseUnlessEnglishIsPreferred(String header, String expected) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    if (header != null) {
      request.addHeader("Accept-Language", header);
    }
    Locale locale = PortalLocales.fromBrowser(request);
    assertThat(locale.getLanguage()).isEqualTo(expected);
  }
}
