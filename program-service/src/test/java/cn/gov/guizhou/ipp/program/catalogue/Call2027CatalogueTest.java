package cn.gov.guizhou.ipp.program.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.ConditionalOnThreshold;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.program.catalogue.CallDefinition.Track;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every track of the 2027 call checked against the guide, table by table. */
class Call2027CatalogueTest {

  private static final CallDefinition CALL = CallData.call2027();

  private static Track track(String code) {
    return CALL.track(code).orElseThrow(() -> new AssertionError("no track " + code));
  }

  @Test
  void theCallHasTheFifteenTracksInTheGuidesOrder() {
    assertThat(CALL.call().year()).isEqualTo(2027);
    assertThat(CALL.tracks().stream().map(Track::code))
        .containsExactly(
            "HVP",
            "STRONG-ENT-BASIC",
            "STRONG-ENT-SPECIAL",
            "GI-BRAND",
            "CAPABILITY-PROVINCIAL",
            "CAPABILITY-PREFECTURE",
            "RISK-CONTROL",
            "NAV-INDUSTRY",
            "NAV-ENTERPRISE",
            "DATA-IP-CHAIN",
            "DATA-IP-SCENARIO",
            "SERVICE-CLUSTER",
            "AGENCY-BRAND",
            "DATA-IP-LEADER",
            "DATA-IP-SECURITISATION");
  }

