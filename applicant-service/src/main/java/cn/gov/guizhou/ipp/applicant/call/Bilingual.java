package cn.gov.guizhou.ipp.applicant.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refusal's message in both of the platform's languages; the caller gets it in theirs (Chinese
 * unless the request asked for English), as the kit's {@code InvalidFieldException.localised} does.
 *
 * @param zh the message in Chinese
 * @param en the message in English
 */
public record Bilingual(String zh, String en) {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter ZH_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);

  private static final DateTimeFormatter EN_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

  /** The message in the language of the request being answered. */
  public String inCallerLanguage() {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? en : zh;
  }

  /** An instant as the bureau states it: Beijing time. */
  public static String beijingTime(OffsetDateTime at) {
    return at.atZoneSameInstant(BEIJING).format(ZH_TIME) + "（北京时间）";
  }

  /** The same instant in English: "30 April 2027, 17:00 Beijing time". */
  public static String beijingTimeEn(OffsetDateTime at) {
    return at.atZoneSameInstant(BEIJING).format(EN_TIME) + " Beijing time";
  }

  /** An amount of yuan as a reader reads it: two decimals, thousands separated (500,000.00). */
  public static String yuan(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }
}
