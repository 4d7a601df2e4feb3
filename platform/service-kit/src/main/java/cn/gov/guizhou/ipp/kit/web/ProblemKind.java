package cn.gov.guizhou.ipp.kit.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** The kinds of error the platform reports, each with a stable type URI and bilingual title. */
public enum ProblemKind {
  MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "请求格式错误", "Malformed request"),
  VALIDATION(
      HttpStatus.UNPROCESSABLE_CONTENT, "validation", "请求数据未通过校验", "The request is not valid"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "对象不存在", "Not found"),
  CONFLICT(HttpStatus.CONFLICT, "conflict", "与现有数据冲突", "Conflict with existing data"),
  PAYLOAD_TOO_LARGE(
      HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "请求内容过大", "Request body too large"),
  UNAUTHENTICATED(
      HttpStatus.UNAUTHORIZED, "unauthenticated", "未认证或令牌无效", "Missing or invalid token"),
  FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", "Not allowed"),
  IDEMPOTENCY_KEY_REUSED(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "idempotency-key-reused",
      "幂等键已用于其他请求",
      "The Idempotency-Key was used for a different request");

  /** Base of every problem type URI. */
  public static final String TYPE_BASE = "https://ipp.guizhou.gov.cn/problems/";

  private final HttpStatus status;
  private final String slug;
  private final String titleZh;
  private final String titleEn;

  ProblemKind(HttpStatus status, String slug, String titleZh, String titleEn) {
    this.status = status;
    this.slug = slug;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return URI.create(TYPE_BASE + slug);
  }

  /** English for an English locale, Chinese otherwise (the bureau's working language). */
  public String title(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? titleEn : titleZh;
  }
}
