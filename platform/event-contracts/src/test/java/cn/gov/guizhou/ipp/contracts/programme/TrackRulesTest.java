package cn.gov.guizhou.ipp.contracts.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrackRulesTest {

  @Test
  void aTypeTheTrackNamesIsCheckedOnItsRegistryEveryOtherOnCreditChina() {
    // 1.3: 产业协会未被列入中国社会组织政务服务平台…；地理标志服务机构在“信用中国”平台中无…记录
    TrackRules giBrand =
        new TrackRules(
            List.of("INDUSTRY_ASSOCIATION", "IP_AUTHORITY"),
            null,
            List.of(),
            List.of(),
            List.of(
                new TrackRules.CreditRegistryChoice(
                    "INDUSTRY_ASSOCIATION", "SOCIAL_ORGANISATION_PLATFORM")));

    assertThat(giBrand.creditRegistryFor("INDUSTRY_ASSOCIATION"))
        .contains("SOCIAL_ORGANISATION_PLATFORM");
    assertThat(giBrand.creditRegistryFor("IP_SERVICE_AGENCY")).contains("CREDIT_CHINA");
  }

  @Test
  void rulesThatListNoRegistryCheckEveryoneOnCreditChina() {
    // 1.4.1: 企事业单位或行业组织…在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录
    TrackRules provincial =
        new TrackRules(List.of("INDUSTRY_ASSOCIATION"), null, null, null, List.of());

    assertThat(provincial.creditRegistryFor("INDUSTRY_ASSOCIATION")).contains("CREDIT_CHINA");
  }

  @Test
  void rulesPublishedBeforeTheChoiceStateNothing() {
    TrackRules older = new TrackRules(List.of("INDUSTRY_ASSOCIATION"), null, null, null);

    assertThat(older.creditRegistries()).isNull();
    assertThat(older.creditRegistryFor("INDUSTRY_ASSOCIATION")).isEmpty();
  }
}
