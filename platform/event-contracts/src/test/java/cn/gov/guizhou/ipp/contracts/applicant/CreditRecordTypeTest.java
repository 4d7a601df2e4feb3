package cn.gov.guizhou.ipp.contracts.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditRecordTypeTest {

  /** 信用中国: “行政处罚”“经营异常”“严重失信” refuse; chinanpo: “失信、年检不合格、政府采购严重违法失信行为记录名单”. */
  @ParameterizedTest
  @CsvSource({
    "CREDIT_CHINA, ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_PENALTY",
    "CREDIT_CHINA, ABNORMAL_OPERATION, ABNORMAL_OPERATION",
    "CREDIT_CHINA, SERIOUS_DISHONESTY, SERIOUS_DISHONESTY",
    "SOCIAL_ORGANISATION_PLATFORM, DISHONEST_LIST, DISHONEST_LIST",
    "SOCIAL_ORGANISATION_PLATFORM, FAILED_ANNUAL_INSPECTION, FAILED_ANNUAL_INSPECTION",
    "SOCIAL_ORGANISATION_PLATFORM, SERIOUS_PROCUREMENT_VIOLATION, SERIOUS_PROCUREMENT_VIOLATION"
  })
  void theGuidesRecordTypesRefuseOnTheirOwnRegistry(
      String registry, String category, CreditRecordType type) {
    assertThat(CreditRecordType.refusing(registry, category)).contains(type);
  }

  @ParameterizedTest
  @CsvSource({
    // A category of the other registry is not what the guide names for this one.
    "CREDIT_CHINA, FAILED_ANNUAL_INSPECTION",
    "SOCIAL_ORGANISATION_PLATFORM, ADMINISTRATIVE_PENALTY",
    // Categories the guide does not name at all.
    "CREDIT_CHINA, CREDIT_COMMITMENT",
    "CREDIT_CHINA, administrative_penalty",
    "CREDIT_CHINA, ''",
    "UNKNOWN_REGISTRY, ADMINISTRATIVE_PENALTY"
  })
  void anyOtherCategoryRefusesNothing(String registry, String category) {
    assertThat(CreditRecordType.refusing(registry, category)).isEmpty();
  }

  @Test
  void namesTheTypesInTheCallersLanguage() {
    List<CreditRecordType> found =
        List.of(CreditRecordType.ABNORMAL_OPERATION, CreditRecordType.SERIOUS_DISHONESTY);
    assertThat(CreditRecordType.words(found, Locale.SIMPLIFIED_CHINESE)).isEqualTo("“经营异常”、“严重失信”");
    assertThat(CreditRecordType.words(found, Locale.ENGLISH))
        .isEqualTo("abnormal operation, serious dishonesty");
  }
}
