package cn.gov.guizhou.ipp.portal.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write amounts and times: CNY with two decimals and thousands separators, times in
 * Asia/Shanghai, each in the page's language. Templates call it as {@code @formats}.
 */
@Component("formats")
public class Formats {

  public static final ZoneId BUREAU_TIME = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter EN_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  /** An amount in CNY: {@code 500,000.00 元} or {@code CNY 500,000.00}; blank when absent. */
  public String money(Object amount) {
    BigDecimal value = decimal(amount);
    if (value == null) {
      return "";
    }
    String digits = grouped(value);
    return english() ? "CNY " + digits : digits + " 元";
  }

  /** A number with thousands separators and two decimals, no currency. */
  public String grouped(Object amount) {
    BigDecimal value = decimal(amount);
    if (value == null) {
      return "";
    }
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value.setScale(2, RoundingMode.HALF_UP));
  }

  /** A rate such as {@code 0.04} as {@code 4%}. */
  public String percent(Object rate) {
    BigDecimal value = decimal(rate);
    return value == null ? "" : value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * A plain number without trailing zeros ({@code 12.00} as {@code 12}, {@code 41.670} as {@code
   * 41.67}).
   */
  public String plain(Object number) {
    BigDecimal value = decimal(number);
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /** A date ({@code 2027-03-01}) or an instant, as the bureau's calendar date. */
  public String date(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    try {
      LocalDate date =
          text.length() <= 10
              ? LocalDate.parse(text)
              : OffsetDateTime.parse(text).atZoneSameInstant(BUREAU_TIME).toLocalDate();
      return date.format(english() ? EN_DATE : ZH_DATE);
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  /** An instant as the bureau's local time, e.g. {@code 2027年3月1日 09:00} (Beijing time). */
  public String dateTime(Object value) {
    if (value == null) {
      return "";
    }
    try {
      return OffsetDateTime.parse(value.toString())
          .atZoneSameInstant(BUREAU_TIME)
          .format(english() ? EN_TIME : ZH_TIME);
    } catch (DateTimeParseException e) {
      return value.toString();
    }
  }

  /** The Chinese or English of a {@code {zh, en}} text pair, or of two separate values. */
  public String text(Object zh, Object en) {
    Object chosen = english() && en != null && !en.toString().isBlank() ? en : zh;
    return chosen == null ? "" : chosen.toString();
  }

  /** The text of a {@code {zh: ..., en: ...}} map in the page's language. */
  public String text(java.util.Map<?, ?> pair) {
    return pair == null ? "" : text(pair.get("zh"), pair.get("en"));
  }

  public boolean english() {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage());
  }

  private static BigDecimal decimal(Object amount) {
    if (amount == null) {
      return null;
    }
    if (amount instanceof BigDecimal d) {
      return d;
    }
    try {
      return new BigDecimal(amount.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
