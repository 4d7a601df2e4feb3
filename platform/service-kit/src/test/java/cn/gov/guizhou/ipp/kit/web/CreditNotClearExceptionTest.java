package cn.gov.guizhou.ipp.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.contracts.applicant.CreditRecordType;
import cn.gov.guizhou.ipp.kit.web.CreditNotClearException.Refusal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class CreditNotClearExceptionTest {

  private static final String CODE = "91520100MA6HQ7K2X0";

  @Test
  void onlyClearLetsARequestThrough() {
    assertThat(
            CreditNotClearException.unlessClear(
                CODE, "CREDIT_CHINA", "CLEAR", List.of(), null, UUID.randomUUID()))
        .isEmpty();
  }

  /** Anything but CLEAR refuses: late, failed, breaker open, unreadable, unknown outcome. */
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "UNAVAILABLE, TIMEOUT, REGISTRY_UNAVAILABLE",
        "UNAVAILABLE, REGISTRY_ERROR, REGISTRY_UNAVAILABLE",
        "UNAVAILABLE, BREAKER_OPEN, REGISTRY_UNAVAILABLE",
        "UNAVAILABLE, UNREADABLE_ANSWER, REGISTRY_UNAVAILABLE",
        "UNAVAILABLE, null, REGISTRY_UNAVAILABLE",
        "UNAVAILABLE, UNKNOWN_CODE, CODE_UNKNOWN",
        "null, null, REGISTRY_UNAVAILABLE",
        "clear, null, REGISTRY_UNAVAILABLE",
        "SOMETHING_NEW, null, REGISTRY_UNAVAILABLE",
        "RECORDS_FOUND, null, RECORDS_FOUND"
      })
  void everyOtherOutcomeRefuses(String outcome, String reason, Refusal refusal) {
    CreditNotClearException e =
        CreditNotClearException.unlessClear(CODE, "CREDIT_CHINA", outcome, null, reason, null)
            .orElseThrow();
    assertThat(e.refusal()).isEqualTo(refusal);
  }

  @Test
  void anUnavailableCheckIsA503ThatMayBeRetried() {
    Refusal refusal = Refusal.REGISTRY_UNAVAILABLE;
    assertThat(refusal.kind().status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refusal.retryable()).isTrue();
    assertThat(refusal.code()).isEqualTo("CREDIT_CHECK_UNAVAILABLE");
    assertThat(Refusal.RECORDS_FOUND.kind().status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(Refusal.RECORDS_FOUND.retryable()).isFalse();
    assertThat(Refusal.CODE_UNKNOWN.retryable()).isFalse();
  }

  @Test
  void recordsFoundNameTheirTypesInBothLanguages() {
    CreditNotClearException e =
        CreditNotClearException.unlessClear(
                CODE,
                "CREDIT_CHINA",
                "RECORDS_FOUND",
                List.of("ABNORMAL_OPERATION", "SERIOUS_DISHONESTY", "ABNORMAL_OPERATION", "OTHER"),
                null,
                null)
            .orElseThrow();

    assertThat(e.recordTypes())
        .containsExactly(CreditRecordType.ABNORMAL_OPERATION, CreditRecordType.SERIOUS_DISHONESTY);
    assertThat(e.detail(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("信用中国显示统一社会信用代码" + CODE + "存在“经营异常”、“严重失信”记录，按申报指南不予办理。");
    assertThat(e.detail(Locale.ENGLISH))
        .isEqualTo(
            "Credit China holds a record of abnormal operation, serious dishonesty against "
                + CODE
                + "; under the guide the request is refused.");
  }

  @Test
  void anUnavailableCheckSaysTheRegistryCouldNotBeConsultedAndToTryAgain() {
    CreditNotClearException e =
        CreditNotClearException.unlessClear(
                CODE, "SOCIAL_ORGANISATION_PLATFORM", "UNAVAILABLE", null, "TIMEOUT", null)
            .orElseThrow();

    assertThat(e.detail(Locale.SIMPLIFIED_CHINESE))
        .contains("中国社会组织政务服务平台", "超时未应答", "无法核查", "不视为无不良记录", "请稍后重试");
    assertThat(e.detail(Locale.ENGLISH))
        .contains("did not answer in time", "never counts as clear", "Try again later");
    assertThat(e.recordTypes()).isEmpty();
  }
}
