package cn.gov.guizhou.ipp.kit.web;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One offending field of a rejected request.
 *
 * @param field the field's path in the request body or the parameter's name
 * @param message what is wrong with it
 */
public record FieldViolation(String field, String message) {

  /** The violation in the caller's language: Chinese unless the request asked for English. */
  public static FieldViolation localised(String field, String messageZh, String messageEn) {
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    return new FieldViolation(field, english ? messageEn : messageZh);
  }
}
