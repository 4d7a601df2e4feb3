package cn.gov.guizhou.ipp.kit.web;

import cn.gov.guizhou.ipp.contracts.applicant.CreditRecordType;
import cn.gov.guizhou.ipp.contracts.applicant.CreditRecordType.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A request refused because a fresh credit check of a unit is not CLEAR — a submission, an award, a
 * payment. Only CLEAR lets a request through (fail closed): records of the types the guide names
 * are a 409 naming them ({@code credit-records-found}, not retryable); a registry that does not
 * know the code a 409 ({@code credit-code-unknown}, not retryable); anything else — late, failed,
 * breaker open, unreadable, or an outcome this service does not know — a 503 ({@code
 * credit-registry-unavailable}, {@code retryable: true}). The same problem in every service.
 */
public class CreditNotClearException extends RuntimeException {

  /** How a check that is not CLEAR refuses. */
  public enum Refusal {
    /** Records of a type the guide names: {@code CREDIT_NOT_CLEAR}. */
    RECORDS_FOUND("CREDIT_NOT_CLEAR", ProblemKind.CREDIT_RECORDS_FOUND, false),
    /** The registry does not know the code: {@code CREDIT_CODE_UNKNOWN}. */
    CODE_UNKNOWN("CREDIT_CODE_UNKNOWN", ProblemKind.CREDIT_CODE_UNKNOWN, false),
    /** The registry could not be consulted: {@code CREDIT_CHECK_UNAVAILABLE}. */
    REGISTRY_UNAVAILABLE("CREDIT_CHECK_UNAVAILABLE", ProblemKind.CREDIT_REGISTRY_UNAVAILABLE, true);

    private final String code;
    private final ProblemKind kind;
    private final boolean retryable;

    Refusal(String code, ProblemKind kind, boolean retryable) {
      this.code = code;
      this.kind = kind;
      this.retryable = retryable;
    }

    /** The stable code of the refusal (the problem's {@code code}). */
    public String code() {
      return code;
    }

    public ProblemKind kind() {
      return kind;
    }

    /** Whether asking again later may succeed. */
    public boolean retryable() {
      return retryable;
    }
  }

  private final Refusal refusal;
  private final String creditCode;
  private final String registry;
  private final List<CreditRecordType> recordTypes;
  private final String unavailableReason;
  private final UUID checkId;

  private CreditNotClearException(
      Refusal refusal,
      String creditCode,
      String registry,
      List<CreditRecordType> recordTypes,
      String unavailableReason,
      UUID checkId) {
    super(reasonOf(refusal, creditCode, registry, recordTypes, unavailableReason));
    this.refusal = refusal;
    this.creditCode = creditCode;
    this.registry = registry;
    this.recordTypes = List.copyOf(recordTypes);
    this.unavailableReason = unavailableReason;
    this.checkId = checkId;
  }

  /**
   * The refusal a check's outcome calls for, if any: none for CLEAR, and one for anything else.
   *
   * @param creditCode the unit checked
   * @param registry CREDIT_CHINA or SOCIAL_ORGANISATION_PLATFORM (null if the check never ran)
   * @param outcome CLEAR, RECORDS_FOUND, UNAVAILABLE, or anything else (null: no answer at all)
   * @param recordTypes the record types found (names of {@link CreditRecordType}; others ignored)
   * @param unavailableReason why an UNAVAILABLE check was (UNKNOWN_CODE is told apart)
   * @param checkId the check, if one was kept
   */
  public static Optional<CreditNotClearException> unlessClear(
      String creditCode,
      String registry,
      String outcome,
      List<String> recordTypes,
      String unavailableReason,
      UUID checkId) {
    if ("CLEAR".equals(outcome)) {
      return Optional.empty();
    }
    List<CreditRecordType> types = new ArrayList<>();
    if (recordTypes != null) {
      for (String name : recordTypes) {
        for (CreditRecordType type : CreditRecordType.values()) {
          if (type.name().equals(name) && !types.contains(type)) {
            types.add(type);
          }
        }
      }
    }
    Refusal refusal;
    if ("RECORDS_FOUND".equals(outcome)) {
      refusal = Refusal.RECORDS_FOUND;
    } else if ("UNAVAILABLE".equals(outcome) && "UNKNOWN_CODE".equals(unavailableReason)) {
      refusal = Refusal.CODE_UNKNOWN;
    } else {
      refusal = Refusal.REGISTRY_UNAVAILABLE;
    }
    return Optional.of(
        new CreditNotClearException(
            refusal,
            creditCode,
            registry,
            refusal == Refusal.RECORDS_FOUND ? types : List.of(),
            refusal == Refusal.RECORDS_FOUND ? null : unavailableReason,
            checkId));
  }

