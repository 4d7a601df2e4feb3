package cn.gov.guizhou.ipp.kit.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** The kinds of error the platform reports, each with a stable type URI and bilingual title. */
public enum ProblemKind {
  MALFORMED_REQUEST(
      HttpStatus.BAD_REQUEST,
      "malformed-request",
      "请求格式错误",
      "Malformed request",
      "请求无法解析：请检查 JSON 格式、字段类型和取值。",
      "The request could not be read: check the JSON, the field types and the values."),
  VALIDATION(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "validation",
      "请求数据未通过校验",
      "The request is not valid",
      "部分字段未通过校验，详见 errors。",
      "Some fields are not valid; see errors."),
  NOT_FOUND(
      HttpStatus.NOT_FOUND,
      "not-found",
      "对象不存在",
      "Not found",
      "所请求的对象不存在或无权查看。",
      "The object does not exist or is not visible to the caller."),
  CONFLICT(
      HttpStatus.CONFLICT,
      "conflict",
      "与现有数据冲突",
      "Conflict with existing data",
      "请求与已有数据冲突。",
      "The request conflicts with existing data."),
  /** Bad input like any other (400), with its own type so a client can tell it apart. */
  PAYLOAD_TOO_LARGE(
      HttpStatus.BAD_REQUEST,
      "payload-too-large",
      "请求内容过大",
      "Request body too large",
      "请求体超过允许的大小。",
      "The request body exceeds the allowed size."),
  INTERNAL_ERROR(
      HttpStatus.INTERNAL_SERVER_ERROR,
      "internal-error",
      "服务器内部错误",
      "Internal error",
      "处理请求时发生错误，未作任何修改；请稍后重试，或凭 traceId 联系管理员。",
      "The request failed and changed nothing; try again later or quote the trace id."),
  UNAUTHENTICATED(
      HttpStatus.UNAUTHORIZED,
      "unauthenticated",
      "未认证或令牌无效",
      "Missing or invalid token",
      "需要有效的访问令牌。",
      "A valid bearer token is required."),
  FORBIDDEN(
      HttpStatus.FORBIDDEN,
      "forbidden",
      "无权执行此操作",
      "Not allowed",
      "当前角色无权执行此请求。",
      "The caller's roles do not allow this request."),
  IDEMPOTENCY_KEY_REUSED(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "idempotency-key-reused",
      "幂等键已用于其他请求",
      "The Idempotency-Key was used for a different request",
      "该 Idempotency-Key 已用于内容不同的请求，请使用新的键。",
      "This Idempotency-Key was used for a request with other content; use a new key."),
  /** A request with the same Idempotency-Key is still running (409, with Retry-After). */
  IDEMPOTENCY_REQUEST_IN_PROGRESS(
      HttpStatus.CONFLICT,
      "idempotency-request-in-progress",
      "相同幂等键的请求仍在处理中",
      "A request with this Idempotency-Key is still in progress",
      "使用相同 Idempotency-Key 的请求尚未处理完毕，请稍后用同一键重试以获取其结果。",
      "A request with the same Idempotency-Key is still being processed; retry with the same key"
          + " shortly to get its outcome."),
  /** Another platform service could not answer a question the request depends on (503). */
  DEPENDENCY_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "dependency-unavailable",
      "平台服务暂不可用",
      "A platform service is unavailable",
      "所依赖的平台服务暂时无法应答，请稍后重试。",
      "A platform service the request depends on cannot answer now; try again later."),
  /**
   * A credit check the request depends on could not be made — the registry answered late, failed,
   * was behind an open circuit breaker or answered unreadably (503, {@code retryable: true}). The
   * check is kept as UNAVAILABLE; asking again later is harmless.
   */
  CREDIT_REGISTRY_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "credit-registry-unavailable",
      "信用信息平台暂时无法核查",
      "The credit registry could not be consulted",
      "未能及时从信用信息平台取得信用记录，本次核查记为“无法核查”，不视为无不良记录，故未予办理；请稍后重试。",
      "The credit record could not be obtained from the registry in time; the check is recorded as"
          + " unavailable, which never counts as clear, so nothing was done. Try again later."),
  /**
   * A credit check found records of the types the guide names (409, {@code retryable: false}): the
   * problem names them.
   */
  CREDIT_RECORDS_FOUND(
      HttpStatus.CONFLICT,
      "credit-records-found",
      "存在不良信用记录",
      "Adverse credit records found",
      "信用核查发现申报指南所列的不良信用记录，不予办理。",
      "The credit check found records of a type the guide names, so the request is refused."),
  /**
   * The registry does not know the unit's credit code (409, {@code retryable: false}): its record
   * cannot be confirmed, which never counts as clear; the code registered on the platform is to be
   * checked.
   */
  CREDIT_CODE_UNKNOWN(
      HttpStatus.CONFLICT,
      "credit-code-unknown",
      "信用信息平台未查到该统一社会信用代码",
      "The credit registry does not know the credit code",
      "信用信息平台未查到该统一社会信用代码，无法确认无不良信用记录，不予办理；请核对单位登记的统一社会信用代码。",
      "The registry does not know this unified social credit code, so a clean record cannot be"
          + " confirmed and the request is refused; check the code the unit registered.");

  /** Base of every problem type URI. */
  public static final String TYPE_BASE = "https://ipp.guizhou.gov.cn/problems/";

  private final HttpStatus status;
  private final String slug;
  private final String titleZh;
  private final String titleEn;
  private final String detailZh;
  private final String detailEn;

  ProblemKind(
      HttpStatus status,
      String slug,
      String titleZh,
      String titleEn,
      String detailZh,
      String detailEn) {
    this.status = status;
    this.slug = slug;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.detailZh = detailZh;
    this.detailEn = detailEn;
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return URI.create(TYPE_BASE + slug);
  }

  /** English for an English locale, Chinese otherwise (the bureau's working language). */
  public String title(Locale locale) {
    return english(locale) ? titleEn : titleZh;
  }

  /** What the caller can do about it, in the caller's language. */
  public String detail(Locale locale) {
    return english(locale) ? detailEn : detailZh;
  }

  private static boolean english(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
