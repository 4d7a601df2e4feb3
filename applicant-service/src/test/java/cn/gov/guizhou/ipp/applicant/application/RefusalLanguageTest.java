package cn.gov.guizhou.ipp.applicant.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.applicant.call.TrackInForce;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A request other than the track's fixed amount (1.1 高价值专利培育: 每项资助50万元) is refused at {@code
 * requestedAmount} in the caller's language, Chinese unless English was asked for.
 */
class RefusalLanguageTest {

  private static final TrackInForce HVP =
      new TrackInForce(
          "HVP",
          "高价值专利培育项目",
          new FixedAmount(new BigDecimal("500000.00")),
          new TrackRules(List.of("ENTERPRISE"), null, List.of(), List.of(), null),
          2027,
          2029);

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aRequestAboveTheFixedAmountIsRefusedInChineseByDefault() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

    assertThat(requestedAmountProblem("500000.01"))
        .isEqualTo("应为本类别每项资助的固定金额 500,000.00 元（每项资助50万元），而不是 500,000.01 元");
  }

  @Test
  void andInEnglishWhenAsked() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);

    assertThat(requestedAmountProblem("600000.00"))
        .isEqualTo(
            "must be the track's fixed amount of CNY 500,000.00 (每项资助50万元), not CNY 600,000.00");
  }

  @Test
  void theFixedAmountItselfIsAccepted() {
    assertThat(requestedAmountProblem("500000.00")).isNull();
  }

  @Test
  void theMaximumIsStatedInChinese() {
    assertThat(ApplicationContent.aboveTrackAmountZh(new BigDecimal("500000.00")))
        .isEqualTo("超过本类别的资助额度 500,000.00 元");
  }

  private static String requestedAmountProblem(String amount) {
    ApplicationContent content =
        new ApplicationContent("项目", null, new BigDecimal(amount), null, null, null, null, null);
    return content.incompleteness(HVP).stream()
        .filter(v -> v.field().equals("requestedAmount"))
        .map(FieldViolation::message)
        .findFirst()
        .orElse(null);
  }
}