  @ParameterizedTest(name = "{0}: {1} {2} {3}")
  @CsvSource({
    "HVP, 高价值专利培育项目, PRE_SUBSIDY, true",
    "STRONG-ENT-BASIC, 知识产权强企培育项目, PRE_SUBSIDY, true",
    "STRONG-ENT-SPECIAL, 知识产权强企培育项目, PRE_SUBSIDY, true",
    "GI-BRAND, 知识产权品牌培育项目, PRE_SUBSIDY, true",
    "CAPABILITY-PROVINCIAL, 知识产权转化运用能力提升项目, PRE_SUBSIDY, true",
    "CAPABILITY-PREFECTURE, 知识产权转化运用能力提升项目, PRE_SUBSIDY, true",
    "RISK-CONTROL, 知识产权转化运用能力提升项目, PRE_SUBSIDY, false",
    "NAV-INDUSTRY, 专利导航项目, PRE_SUBSIDY, false",
    "NAV-ENTERPRISE, 专利导航项目, PRE_SUBSIDY, false",
    "DATA-IP-CHAIN, 数据知识产权运用促进项目, PRE_SUBSIDY, true",
    "DATA-IP-SCENARIO, 数据知识产权运用促进项目, PRE_SUBSIDY, true",
    "SERVICE-CLUSTER, 国家知识产权服务业高质量集聚发展示范区项目, PRE_SUBSIDY, true",
    "AGENCY-BRAND, 知识产权服务机构品牌培育项目, PRE_SUBSIDY, true",
    "DATA-IP-LEADER, 数据知识产权领军企业项目, POST_SUBSIDY, true",
    "DATA-IP-SECURITISATION, 数据知识产权证券化资助项目, POST_SUBSIDY, false"
  })
  void namesCategoriesAndMonitoringFollowTheGuide(
      String code, String programmeName, SubsidyCategory category, boolean monitored) {
    Track track = track(code);
    assertThat(track.programmeNameZh()).isEqualTo(programmeName);
    assertThat(track.category()).isEqualTo(category);
    assertThat(track.monitored()).isEqualTo(monitored);
    assertThat(track.nameEn()).isNotBlank();
    assertThat(track.criteria()).isNotEmpty();
    assertThat(track.materials()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} funds {1} per project")
  @CsvSource({
    "HVP, 500000",
    "STRONG-ENT-BASIC, 200000",
    "STRONG-ENT-SPECIAL, 200000",
    "CAPABILITY-PROVINCIAL, 500000",
    "RISK-CONTROL, 500000",
    "NAV-INDUSTRY, 200000",
    "NAV-ENTERPRISE, 100000",
    "DATA-IP-CHAIN, 300000",
    "DATA-IP-SCENARIO, 300000",
    "SERVICE-CLUSTER, 1000000"
  })
  void fixedAmounts(String code, String amount) {
    assertThat(track(code).fundingRule()).isEqualTo(new FixedAmount(new BigDecimal(amount)));
  }

  @Test
  void prefectureCapabilityIsRankedIntoFourTiers() {
    RankTiers tiers = (RankTiers) track("CAPABILITY-PREFECTURE").fundingRule();
    assertThat(tiers.awardForRank(1)).isEqualByComparingTo("2000000");
    assertThat(tiers.awardForRank(3)).isEqualByComparingTo("1000000");
    assertThat(tiers.awardForRank(6)).isEqualByComparingTo("500000");
    assertThat(tiers.awardForRank(10)).isEqualByComparingTo("200000");
    assertThat(tiers.awardForRank(11)).isEqualByComparingTo("0");
    assertThat(tiers.totalWhenAllPlacesAwarded()).isEqualByComparingTo("6300000");
    assertThat(track("CAPABILITY-PREFECTURE").eligibleApplicantTypes())
        .containsExactly("IP_AUTHORITY");
  }

  @Test
  void geographicalIndicationsRollOverTwoYears() {
    Track gi = track("GI-BRAND");
    assertThat(gi.fundingRule())
        .isEqualTo(
            new RollingWithEvaluation(
                new BigDecimal("500000"), new BigDecimal("500000"), new BigDecimal("1000000")));
    assertThat(gi.implementationPeriod().startYear()).isEqualTo(2027);
    assertThat(gi.implementationPeriod().endYear()).isEqualTo(2028);
    assertThat(gi.materials()).hasSize(5);
  }

  @Test
  void agencyBrandIsConditionalOnTenMillionRevenueAndTheStatistics() {
    assertThat(track("AGENCY-BRAND").fundingRule())
        .isEqualTo(
            new ConditionalOnThreshold(
                new BigDecimal("500000"), new BigDecimal("10000000"), 2026, true));
  }

  @Test
  void theLeadingEnterpriseGetsAtMostTwoHundredThousandInStages() {
    Track leader = track("DATA-IP-LEADER");
    assertThat(leader.fundingRule())
        .isEqualTo(
            new StagedPostSubsidy(
                new BigDecimal("100000"), List.of(2, 3), new BigDecimal("200000")));
    assertThat(leader.implementationPeriod().endYear() - leader.implementationPeriod().startYear())
        .isEqualTo(2);
    assertThat(leader.eligibleApplicantTypes()).containsExactly("ENTERPRISE");
  }

  @Test
  void securitisationIsFourPercentCappedAtTwoMillionAYear() {
    Track securitisation = track("DATA-IP-SECURITISATION");
    PercentageWithAnnualCap rule = (PercentageWithAnnualCap) securitisation.fundingRule();
    assertThat(rule.rate()).isEqualByComparingTo("0.04");
    assertThat(rule.annualCap()).isEqualByComparingTo("2000000");
    assertThat(rule.shareProRata()).isTrue();
    assertThat(rule.paidAfterProductEnds()).isTrue();
    assertThat(securitisation.materials()).hasSize(7);
    assertThat(securitisation.eligibleApplicantTypes()).containsExactly("ENTERPRISE");
  }

  @Test
  void dataIpProjectsReportEveryThreeMonthsForOneYear() {
    for (String code : List.of("DATA-IP-CHAIN", "DATA-IP-SCENARIO")) {
      Track track = track(code);
      assertThat(track.reporting()).anyMatch(r -> Integer.valueOf(3).equals(r.everyMonths()));
      assertThat(track.implementationPeriod().startYear())
          .isEqualTo(track.implementationPeriod().endYear());
    }
  }

  @Test
  void patentNavigationIsJointWithAnAuthorityAndDeliversDecisionBriefs() {
    for (String code : List.of("NAV-INDUSTRY", "NAV-ENTERPRISE")) {
      Track track = track(code);
      assertThat(track.application().mode())
          .isEqualTo(ApplicationRules.ApplicationMode.JOINT_REQUIRED);
      assertThat(track.application().requiredPartners())
          .anyMatch(p -> p.types().contains("IP_AUTHORITY"));
    }
  }

  @Test
  void aUniversityMayApplyForHighValuePatentsAlone() {
    // 高校院所单独或牵头申报: alone is allowed; integrating the chain is a formal-check criterion
    ApplicationRules rules = track("HVP").application();
    assertThat(rules.unmet("UNIVERSITY_OR_RESEARCH_INSTITUTE", java.util.Map.of(), List.of()))
        .isEmpty();
    assertThat(
            rules.unmet(
                "UNIVERSITY_OR_RESEARCH_INSTITUTE", java.util.Map.of(), List.of("ENTERPRISE")))
        .isEmpty();
    assertThat(track("HVP").criteria())
        .anyMatch(
            c ->
                c.id().equals("HVP-C09")
                    && c.check() == Criterion.CheckKind.FORMAL_CHECK
                    && c.zh().startsWith("高校院所围绕重点产业细分领域，具有整合产业链上下游企业及知识产权服务机构等创新资源能力"));
  }

  @Test
  void aProvincialRightsHolderMayBringOnlyAGiServiceAgency() {
    // 地理标志权利人为省级的，地理标志权利人可直接申报，或联合地理标志服务机构共同申报
    ApplicationRules rules = track("GI-BRAND").application();
    java.util.Map<String, Object> provincial =
        java.util.Map.of("giRightsHolderLevel", "PROVINCIAL");
    assertThat(rules.unmet("INDUSTRY_ASSOCIATION", provincial, List.of())).isEmpty();
    assertThat(rules.unmet("INDUSTRY_ASSOCIATION", provincial, List.of("IP_SERVICE_AGENCY")))
        .isEmpty();
    for (String other : List.of("INDUSTRY_ASSOCIATION", "IP_AUTHORITY", "ENTERPRISE")) {
      assertThat(
              rules.unmet("INDUSTRY_ASSOCIATION", provincial, List.of("IP_SERVICE_AGENCY", other)))
          .as(other)
          .singleElement()
          .satisfies(
              u -> assertThat(u.reason()).contains(other).contains("only IP_SERVICE_AGENCY"));
    }
    // a prefecture IP authority still brings an association or an agency, and may bring either
    java.util.Map<String, Object> prefecture =
        java.util.Map.of("giRightsHolderLevel", "PREFECTURE");
    assertThat(rules.unmet("IP_AUTHORITY", prefecture, List.of("INDUSTRY_ASSOCIATION"))).isEmpty();
    assertThat(rules.unmet("IP_AUTHORITY", prefecture, List.of())).hasSize(1);
  }

  @Test
  void theRiskControlApplicantMayApplyForNothingElse() {
    assertThat(CALL.call().exclusivity()).anyMatch(e -> e.track().equals("RISK-CONTROL"));
    assertThat(track("RISK-CONTROL").criteria())
        .anyMatch(c -> "noOtherApplicationInCall".equals(c.fact()));
  }

  @Test
  void everyTrackChecksTheCreditRecordAndIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    for (Track track : CALL.tracks()) {
      assertThat(track.criteria()).as(track.code()).anyMatch(c -> "creditClear".equals(c.fact()));
      track.criteria().forEach(c -> assertThat(ids.add(c.id())).as(c.id()).isTrue());
      track.materials().forEach(m -> assertThat(ids.add(m.id())).as(m.id()).isTrue());
    }
  }

