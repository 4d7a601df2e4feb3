package cn.gov.guizhou.ipp.contracts;

import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationUpdatedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.ConditionalOnThreshold;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic example payload per event type of {@link EventCatalogue}. {@code
 * EventCatalogueContractTest} fails for a catalogue entry without an example here, so a new event
 * cannot be published without one. Every field is set: the example shows consumers each property
 * the payload can carry, and it is the JSON Schema's {@code examples[0]}.
 */
final class EventExamples {

  private EventExamples() {}

  /** The examples by CloudEvents type. */
  static Map<String, IntegrationEvent> byType() {
    return Map.of(
        EventTypes.ORGANISATION_REGISTERED_V1, organisationRegisteredV1(),
        EventTypes.ORGANISATION_UPDATED_V1, organisationUpdatedV1(),
        EventTypes.CREDIT_CHECK_COMPLETED_V1, creditCheckCompletedV1(),
        EventTypes.CALL_PUBLISHED_V1, callPublishedV1(),
        EventTypes.CALL_STATE_CHANGED_V1, callStateChangedV1());
  }

  /** An enterprise in Guiyang (Guanshanhu district, division 520115) registers. */
  static OrganisationRegisteredV1 organisationRegisteredV1() {
    return new OrganisationRegisteredV1(
        UUID.fromString("3f6c2a9e-8b1d-4e57-9a42-6d0b7c1e5f83"),
        "91520115MA6HQ7K2XJ",
        "贵州黔云智联科技有限公司",
        "ENTERPRISE",
        "GUIYANG",
        OffsetDateTime.parse("2025-03-03T01:30:12.345678Z"));
  }

  /**
   * The enterprise of {@link #organisationRegisteredV1()} completes its profile a week later: 36
   * valid patents, a provincial engineering technology research centre, not (yet) in the national
   * demonstration list, CNY 12,860,000.00 of 2026 revenue, entered in the statistics, and a
   * provincial-level GI rights holder. Every fact but the demonstration list cites the documents
   * uploaded as its evidence (the patent register, the centre's approval, the audited accounts, the
   * statistics bureau's notice, the GI registration).
   */
  static OrganisationUpdatedV1 organisationUpdatedV1() {
    OrganisationRegisteredV1 organisation = organisationRegisteredV1();
    return new OrganisationUpdatedV1(
        organisation.organisationId(),
        organisation.creditCode(),
        organisation.legalName(),
        organisation.organisationType(),
        organisation.region(),
        List.of("大数据", "智能制造", "地理标志产品"),
        new OrganisationUpdatedV1.ProfileFacts(
            new OrganisationUpdatedV1.Fact<>(
                36, List.of(UUID.fromString("5a1f0c7e-2b94-4d3a-8e61-0f7c9b2d4a18"))),
            new OrganisationUpdatedV1.Fact<>(
                true, List.of(UUID.fromString("b4e27d90-6c35-4f1b-9a8e-3d5c1f7a2e06"))),
            new OrganisationUpdatedV1.Fact<>(false, List.of()),
            new OrganisationUpdatedV1.Fact<>(
                cny("12860000.00"),
                List.of(
                    UUID.fromString("e9c3a6b2-1d47-4f80-b5a9-7c2e8d0f6b31"),
                    UUID.fromString("0d7b5e18-9f2c-4a63-8b14-6e3a9c5d2f70"))),
            new OrganisationUpdatedV1.Fact<>(
                true, List.of(UUID.fromString("7f2a9d4c-3e81-4b56-a0c7-9d1e5b3f8a24"))),
            new OrganisationUpdatedV1.Fact<>(
                "PROVINCIAL", List.of(UUID.fromString("c6d8e1a3-5b27-4e9f-8a40-2f6b9c7d1e53")))),
        OffsetDateTime.parse("2025-03-10T06:12:45.903217Z"));
  }

