package cn.gov.guizhou.ipp.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

  private final Formats formats = new Formats();

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void amountsInChineseHaveSeparatorsTwoDecimalsAndYuan() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(formats.money("2000000.00")).isEqualTo("2,000,000.00 元");
    assertThat(formats.money(new BigDecimal("0.5"))).isEqualTo("0.50 元");
    assertThat(formats.money(null)).isEmpty();
    assertThat(formats.money("not a number")).isEmpty();
  }

  @Test
  void amountsInEnglishAreCny() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.money("1234567.891")).isEqualTo("CNY 1,234,567.89");
  }

  @Test
  void timesAreBeijingTime() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(formats.dateTime("2027-02-28T17:30:00Z")).isEqualTo("2027年3月1日 01:30");
    assertThat(formats.date("2027-02-28T17:30:00Z")).isEqualTo("2027年3月1日");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.dateTime("2027-02-28T17:30:00Z")).isEqualTo("1 Mar 2027, 01:30");
    assertThat(formats.date("2027-03-01")).isEqualTo("1 Mar 2027");
  }

  @Test
  void ratesArePercentages() {
    assertThat(formats.percent("0.04")).isEqualTo("4%");
    assertThat(formats.percent("0.125")).isEqualTo("12.5%");
  }

  @Test
  void plainNumbersLoseTrailingZeros() {
    // The guide's warning threshold: a 12-point lag against a 40% plan, 28% verified.
    assertThat(formats.plain(new java.math.BigDecimal("12.00"))).isEqualTo("12");
    assertThat(formats.plain("41.670")).isEqualTo("41.67");
    assertThat(formats.plain(100)).isEqualTo("100");
    assertThat(formats.plain(null)).isEmpty();
  }

  @Test
  void textPairsFollowTheLanguage() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.text(java.util.Map.of("zh", "项目申报书", "en", "Application form")))
        .isEqualTo("Application form");
    assertThat(formats.text("仅中文", null)).isEqualTo("仅中文");
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(formats.text("项目申报书", "Application form")).isEqualTo("项目申报书");
  }
}
