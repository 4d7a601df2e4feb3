package cn.gov.guizhou.ipp.applicant.call;

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

  private static final DateTimeFormatter ZH_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);

  /** The message in the language of the request being answered. */
  public String inCallerLanguage() {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? en : zh;
  }

  /** An instant as the bureau states it: Beijing time. */
  public static String beijingTime(OffsetDateTime at) {
    return at.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(ZH_TIME) + "（北京时间）";
  }
}