  /**
   * applicant-service checks the enterprise of {@link #organisationRegisteredV1()} on 信用中国 as it
   * registers, two seconds later: the registry holds one adverse record, so the check is not clear
   * and review-service and funding-service will refuse it an award or a payment until a later check
   * is CLEAR.
   */
  static CreditCheckCompletedV1 creditCheckCompletedV1() {
    OrganisationRegisteredV1 organisation = organisationRegisteredV1();
    return new CreditCheckCompletedV1(
        UUID.fromString("7c3e9b15-4a2d-4f86-b1e0-5d8a6f2c9e47"),
        organisation.organisationId(),
        organisation.creditCode(),
        "CREDIT_CHINA",
        "RECORDS_FOUND",
        1,
        OffsetDateTime.parse("2025-03-03T01:30:14.208731Z"));
  }

  /**
   * program-service publishes version 1 of the rules of the 2027 call at its first start: the
   * call's fifteen tracks as in {@code
   * program-service/src/main/resources/catalogue/call-2027.v1.json}, in the guide's order. Between
   * them they use all six kinds of funding rule, and tracks without a name within their programme
   * (高价值专利培育项目) show {@code trackNameZh} as null. The optional {@code budget} and {@code
   * plannedProjects} (added to v1 later) are set where the bureau has set them — 高价值专利培育项目 CNY
   * 5,000,000.00 for 10 projects, 市州级能力提升 CNY 6,300,000.00 for its 10 ranked places — and null on
   * the other tracks, so the example shows both.
   */
  static CallPublishedV1 callPublishedV1() {
    return new CallPublishedV1(
        2027,
        1,
        "PUBLISHED",
        "贵州省知识产权运用促进项目申报指南",
        "Application guide for the Guizhou Province intellectual property utilisation promotion"
            + " programmes",
        OffsetDateTime.parse("2026-11-16T01:30:00.482913Z"),
        List.of(
            track(
                "HVP",
                "高价值专利培育项目",
                null,
                "High-value patent cultivation",
                "PRE_SUBSIDY",
                new FixedAmount(cny("500000")),
                true,
                2027,
                2027,
                cny("5000000.00"),
                10),
            track(
                "STRONG-ENT-BASIC",
                "知识产权强企培育项目",
                "基础培育",
                "IP-strong enterprise cultivation — basic",
                "PRE_SUBSIDY",
                new FixedAmount(cny("200000")),
                true,
                2027,
                2027),
            track(
                "STRONG-ENT-SPECIAL",
                "知识产权强企培育项目",
                "专项培育",
                "IP-strong enterprise cultivation — special",
                "PRE_SUBSIDY",
                new FixedAmount(cny("200000")),
                true,
                2027,
                2027),
            track(
                "GI-BRAND",
                "知识产权品牌培育项目",
                null,
                "Geographical-indication brand cultivation",
                "PRE_SUBSIDY",
                new RollingWithEvaluation(cny("500000"), cny("500000"), cny("1000000")),
                true,
                2027,
                2028),
            track(
                "CAPABILITY-PROVINCIAL",
                "知识产权转化运用能力提升项目",
                "省级",
                "Transformation and utilisation capability — provincial",
                "PRE_SUBSIDY",
                new FixedAmount(cny("500000")),
                true,
                2027,
                2027),
            track(
                "CAPABILITY-PREFECTURE",
                "知识产权转化运用能力提升项目",
                "市州级",
                "Transformation and utilisation capability — prefecture level",
                "PRE_SUBSIDY",
                new RankTiers(
                    List.of(
                        new RankTiers.Tier(1, 1, cny("2000000")),
                        new RankTiers.Tier(2, 3, cny("1000000")),
                        new RankTiers.Tier(4, 6, cny("500000")),
                        new RankTiers.Tier(7, 10, cny("200000")))),
                true,
                2027,
                2027,
                cny("6300000.00"),
                10),
            track(
                "RISK-CONTROL",
                "知识产权转化运用能力提升项目",
                "风险防控项目",
                "Risk control of funded projects",
                "PRE_SUBSIDY",
                new FixedAmount(cny("500000")),
                false,
                2027,
                2027),
            track(
                "NAV-INDUSTRY",
                "专利导航项目",
                "产业类",
                "Patent navigation — industry",
                "PRE_SUBSIDY",
                new FixedAmount(cny("200000")),
                false,
                2027,
                2027),
            track(
                "NAV-ENTERPRISE",
                "专利导航项目",
                "企业类",
                "Patent navigation — enterprise",
                "PRE_SUBSIDY",
                new FixedAmount(cny("100000")),
                false,
                2027,
                2027),
            track(
                "DATA-IP-CHAIN",
                "数据知识产权运用促进项目",
                "强链增效",
                "Data-IP utilisation — strong chain",
                "PRE_SUBSIDY",
                new FixedAmount(cny("300000")),
                true,
                2027,
                2027),
            track(
                "DATA-IP-SCENARIO",
                "数据知识产权运用促进项目",
                "高价值应用场景打造",
                "Data-IP utilisation — high-value application scenario",
                "PRE_SUBSIDY",
                new FixedAmount(cny("300000")),
                true,
                2027,
                2027),
            track(
                "SERVICE-CLUSTER",
                "国家知识产权服务业高质量集聚发展示范区项目",
                null,
                "National IP service-cluster demonstration zone",
                "PRE_SUBSIDY",
                new FixedAmount(cny("1000000")),
                true,
                2027,
                2027),
            track(
                "AGENCY-BRAND",
                "知识产权服务机构品牌培育项目",
                null,
                "IP service-agency brand cultivation",
                "PRE_SUBSIDY",
                new ConditionalOnThreshold(cny("500000"), cny("10000000"), 2026, true),
                true,
                2027,
                2027),
            track(
                "DATA-IP-LEADER",
                "数据知识产权领军企业项目",
                null,
                "Data-IP leading enterprise",
                "POST_SUBSIDY",
                new StagedPostSubsidy(cny("100000"), List.of(2, 3), cny("200000")),
                true,
                2027,
                2029),
            track(
                "DATA-IP-SECURITISATION",
                "数据知识产权证券化资助项目",
                null,
                "Data-IP securitisation subsidy",
                "POST_SUBSIDY",
                new PercentageWithAnnualCap(
                    new BigDecimal("0.04"),
                    cny("2000000"),
                    true,
                    PercentageWithAnnualCap.PartialClaim.REMAINDER_OF_CAP,
                    true),
                false,
                2026,
                2026)));
  }