  public Refusal refusal() {
    return refusal;
  }

  public String creditCode() {
    return creditCode;
  }

  public String registry() {
    return registry;
  }

  public List<CreditRecordType> recordTypes() {
    return recordTypes;
  }

  public String unavailableReason() {
    return unavailableReason;
  }

  public UUID checkId() {
    return checkId;
  }

  /** What the unit is told, in its language: which registry, which records, what to do. */
  public String detail(Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    String where =
        Registry.named(registry)
            .map(r -> r.name(locale))
            .orElse(english ? "the credit registry" : "信用信息平台");
    return switch (refusal) {
      case RECORDS_FOUND ->
          recordTypes.isEmpty()
              ? (english
                  ? where
                      + " holds a record of a type the guide names against "
                      + creditCode
                      + "; under the guide the request is refused."
                  : where + "显示统一社会信用代码" + creditCode + "存在申报指南所列的不良信用记录，按申报指南不予办理。")
              : (english
                  ? where
                      + " holds a record of "
                      + CreditRecordType.words(recordTypes, locale)
                      + " against "
                      + creditCode
                      + "; under the guide the request is refused."
                  : where
                      + "显示统一社会信用代码"
                      + creditCode
                      + "存在"
                      + CreditRecordType.words(recordTypes, locale)
                      + "记录，按申报指南不予办理。");
      case CODE_UNKNOWN ->
          english
              ? where
                  + " does not know the unified social credit code "
                  + creditCode
                  + ", so a clean record cannot be confirmed and the request is refused; check the"
                  + " code the unit registered."
              : where + "未查到统一社会信用代码" + creditCode + "，无法确认无不良信用记录，不予办理；请核对单位登记的统一社会信用代码。";
      case REGISTRY_UNAVAILABLE ->
          english
              ? "The credit record of "
                  + creditCode
                  + " could not be obtained from "
                  + where
                  + " ("
                  + reasonWords(unavailableReason, true)
                  + "); the check is recorded as unavailable, which never counts as clear, so"
                  + " nothing was done. Try again later."
              : "未能从"
                  + where
                  + "取得统一社会信用代码"
                  + creditCode
                  + "的信用记录（"
                  + reasonWords(unavailableReason, false)
                  + "），本次核查记为“无法核查”，不视为无不良记录，故未予办理；请稍后重试。";
    };
  }

  private static String reasonWords(String reason, boolean english) {
    if (reason == null) {
      return english ? "it could not be reached" : "无法访问";
    }
    return switch (reason) {
      case "TIMEOUT" -> english ? "it did not answer in time" : "超时未应答";
      case "REGISTRY_ERROR" -> english ? "it answered with an error" : "平台返回错误";
      case "BREAKER_OPEN" -> english ? "queries are paused after repeated failures" : "平台连续出错，暂停查询";
      case "UNREADABLE_ANSWER" -> english ? "its answer could not be read" : "应答无法识别";
      default -> english ? "it could not be reached" : "无法访问";
    };
  }

  private static String reasonOf(
      Refusal refusal,
      String creditCode,
      String registry,
      List<CreditRecordType> types,
      String unavailableReason) {
    return "the credit check of "
        + creditCode
        + " on "
        + registry
        + switch (refusal) {
          case RECORDS_FOUND -> " found records: " + types;
          case CODE_UNKNOWN -> " is UNAVAILABLE: the registry does not know the code";
          case REGISTRY_UNAVAILABLE ->
              " is UNAVAILABLE ("
                  + (unavailableReason == null ? "no answer" : unavailableReason)
                  + "); try again later";
        };
  }
}
