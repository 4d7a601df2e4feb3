package cn.gov.guizhou.ipp.review;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.testkit.CallEvents;
import cn.gov.guizhou.ipp.testkit.EventSender;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Calls and submissions as program-service and applicant-service announce them. */
public final class ReviewFixtures {

  private ReviewFixtures() {}

  /**
   * Publishes a call of {@code year} with GI-BRAND (rolling: CNY 500,000 in year 1, 500,000 to
   * 1,000,000 in year 2, budget 5,000,000), DATA-IP-LEADER (CNY 100,000 after the year-2 and year-3
   * evaluations, at most 200,000) and CAPABILITY-PREFECTURE (the guide's four tiers).
   */
  public static void publishFollowUpCall(EventSender sender, int year) {
    publishFollowUpCall(sender, year, "6300000");
  }

  /** The follow-up call with CAPABILITY-PREFECTURE's budget as given. */
  public static void publishFollowUpCall(EventSender sender, int year, String prefectureBudget) {
    TrackRules rules =
        new TrackRules(
            List.of("IP_AUTHORITY", "INDUSTRY_ASSOCIATION"),
            new ApplicationRules(ApplicationRules.ApplicationMode.ALONE_OR_JOINT, null, List.of()),
            List.of(),
            List.of(new Material("M1", "项目申报书", "Application form", true)));
    CallPublishedV1 call =
        CallEvents.open(
            year,
            List.of(
                new CallPublishedV1.TrackSummary(
                    "GI-BRAND",
                    "地理标志品牌培育项目",
                    null,
                    "GI brand",
                    "PRE_SUBSIDY",
                    new RollingWithEvaluation(
                        new BigDecimal("500000"),
                        new BigDecimal("500000"),
                        new BigDecimal("1000000")),
                    true,
                    year,
                    year + 1,
                    new BigDecimal("5000000"),
                    10,
                    rules),
                new CallPublishedV1.TrackSummary(
                    "DATA-IP-LEADER",
                    "数据知识产权领军企业项目",
                    null,
                    "Data-IP leading enterprise",
                    "POST_SUBSIDY",
                    new StagedPostSubsidy(
                        new BigDecimal("100000"), List.of(2, 3), new BigDecimal("200000")),
                    true,
                    year,
                    year + 2,
                    new BigDecimal("1000000"),
                    5,
                    rules),
                new CallPublishedV1.TrackSummary(
                    "CAPABILITY-PREFECTURE",
                    "知识产权转化运用能力提升项目",
                    "市州级",
                    "Capability — prefecture",
                    "PRE_SUBSIDY",
                    new RankTiers(
                        List.of(
                            new RankTiers.Tier(1, 1, new BigDecimal("2000000")),
                            new RankTiers.Tier(2, 3, new BigDecimal("1000000")),
                            new RankTiers.Tier(4, 6, new BigDecimal("500000")),
                            new RankTiers.Tier(7, 10, new BigDecimal("200000")))),
                    true,
                    year,
                    year,
                    new BigDecimal(prefectureBudget),
                    10,
                    rules)));
    sender.send(EventCatalogue.CALL_PUBLISHED, call, UUID.randomUUID().toString());
  }

  /** Publishes a call of {@code year} whose HVP track has the given budget (CNY 500,000 each). */
  public static void publishCall(EventSender sender, int year, String budget) {
    CallPublishedV1 call =
        CallEvents.open(
            year,
            List.of(
                new CallPublishedV1.TrackSummary(
                    "HVP",
                    "高价值专利培育项目",
                    null,
                    "High-value patent cultivation",
                    "PRE_SUBSIDY",
                    new FixedAmount(new BigDecimal("500000")),
                    true,
                    year,
                    year,
                    new BigDecimal(budget),
                    2,
                    new TrackRules(
                        List.of("ENTERPRISE"),
                        new ApplicationRules(
                            ApplicationRules.ApplicationMode.ALONE_OR_JOINT, null, List.of()),
                        List.of(
                            new Criterion(
                                "HVP-C04",
                                "具备健全的知识产权管理体系",
                                "A sound IP management system",
                                List.of(),
                                Criterion.CheckKind.FORMAL_CHECK,
                                null,
                                null,
                                null)),
                        List.of(new Material("HVP-M1", "项目申报书", "Application form", true))))));
    sender.send(EventCatalogue.CALL_PUBLISHED, call, UUID.randomUUID().toString());
  }

  /** A submission of HVP in {@code year} led by {@code leadCode} with one participant. */
  public static ApplicationSubmittedV1 submission(
      int year, String leadCode, String participantCode, String amount) {
    return submission(year, "HVP", leadCode, participantCode, amount);
  }

  /** A submission of a track in {@code year} led by {@code leadCode} with one participant. */
  public static ApplicationSubmittedV1 submission(
      int year, String track, String leadCode, String participantCode, String amount) {
    UUID id = UUID.randomUUID();
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    return new ApplicationSubmittedV1(
        id,
        year + "-" + track + "-" + id.toString().substring(0, 5),
        year,
        track,
        1,
        new ApplicationParty(
            UUID.randomUUID(), leadCode, "贵州黔云智联科技有限公司", "ENTERPRISE", "LEAD", null, null),
        List.of(
            new ApplicationParty(
                UUID.randomUUID(),
                participantCode,
                "贵州大学",
                "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                "合作单位",
                "专利挖掘",
                at.minusDays(1))),
        "新能源电池材料高价值专利培育",
        "培育高价值专利组合",
        new BigDecimal(amount),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        new ImplementationPlan(
            List.of(new ImplementationPlan.Task("T1", "专利布局", new BigDecimal("100"), List.of())),
            List.of(new ImplementationPlan.Milestone("完成", LocalDate.of(year, 12, 1), "T1")),
            List.of(new ImplementationPlan.QuarterlyTarget(year + "-Q4", new BigDecimal("100"))),
            List.of(new ImplementationPlan.PerformanceTarget("发明专利申请", new BigDecimal("10"), "件"))),
        List.of(new BudgetLine("PUBLICATION_AND_IP", new BigDecimal(amount), "专利事务")),
        List.of(
            new ApplicationSubmittedV1.SubmittedMaterial(
                "HVP-M1", UUID.randomUUID(), "申报书.pdf", "application/pdf", 1024, "a".repeat(64))),
        List.of("HVP-C04"),
        "CLEAR",
        at);
  }
}