  /** A track whose budget is not set yet. */
  private static TrackSummary track(
      String code,
      String programmeNameZh,
      String trackNameZh,
      String nameEn,
      String category,
      FundingRule fundingRule,
      boolean monitored,
      int implementationStartYear,
      int implementationEndYear) {
    return track(
        code,
        programmeNameZh,
        trackNameZh,
        nameEn,
        category,
        fundingRule,
        monitored,
        implementationStartYear,
        implementationEndYear,
        null,
        null);
  }

  /** A track whose budget the bureau has set; {@code budget} is CNY with two decimals. */
  private static TrackSummary track(
      String code,
      String programmeNameZh,
      String trackNameZh,
      String nameEn,
      String category,
      FundingRule fundingRule,
      boolean monitored,
      int implementationStartYear,
      int implementationEndYear,
      BigDecimal budget,
      Integer plannedProjects) {
    return new TrackSummary(
        code,
        programmeNameZh,
        trackNameZh,
        nameEn,
        category,
        fundingRule,
        monitored,
        implementationStartYear,
        implementationEndYear,
        budget,
        plannedProjects);
  }

  /**
   * program-service opens the 2027 call under version 1 of its rules: applications are accepted
   * from 09:00 on 1 March to 17:00 on 30 April 2027, Beijing time (2027-03-01T09:00+08:00 to
   * 2027-04-30T17:00+08:00). The instants are given in UTC, as the platform writes its timestamps:
   * {@link EventJson#mapper()} reads every timestamp back in UTC, so a window written with +08:00
   * would come back as the same instant with another offset, not as the value written.
   */
  static CallStateChangedV1 callStateChangedV1() {
    return new CallStateChangedV1(
        2027,
        "OPEN",
        1,
        beijing("2027-03-01T09:00+08:00"),
        beijing("2027-04-30T17:00+08:00"),
        OffsetDateTime.parse("2027-03-01T01:00:00.318406Z"));
  }

  /** A Beijing business time as the instant it is, in UTC. */
  private static OffsetDateTime beijing(String time) {
    return OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** CNY, as the guide states it; the funding rules keep two decimals. */
  private static BigDecimal cny(String amount) {
    return new BigDecimal(amount);
  }
}
