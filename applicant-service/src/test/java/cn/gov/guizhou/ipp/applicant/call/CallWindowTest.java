package cn.gov.guizhou.ipp.applicant.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The 2027 call's window (申报受理时间, 2027-03-01 09:00 to 2027-04-30 17:00 Beijing time): a submission
 * outside it is refused with the reason in both languages.
 */
class CallWindowTest {

  private static final CallInForce CALL =
      new CallInForce(
          2027,
          1,
          "OPEN",
          OffsetDateTime.parse("2027-03-01T01:00:00Z"),
          OffsetDateTime.parse("2027-04-30T09:00:00Z"),
          List.of(),
          Map.of(),
          CallInForce.Source.PROGRAM_SERVICE);

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void theClosingInstantItselfStillAccepts() {
    assertThat(CALL.refusesSubmissionAt(OffsetDateTime.parse("2027-04-30T09:00:00Z"))).isEmpty();
    assertThat(CALL.refusesSubmissionAt(OffsetDateTime.parse("2027-03-01T01:00:00Z"))).isEmpty();
  }

  @Test
  void aSecondLaterIsRefusedInChineseAndInEnglish() {
    Bilingual why = CALL.refusesSubmissionAt(OffsetDateTime.parse("2027-04-30T09:00:01Z")).get();

    assertThat(why.zh()).isEqualTo("申报受理已于2027年4月30日 17:00（北京时间）截止，不再接受提交");
    assertThat(why.en())
        .isEqualTo(
            "the application window closed at 30 April 2027, 17:00 Beijing time;"
                + " submissions are no longer accepted");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(why.inCallerLanguage()).isEqualTo(why.en());
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(why.inCallerLanguage()).isEqualTo(why.zh());
  }

  @Test
  void beforeTheWindowOpensTheOpeningIsStated() {
    Bilingual why = CALL.refusesSubmissionAt(OffsetDateTime.parse("2027-03-01T00:59:59Z")).get();

    assertThat(why.zh()).isEqualTo("申报受理尚未开始，将于2027年3月1日 09:00（北京时间）开始");
    assertThat(why.en())
        .isEqualTo("the application window opens at 1 March 2027, 09:00 Beijing time");
  }

  @Test
  void amountsAreWrittenWithTwoDecimalsAndThousandsSeparated() {
    assertThat(Bilingual.yuan(new java.math.BigDecimal("500000"))).isEqualTo("500,000.00");
    assertThat(Bilingual.yuan(new java.math.BigDecimal("2000000.005"))).isEqualTo("2,000,000.01");
    assertThat(Bilingual.yuan(new java.math.BigDecimal("0.5"))).isEqualTo("0.50");
  }
}
