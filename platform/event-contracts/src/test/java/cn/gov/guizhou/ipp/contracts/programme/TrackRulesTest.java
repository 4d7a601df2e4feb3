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
        .isEqualTo("SOCIAL_ORGANISATION_PLATFORM");
    assertThat(giBrand.creditRegistryFor("IP_SERVICE_AGENCY")).isEqualTo("CREDIT_CHINA");
  }

  @Test
  void rulesThatNameNoRegistryCheckEveryoneOnCreditChina() {
    // 1.4.1: 企事业单位或行业组织…在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录
    TrackRules provincial = new TrackRules(List.of("INDUSTRY_ASSOCIATION"), null, null, null);

    assertThat(provincial.creditRegistries()).isEmpty();
    assertThat(provincial.creditRegistryFor("INDUSTRY_ASSOCIATION")).isEqualTo("CREDIT_CHINA");
  }
}
