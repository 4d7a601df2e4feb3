package cn.gov.guizhou.ipp.applicant.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.applicant.credit.client.RegistryFailures;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationType;
import cn.gov.guizhou.ipp.contracts.applicant.CreditRecordType;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditFindingTest {

  private static final String CODE = "91520100MA6HQ7K2X0";

  private static CreditRecord record(String category) {
    return new CreditRecord(category, "黔市监罚〔2026〕18号", null, "贵阳市市场监督管理局", "发布虚假广告");
  }

  @Test
  void noRecordIsClear() {
    CreditFinding finding = CreditFinding.judge(CreditRegistry.CREDIT_CHINA, CODE, CODE, List.of());
    assertThat(finding.outcome()).isEqualTo(CreditCheckOutcome.CLEAR);
    assertThat(finding.unavailableReason()).isNull();
  }

  /** “行政处罚”“经营异常”“严重失信” on 信用中国: each refuses, named once. */
  @Test
  void theGuidesTypesAreRecordsFoundEachNamedOnce() {
    CreditFinding finding =
        CreditFinding.judge(
            CreditRegistry.CREDIT_CHINA,
            CODE,
            CODE,
            List.of(
                record("ABNORMAL_OPERATION"),
                record("SERIOUS_DISHONESTY"),
                record("ABNORMAL_OPERATION"),
                record("CREDIT_COMMITMENT")));
    assertThat(finding.outcome()).isEqualTo(CreditCheckOutcome.RECORDS_FOUND);
    assertThat(finding.recordTypes())
        .containsExactly(CreditRecordType.ABNORMAL_OPERATION, CreditRecordType.SERIOUS_DISHONESTY);
    assertThat(finding.records()).hasSize(4);
  }

  @Test
  void anotherCategoryIsKeptButClear() {
    CreditFinding finding =
        CreditFinding.judge(
            CreditRegistry.CREDIT_CHINA,
            CODE,
            CODE,
            List.of(record("CREDIT_COMMITMENT"), record("FAILED_ANNUAL_INSPECTION")));
    assertThat(finding.outcome()).isEqualTo(CreditCheckOutcome.CLEAR);
    assertThat(finding.records()).hasSize(2);
    assertThat(finding.recordTypes()).isEmpty();
  }

  /** chinanpo: 失信、年检不合格、政府采购严重违法失信行为记录名单; 行政处罚 is 信用中国's, not its. */
  @Test
  void theSocialOrganisationPlatformRefusesOnItsOwnLists() {
    assertThat(
            CreditFinding.judge(
                    CreditRegistry.SOCIAL_ORGANISATION_PLATFORM,
                    CODE,
                    CODE,
                    List.of(record("FAILED_ANNUAL_INSPECTION")))
                .recordTypes())
        .containsExactly(CreditRecordType.FAILED_ANNUAL_INSPECTION);
    assertThat(
            CreditFinding.judge(
                    CreditRegistry.SOCIAL_ORGANISATION_PLATFORM,
                    CODE,
                    CODE,
                    List.of(record("ADMINISTRATIVE_PENALTY")))
                .outcome())
        .isEqualTo(CreditCheckOutcome.CLEAR);
  }

  @Test
  void anAnswerWithoutARecordListAboutAnotherCodeOrWithoutACategoryIsUnavailable() {
    List<CreditRecord> withNull = new ArrayList<>();
    withNull.add(null);
    for (CreditFinding finding :
        List.of(
            CreditFinding.judge(CreditRegistry.CREDIT_CHINA, CODE, CODE, null),
            CreditFinding.judge(CreditRegistry.CREDIT_CHINA, CODE, "91520100MA6HQ7K2Y0", List.of()),
            CreditFinding.judge(CreditRegistry.CREDIT_CHINA, CODE, null, List.of()),
            CreditFinding.judge(CreditRegistry.CREDIT_CHINA, CODE, CODE, List.of(record(null))),
            CreditFinding.judge(CreditRegistry.CREDIT_CHINA, CODE, CODE, List.of(record(" "))),
            CreditFinding.judge(CreditRegistry.CREDIT_CHINA, CODE, CODE, withNull))) {
      assertThat(finding.outcome()).isEqualTo(CreditCheckOutcome.UNAVAILABLE);
      assertThat(finding.unavailableReason()).isEqualTo(UnavailableReason.UNREADABLE_ANSWER);
    }
  }

  private static Request request() {
    return Request.create(
        Request.HttpMethod.GET,
        "http://registry/api/credit-records/" + CODE,
        Map.of(),
        null,
        StandardCharsets.UTF_8,
        null);
  }

  @Test
  void eachFailureHasItsReasonAndNoneIsClear() {
    Request request = request();
    assertThat(
            RegistryFailures.reasonOf(
                new RetryableException(
                    -1,
                    "Read timed out",
                    Request.HttpMethod.GET,
                    new SocketTimeoutException("Read timed out"),
                    (Long) null,
                    request)))
        .isEqualTo(UnavailableReason.TIMEOUT);
    assertThat(
            RegistryFailures.reasonOf(
                new RetryableException(
                    -1,
                    "Connection refused",
                    Request.HttpMethod.GET,
                    new ConnectException("Connection refused"),
                    (Long) null,
                    request)))
        .isEqualTo(UnavailableReason.REGISTRY_ERROR);
    assertThat(
            RegistryFailures.reasonOf(
                CallNotPermittedException.createCallNotPermittedException(
                    CircuitBreaker.ofDefaults("credit-china"))))
        .isEqualTo(UnavailableReason.BREAKER_OPEN);
    assertThat(
            RegistryFailures.reasonOf(
                new FeignException.NotFound("unknown code", request, null, Map.of())))
        .isEqualTo(UnavailableReason.UNKNOWN_CODE);
    assertThat(
            RegistryFailures.reasonOf(
                new FeignException.InternalServerError("boom", request, null, Map.of())))
        .isEqualTo(UnavailableReason.REGISTRY_ERROR);
    assertThat(RegistryFailures.reasonOf(new DecodeException(200, "not JSON", request)))
        .isEqualTo(UnavailableReason.UNREADABLE_ANSWER);
  }

  @Test
  void eachTrackChecksTheRegistryTheGuideNamesForIt() {
    TrackRules chain =
        new TrackRules(
            List.of("INDUSTRY_ASSOCIATION"),
            null,
            null,
            null,
            List.of(
                new TrackRules.CreditRegistryChoice(
                    "INDUSTRY_ASSOCIATION", "SOCIAL_ORGANISATION_PLATFORM")));
    TrackRules scenario =
        new TrackRules(List.of("INDUSTRY_ASSOCIATION"), null, null, null, List.of());
    TrackRules older = new TrackRules(List.of("INDUSTRY_ASSOCIATION"), null, null, null);

    assertThat(CreditRegistry.of(OrganisationType.INDUSTRY_ASSOCIATION, chain))
        .isEqualTo(CreditRegistry.SOCIAL_ORGANISATION_PLATFORM);
    assertThat(CreditRegistry.of(OrganisationType.ENTERPRISE, chain))
        .isEqualTo(CreditRegistry.CREDIT_CHINA);
    assertThat(CreditRegistry.of(OrganisationType.INDUSTRY_ASSOCIATION, scenario))
        .isEqualTo(CreditRegistry.CREDIT_CHINA);
    // Rules published before the choice, and outside any track: associations on their platform.
    assertThat(CreditRegistry.of(OrganisationType.INDUSTRY_ASSOCIATION, older))
        .isEqualTo(CreditRegistry.SOCIAL_ORGANISATION_PLATFORM);
    assertThat(CreditRegistry.of(OrganisationType.INDUSTRY_ASSOCIATION, null))
        .isEqualTo(CreditRegistry.SOCIAL_ORGANISATION_PLATFORM);
  }
}