  @Test
  void machineCheckableConditionsAreMarkedSo() {
    assertThat(track("HVP").criteria())
        .anyMatch(
            c ->
                "validPatentCount".equals(c.fact())
                    && c.check() == Criterion.CheckKind.PROFILE
                    && new BigDecimal(String.valueOf(c.value())).intValue() == 30);
    assertThat(track("STRONG-ENT-SPECIAL").criteria())
        .anyMatch(c -> "inNationalDemonstrationList".equals(c.fact()));
  }

  /**
   * 1.3 and 1.6.1 check an industry association on the social-organisation platform (“产业协会未被列入
   * 中国社会组织政务服务平台……名单”, “申报主体为行业社团组织的……”); 1.4.1 and 1.6.2 check every unit, associations included,
   * on 信用中国 (“企事业单位或行业组织……在‘信用中国’平台中无……记录”).
   */
  @ParameterizedTest(name = "{0}: an association on {1}")
  @CsvSource({
    "GI-BRAND, SOCIAL_ORGANISATION_PLATFORM",
    "DATA-IP-CHAIN, SOCIAL_ORGANISATION_PLATFORM",
    "CAPABILITY-PROVINCIAL, CREDIT_CHINA",
    "DATA-IP-SCENARIO, CREDIT_CHINA"
  })
  void eachTrackChecksAnAssociationOnTheRegistryTheGuideNames(String code, String registry) {
    assertThat(track(code).rules().creditRegistryFor("INDUSTRY_ASSOCIATION")).contains(registry);
    assertThat(track(code).rules().creditRegistryFor("ENTERPRISE")).contains("CREDIT_CHINA");
  }

  @Test
  void onlyTheTracksWhoseSectionNamesTheSocialOrganisationPlatformListIt() {
    assertThat(CALL.tracks().stream().filter(t -> !t.creditRegistries().isEmpty()).map(Track::code))
        .containsExactly("GI-BRAND", "DATA-IP-CHAIN");
  }
}
