package cn.gov.guizhou.ipp.contracts;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1.SubmittedMaterial;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationWithdrawnV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.Milestone;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.PerformanceTarget;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.QuarterlyTarget;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.Task;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationBarredV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationUpdatedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ParticipantConfirmedV1;
import cn.gov.guizhou.ipp.contracts.funding.ExpenditureRecordedV1;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.contracts.funding.RecoveryOrderedV1;
import cn.gov.guizhou.ipp.contracts.funding.SecuritisationClaimRefusedV1;
import cn.gov.guizhou.ipp.contracts.funding.SecuritisationReservationChangedV1;
import cn.gov.guizhou.ipp.contracts.monitoring.RiskAlertChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules.ApplicationMode;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules.RequiredPartner;
import cn.gov.guizhou.ipp.contracts.programme.BilingualText;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.ConditionalOnThreshold;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.Criterion.CheckKind;
import cn.gov.guizhou.ipp.contracts.programme.Criterion.Operator;
import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 *
 * <p>The examples tell one story: the enterprise of {@link #organisationRegisteredV1()} registers
 * and is credit-checked; program-service publishes and opens the 2027 call; the enterprise drafts a
 * 高价值专利培育 (HVP) application with 贵州大学 as participant, the university confirms, the enterprise
 * submits, withdraws another application of the call, and review-service records the bureau's award
 * of the HVP application and reports it approved; once the project's year is over, review-service
 * concludes its acceptance (验收): passed at the first attempt. Alongside, a 知识产权品牌培育 (GI-BRAND)
 * project of the same call, led by the IP authority of 黔东南州, is evaluated after its first year and
 * has its year-2 funding released. funding-service pays the HVP grant's one tranche after a clear
 * credit check, the enterprise records what it spends of it against its budget, and
 * monitoring-service turns the project's alert from green to yellow when its progress lags; a 专利导航
 * (NAV-ENTERPRISE) project of the same call that failed its acceptance finally is ordered to repay
 * what it did not spend eligibly. The credit codes are illustrative: they pass the GB 32100 check
 * but are not taken from the registry.
 */
final class EventExamples {

  /** The 2027 高价值专利培育 application the enterprise of the examples leads. */
  private static final UUID HVP_APPLICATION =
      UUID.fromString("141f05c1-1f4e-49c0-93fb-da366dd0c1fc");

  /** 贵州大学 as registered on the platform (a provincial public institution, division 520000). */
  private static final UUID UNIVERSITY = UUID.fromString("751a7d93-a34e-49ef-a0b8-edbed93b0405");

  /** 贵州大学's credit code in the examples (public institution: 12; division 520000). */
  private static final String UNIVERSITY_CREDIT_CODE = "12520000MB1746925Y";

  /** The 2027 知识产权品牌培育 (GI-BRAND) application the IP authority of 黔东南州 leads. */
  private static final UUID GI_BRAND_APPLICATION =
      UUID.fromString("66e4f066-a2d0-4832-b7f0-8a486f7f60d9");

  /**
   * 黔东南州市场监督管理局（知识产权局）, the IP authority of 黔东南苗族侗族自治州, as registered on the platform (an
   * IP_AUTHORITY).
   */
  static final UUID QIANDONGNAN_IP_AUTHORITY =
      UUID.fromString("9e963655-ab17-4ce1-bb76-440db982961a");

  /**
   * The credit code of 黔东南州市场监督管理局（知识产权局） in the examples: registered by the establishment
   * authority (1) as a government organ (1), division 522600 (黔东南州).
   */
  static final String QIANDONGNAN_IP_AUTHORITY_CREDIT_CODE = "115226000094102759";

  /** The 2027 专利导航项目（企业类） application whose acceptance failed finally (see asyncapi.yaml). */
  static final UUID NAV_ENTERPRISE_APPLICATION =
      UUID.fromString("7684aaf5-2a3f-48a7-9254-d253a857353b");

  /**
   * The enterprise that leads {@link #NAV_ENTERPRISE_APPLICATION}, as registered on the platform.
   */
  static final UUID NAV_ENTERPRISE = UUID.fromString("5b998516-dd41-4d82-83a5-36ea85c22aaa");

  /**
   * The credit code of {@link #NAV_ENTERPRISE} in the examples (enterprise: 91; division 520102).
   */
  static final String NAV_ENTERPRISE_CREDIT_CODE = "91520102MA6J2W7T4Y";

  private EventExamples() {}

  /** The examples by CloudEvents type. */
  static Map<String, IntegrationEvent> byType() {
    return Map.ofEntries(
        Map.entry(EventTypes.ORGANISATION_REGISTERED_V1, organisationRegisteredV1()),
        Map.entry(EventTypes.ORGANISATION_UPDATED_V1, organisationUpdatedV1()),
        Map.entry(EventTypes.ORGANISATION_BARRED_V1, organisationBarredV1()),
        Map.entry(EventTypes.CREDIT_CHECK_COMPLETED_V1, creditCheckCompletedV1()),
        Map.entry(EventTypes.APPLICATION_SUBMITTED_V1, applicationSubmittedV1()),
        Map.entry(EventTypes.APPLICATION_WITHDRAWN_V1, applicationWithdrawnV1()),
        Map.entry(EventTypes.PARTICIPANT_CONFIRMED_V1, participantConfirmedV1()),
        Map.entry(EventTypes.APPLICATION_STATUS_REPORTED_V1, applicationStatusReportedV1()),
        Map.entry(EventTypes.AWARD_DECIDED_V1, awardDecidedV1()),
        Map.entry(EventTypes.EVALUATION_CONCLUDED_V1, evaluationConcludedV1()),
        Map.entry(EventTypes.ACCEPTANCE_CONCLUDED_V1, acceptanceConcludedV1()),
        Map.entry(EventTypes.CALL_PUBLISHED_V1, callPublishedV1()),
        Map.entry(EventTypes.CALL_STATE_CHANGED_V1, callStateChangedV1()),
        Map.entry(EventTypes.FUNDS_DISBURSED_V1, fundsDisbursedV1()),
        Map.entry(EventTypes.RECOVERY_ORDERED_V1, recoveryOrderedV1()),
        Map.entry(EventTypes.EXPENDITURE_RECORDED_V1, expenditureRecordedV1()),
        Map.entry(EventTypes.RISK_ALERT_CHANGED_V1, riskAlertChangedV1()),
        Map.entry(EventTypes.SECURITISATION_CLAIM_REFUSED_V1, securitisationClaimRefusedV1()),
        Map.entry(
            EventTypes.SECURITISATION_RESERVATION_CHANGED_V1,
            securitisationReservationChangedV1()));
  }

  /**
   * After the second failed acceptance of its data-IP leading enterprise project, the bureau bars
   * the enterprise in Guiyang from later provincial applications until the end of 2030.
   */
  static OrganisationBarredV1 organisationBarredV1() {
    return new OrganisationBarredV1(
        UUID.fromString("8d3e5a71-4c2f-4b9a-a6e0-2f71c9b4d582"),
        UUID.fromString("3f6c2a9e-8b1d-4e57-9a42-6d0b7c1e5f83"),
        "91520115MA6HQ7K2XJ",
        UUID.fromString("141f05c1-1f4e-49c0-93fb-da366dd0c1fc"),
        "2027-DATA-IP-LEADER-00007",
        "DATA-IP-LEADER",
        "项目两次验收不通过，绩效目标未完成且整改不到位，限制其后续省级知识产权项目申报资格",
        LocalDate.parse("2030-12-31"),
        "1c4f7a2e-9b3d-4e58-a6c1-5d8f2b0e7a94",
        OffsetDateTime.parse("2030-04-02T02:15:37.118204Z"));
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
        OffsetDateTime.parse("2025-03-03T01:30:14.208731Z"),
        List.of("ADMINISTRATIVE_PENALTY"),
        null);
  }

  /**
   * The enterprise of {@link #organisationRegisteredV1()} submits its 2027 高价值专利培育 application at
   * 10:15 on 10 April 2027, Beijing time, under version 1 of the call's rules ({@link
   * #callPublishedV1()}): a joint application with 贵州大学, which confirmed two days before ({@link
   * #participantConfirmedV1()}). It asks for the track's fixed CNY 500,000.00, for work over the
   * 2027 calendar year (the platform's assumption for HVP, whose guide sets no period): four tasks
   * weighing 100 in all, five milestones, cumulative completion rising quarter by quarter to 100 at
   * 2027-Q4, four performance targets, and six budget lines adding up to the amount requested. Its
   * one material is the application form (HVP-M1). The enterprise's adverse record of 2025 ({@link
   * #creditCheckCompletedV1()}) has since been repaired (信用修复): the check at submission is CLEAR,
   * as every submission's is. The criteria left to the formal check are the HVP criteria of kind
   * FORMAL_CHECK that apply to an enterprise lead; the profile criteria passed on what it declared.
   */
  static ApplicationSubmittedV1 applicationSubmittedV1() {
    OrganisationRegisteredV1 enterprise = organisationRegisteredV1();
    return new ApplicationSubmittedV1(
        HVP_APPLICATION,
        "2027-HVP-00042",
        2027,
        "HVP",
        1,
        new ApplicationParty(
            enterprise.organisationId(),
            enterprise.creditCode(),
            enterprise.legalName(),
            enterprise.organisationType(),
            "LEAD",
            null,
            null),
        List.of(
            new ApplicationParty(
                UNIVERSITY,
                UNIVERSITY_CREDIT_CODE,
                "贵州大学",
                "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                "合作单位",
                "负责边缘智能网关关键技术的专利挖掘与布局分析、专利申请前评估和技术交底书撰写指导",
                participantConfirmedV1().confirmedAt())),
        "面向工业互联网的边缘智能网关高价值专利培育",
        "围绕我省大数据电子信息产业集群中工业互联网边缘智能网关与设备预测性维护关键技术，联合贵州大学开展专利导航，"
            + "绘制技术发展专利地图，挖掘布局高价值发明专利及国际专利，建立专利分级分类管理机制，"
            + "并通过专利开放许可和许可转让推动专利转化运用。",
        cny("500000.00"),
        LocalDate.parse("2027-01-01"),
        LocalDate.parse("2027-12-31"),
        new ImplementationPlan(
            List.of(
                new Task(
                    "T1",
                    "专利导航与技术发展专利地图绘制",
                    new BigDecimal("25"),
                    List.of("边缘智能网关产业专利导航分析报告1份", "技术发展专利地图1套")),
                new Task(
                    "T2",
                    "高价值专利挖掘、布局与申请",
                    new BigDecimal("40"),
                    List.of("高价值发明专利申请10件", "PCT国际专利申请1件")),
                new Task(
                    "T3",
                    "高价值专利培育工作机制与分级分类管理",
                    new BigDecimal("15"),
                    List.of("依据ISO 56005建立的高价值专利培育工作机制1套", "专利分级分类管理办法1项")),
                new Task(
                    "T4",
                    "专利开放许可与转化运用",
                    new BigDecimal("20"),
                    List.of("专利开放许可声明5件", "专利许可或转让合同2份"))),
            List.of(
                new Milestone("完成专利导航分析报告与技术发展专利地图", LocalDate.parse("2027-06-30"), "T1"),
                new Milestone("出台专利分级分类管理办法", LocalDate.parse("2027-08-31"), "T3"),
                new Milestone("提交高价值发明专利申请不少于6件", LocalDate.parse("2027-09-30"), "T2"),
                new Milestone("提交全部10件高价值发明专利申请及1件PCT国际专利申请", LocalDate.parse("2027-11-30"), "T2"),
                new Milestone("签订专利许可或转让合同2份", LocalDate.parse("2027-12-15"), "T4")),
            List.of(
                new QuarterlyTarget("2027-Q1", new BigDecimal("10")),
                new QuarterlyTarget("2027-Q2", new BigDecimal("35")),
                new QuarterlyTarget("2027-Q3", new BigDecimal("70")),
                new QuarterlyTarget("2027-Q4", new BigDecimal("100"))),
            List.of(
                new PerformanceTarget("高价值发明专利申请量", new BigDecimal("10"), "件"),
                new PerformanceTarget("PCT国际专利申请量", new BigDecimal("1"), "件"),
                new PerformanceTarget("专利开放许可声明", new BigDecimal("5"), "件"),
                new PerformanceTarget("专利许可转让合同金额", new BigDecimal("80"), "万元"))),
        List.of(
            new BudgetLine(
                "PUBLICATION_AND_IP", cny("180000.00"), "10件发明专利及1件PCT国际专利申请的代理费、申请费和审查费"),
            new BudgetLine("OUTSOURCED_SERVICES", cny("120000.00"), "委托开展专利导航分析和专利价值评估"),
            new BudgetLine("LABOUR", cny("80000.00"), "项目组专利工程师劳务费"),
            new BudgetLine("EXPERT_CONSULTING", cny("60000.00"), "专利布局与技术路线专家咨询费"),
            new BudgetLine("TESTING_AND_PROCESSING", cny("40000.00"), "边缘智能网关样机测试与技术验证"),
            new BudgetLine("TRAVEL_AND_MEETINGS", cny("20000.00"), "产学研对接与专利开放许可推介活动")),
        List.of(
            new SubmittedMaterial(
                "HVP-M1",
                UUID.fromString("fceb495a-c4c3-4386-8dd8-72545abab232"),
                "高价值专利培育项目申报书-贵州黔云智联科技有限公司.pdf",
                "application/pdf",
                4837291L,
                "881a126f624bf4c841489cf31c295b18daae7bb7e6d45ce731114b7cbecef262")),
        List.of(
            "HVP-C01", "HVP-C12", "HVP-C13", "HVP-C14", "HVP-C15", "HVP-C16", "HVP-C17", "HVP-C18"),
        "CLEAR",
        OffsetDateTime.parse("2027-04-10T02:15:37.204518Z"),
        List.of(
            new ApplicationSubmittedV1.FactToConfirm(
                "HVP-C15",
                "hasProvincialPlatform",
                "true",
                List.of(UUID.fromString("5b0e8a52-93f1-4d8e-a0c4-2f6d1e7b9a31")))));
  }

  /**
   * The administrator of 贵州大学 confirms, at 14:12 on 8 April 2027, Beijing time, that the university
   * takes part in the HVP application of {@link #applicationSubmittedV1()}, two days before the
   * enterprise submits it.
   */
  static ParticipantConfirmedV1 participantConfirmedV1() {
    return new ParticipantConfirmedV1(
        HVP_APPLICATION,
        2027,
        "HVP",
        organisationRegisteredV1().organisationId(),
        UNIVERSITY,
        UNIVERSITY_CREDIT_CODE,
        "合作单位",
        OffsetDateTime.parse("2027-04-08T06:12:45.613204Z"));
  }

  /**
   * The enterprise of {@link #organisationRegisteredV1()} had also submitted a 数据知识产权强链增效
   * (DATA-IP-CHAIN) application in the 2027 call; on 22 April 2027, before the window closes, it
   * withdraws it to put its resources into the HVP project.
   */
  static ApplicationWithdrawnV1 applicationWithdrawnV1() {
    return new ApplicationWithdrawnV1(
        UUID.fromString("b1a5c189-f1d7-4bb7-9253-9699ea75817b"),
        "2027-DATA-IP-CHAIN-00017",
        2027,
        "DATA-IP-CHAIN",
        organisationRegisteredV1().organisationId(),
        "经公司研究，2027年度集中资源实施高价值专利培育项目，撤回数据知识产权强链增效项目申报",
        OffsetDateTime.parse("2027-04-22T07:40:03.118275Z"));
  }

  /**
   * review-service reports, on 18 June 2027, that the HVP application of {@link
   * #applicationSubmittedV1()} is approved for the track's CNY 500,000.00 after expert review and
   * the bureau's decision; the reason records the basis of the approval.
   */
  static ApplicationStatusReportedV1 applicationStatusReportedV1() {
    return new ApplicationStatusReportedV1(
        HVP_APPLICATION,
        "APPROVED",
        cny("500000.00"),
        "专家评审综合得分86.5分，在高价值专利培育项目中排名第3，经省知识产权局局务会审议同意立项",
        "review-service",
        OffsetDateTime.parse("2027-06-18T08:30:00.275913Z"));
  }

  /**
   * review-service publishes the bureau's decision on the HVP application of {@link
   * #applicationSubmittedV1()} as it reports the application approved ({@link
   * #applicationStatusReportedV1()}, same instant, 16:30 on 18 June 2027, Beijing time): awarded
   * the CNY 500,000.00 it requested, the track's fixed amount under the FIXED_AMOUNT rule of the
   * call ({@link #callPublishedV1()}), ranked 3rd in the track with a final score of 86.50.
   * funding-service opens a grant for it; the HVP track is monitored, so monitoring-service starts
   * tracking the project.
   *
   * <p>The bureau decides a track's awards together, and the example shows a track decision that
   * departs from the ranking's proposal, so that {@code followedProposal} is false and the
   * officer's {@code justification} is filled: the proposal put the first 10 of the ranking forward
   * within the track's CNY 5,000,000.00; the bureau skipped the 7th, whose lead's credit check
   * before the decision found an adverse record, and funded the 11th instead, within the budget.
   * The application of the example is awarded as proposed, yet carries the flag and the
   * justification of the track's decision, as every decision of the track does. A track decision
   * that follows the proposal carries a null justification.
   */
  static AwardDecidedV1 awardDecidedV1() {
    ApplicationSubmittedV1 submitted = applicationSubmittedV1();
    FundingRule hvpRule =
        callPublishedV1().tracks().stream()
            .filter(track -> track.code().equals(submitted.trackCode()))
            .findFirst()
            .orElseThrow()
            .fundingRule();
    return new AwardDecidedV1(
        HVP_APPLICATION,
        submitted.reference(),
        submitted.callYear(),
        submitted.trackCode(),
        submitted.ruleVersion(),
        submitted.lead().organisationId(),
        submitted.lead().creditCode(),
        true,
        cny("500000.00"),
        hvpRule,
        3,
        new BigDecimal("86.50"),
        false,
        "本方向拟立项建议为得分前10名；第7名申报单位在立项前信用核查中被查出“信用中国”不良信用记录，不予立项，"
            + "按综合得分顺延由第11名递补立项，资助总额500万元未超出本方向预算，经省知识产权局局务会审议同意",
        OffsetDateTime.parse("2027-06-18T08:30:00.275913Z"),
        UUID.fromString("0d7c5a3e-6f21-4b8e-9c14-8e2a7d5b3f60"),
        10,
        cny("500000.00"));
  }

  /**
   * review-service concludes the year-1 evaluation of a 2027 知识产权品牌培育 (GI-BRAND) project at 15:20
   * on 24 February 2028, Beijing time, after the project's first year (2027) ended. The project,
   * 2027-GI-BRAND-00007, cultivates the brand of a geographical indication whose rights holder is
   * prefecture-level, so it is led by the prefecture's IP authority, 黔东南州市场监督管理局（知识产权局） ({@link
   * #QIANDONGNAN_IP_AUTHORITY}), jointly with the product's industry association, as the track's
   * rules require ({@link #callPublishedV1()}); in June 2027 it was awarded the year-1 CNY
   * 500,000.00 of the track's ROLLING_WITH_EVALUATION rule. The experts find the year-1 targets met
   * (score 88.00), and the programme officer sets the year-2 funding at CNY 800,000.00 from the
   * year-2 plan, within the rule's CNY 500,000.00 to 1,000,000.00: funding-service pays it as a new
   * tranche, and the note records the basis. The event carries no credit code: consumers that need
   * it have the lead's registration.
   */
  static EvaluationConcludedV1 evaluationConcludedV1() {
    return new EvaluationConcludedV1(
        GI_BRAND_APPLICATION,
        "2027-GI-BRAND-00007",
        2027,
        "GI-BRAND",
        QIANDONGNAN_IP_AUTHORITY,
        1,
        "TARGETS_MET",
        new BigDecimal("88.00"),
        cny("800000.00"),
        "第一年度目标承诺全部达成：新增地理标志专用标志使用市场主体12家，地理标志产品产值同比增长18%，"
            + "建成地理标志产品质量追溯平台1个；专家组评估得分88分，评定为达标。"
            + "依据第二年度实施方案，核定第二年度资助资金80万元（在50万元至100万元区间内）",
        OffsetDateTime.parse("2028-02-24T07:20:15.418306Z"));
  }

  /**
   * review-service concludes the acceptance (验收) of the HVP project of {@link
   * #applicationSubmittedV1()} at 15:45 on 16 March 2028, Beijing time, its implementation period
   * having ended on 31 December 2027: at the first attempt the expert panel scores it 91.50 and it
   * passes, every performance target of its plan met and the grant spent as budgeted; the reason is
   * the acceptance conclusion. review-service reports the application ACCEPTED on {@code
   * ipp.application.progress} with the same reason. Had it failed, the enterprise would have had to
   * rectify and apply again (FAILED_RECTIFY, attempt 1), and a second failure (FAILED_FINALLY,
   * attempt 2) would have had funding-service reclaim the unused funds and applicant-service bar
   * the enterprise from later applications.
   */
  static AcceptanceConcludedV1 acceptanceConcludedV1() {
    ApplicationSubmittedV1 submitted = applicationSubmittedV1();
    return new AcceptanceConcludedV1(
        HVP_APPLICATION,
        submitted.reference(),
        submitted.callYear(),
        submitted.trackCode(),
        submitted.lead().organisationId(),
        submitted.lead().creditCode(),
        1,
        "PASSED",
        new BigDecimal("91.50"),
        "项目绩效目标全部完成：提交高价值发明专利申请10件、PCT国际专利申请1件，发布专利开放许可声明5件，"
            + "签订专利许可转让合同2份、合同金额86万元；专项资金按预算使用，专家组验收评分91.5分，同意通过验收",
        OffsetDateTime.parse("2028-03-16T07:45:12.604183Z"));
  }

  /**
   * A finance officer records, at 15:18 on 2 July 2027, Beijing time, the payment of the one
   * tranche of the HVP grant awarded in {@link #awardDecidedV1()}: the track's FIXED_AMOUNT rule
   * pays the whole CNY 500,000.00 on award. The enterprise's adverse record of 2025 ({@link
   * #creditCheckCompletedV1()}) has long been repaired: the payment relies on a CLEAR check of 30
   * June 2027. The enterprise owes no recovery order, so nothing is kept back and the whole amount
   * is transferred.
   */
  static FundsDisbursedV1 fundsDisbursedV1() {
    AwardDecidedV1 award = awardDecidedV1();
    return new FundsDisbursedV1(
        UUID.fromString("72c9f87e-4738-4f8b-9e36-d9a03064b952"),
        "TRANCHE",
        HVP_APPLICATION,
        award.reference(),
        award.callYear(),
        award.trackCode(),
        award.leadOrganisationId(),
        award.leadCreditCode(),
        1,
        cny("500000.00"),
        cny("0.00"),
        cny("500000.00"),
        "GZGK-2027-07-0002318",
        LocalDate.parse("2027-07-02"),
        UUID.fromString("8020d235-bf88-411e-a22b-9a9cba5bf853"),
        OffsetDateTime.parse("2027-07-02T07:18:44.512093Z"));
  }

  /**
   * funding-service raises, two seconds after review-service concludes it, the recovery order (追回)
   * of the 2027 专利导航项目（企业类） project whose acceptance failed again after rectification (the
   * FAILED_FINALLY example of asyncapi.yaml): the grant was paid the track's fixed CNY 100,000.00,
   * of which the enterprise spent CNY 38,620.00 eligibly against its approved budget, so CNY
   * 61,380.00 must come back.
   */
  static RecoveryOrderedV1 recoveryOrderedV1() {
    return new RecoveryOrderedV1(
        NAV_ENTERPRISE_APPLICATION,
        "2027-NAV-ENTERPRISE-00011",
        2027,
        "NAV-ENTERPRISE",
        NAV_ENTERPRISE,
        NAV_ENTERPRISE_CREDIT_CODE,
        cny("100000.00"),
        cny("38620.00"),
        cny("61380.00"),
        "项目整改后再次验收不通过，按规定收回已拨付但未按预算合规使用的专项资金：已拨付10万元，合规支出3.862万元，应收回6.138万元",
        OffsetDateTime.parse("2028-07-04T08:15:29.118406Z"));
  }

  private static final UUID REFUSED_SECURITISATION_CLAIM =
      UUID.fromString("0c6f2b7e-5d1a-4f7b-9a43-2f8e1d6c9b21");

  /**
   * A finance officer records, on 12 March 2027, that the enterprise's second interest payment
   * within its 2026 data-IP asset-backed plan was 30 days overdue: its claim 2027-SEC-0002 will not
   * be paid, and the CNY 800,000.00 it reserved of the year's cap is released at once.
   */
  static SecuritisationClaimRefusedV1 securitisationClaimRefusedV1() {
    return new SecuritisationClaimRefusedV1(
        REFUSED_SECURITISATION_CLAIM,
        "2027-SEC-0002",
        2027,
        "DATA-IP-SECURITISATION",
        NAV_ENTERPRISE,
        NAV_ENTERPRISE_CREDIT_CODE,
        "GZDATA-ABS-2026-01",
        "OVERDUE",
        "产品存续期间发生逾期还款或欠息，补贴不予发放（2027-01-15）：第二期利息逾期 30 天",
        cny("800000.00"),
        OffsetDateTime.parse("2027-03-12T02:41:07.336127Z"));
  }

  /**
   * The queue served again after {@link #securitisationClaimRefusedV1()}: claim 2027-SEC-0004,
   * which had found nothing left of the year's CNY 2,000,000 cap, is re-offered CNY 360,000.00 of
   * its CNY 400,000.00 in filing order.
   */
  static SecuritisationReservationChangedV1 securitisationReservationChangedV1() {
    return new SecuritisationReservationChangedV1(
        UUID.fromString("9e3d7c41-8b2a-4c6e-b5f0-7a1d2e3f4a56"),
        "2027-SEC-0004",
        2027,
        "DATA-IP-SECURITISATION",
        UUID.fromString("4a7e9c12-3b5d-4e6f-8a9b-0c1d2e3f4a5b"),
        "QXN-DIP-ABS-2026-03",
        "QUEUED",
        "RESERVED_PARTIAL",
        cny("0.00"),
        cny("360000.00"),
        "REFUSAL",
        REFUSED_SECURITISATION_CLAIM,
        OffsetDateTime.parse("2027-03-12T02:41:07.338902Z"));
  }

  /**
   * The enterprise records, at 11:05 on 20 September 2027, Beijing time, that it paid its patent
   * agency CNY 36,500.00 of the HVP grant on 18 September for drafting and filing four invention
   * patent applications: PUBLICATION_AND_IP, whose approved budget ({@link
   * #applicationSubmittedV1()}) is CNY 180,000.00 and which has now spent CNY 96,500.00. The
   * voucher is the agency's invoice.
   */
  static ExpenditureRecordedV1 expenditureRecordedV1() {
    ApplicationSubmittedV1 submitted = applicationSubmittedV1();
    return new ExpenditureRecordedV1(
        UUID.fromString("3d02332e-1230-4757-88b9-d088a67556ce"),
        HVP_APPLICATION,
        submitted.reference(),
        submitted.callYear(),
        submitted.trackCode(),
        submitted.lead().organisationId(),
        "PUBLICATION_AND_IP",
        cny("36500.00"),
        LocalDate.parse("2027-09-18"),
        "贵州黔知专利代理事务所（普通合伙）",
        "4件边缘智能网关发明专利申请的代理撰写费及申请费",
        new ExpenditureRecordedV1.Voucher(
            "专利代理费发票-2027-09-18.pdf",
            "application/pdf",
            286413L,
            "7514f8770a9067ad7bd50f2e4af54af9940ec3c563a90aac6a407f09d6f93c43"),
        cny("180000.00"),
        cny("96500.00"),
        "a43f150c-ae17-452a-8c04-9b0b326c2e9b",
        OffsetDateTime.parse("2027-09-20T03:05:21.774318Z"));
  }

  /**
   * monitoring-service turns the alert of the HVP project from GREEN to YELLOW at 10:30 on 12
   * October 2027, Beijing time, after the 2027-Q3 progress review: the project lags its plan
   * ({@link #applicationSubmittedV1()}: 70 by 2027-Q3) and missed a milestone. A YELLOW alert asks
   * for attention; only a RED one puts the grant on hold.
   */
  static RiskAlertChangedV1 riskAlertChangedV1() {
    ApplicationSubmittedV1 submitted = applicationSubmittedV1();
    return new RiskAlertChangedV1(
        HVP_APPLICATION,
        submitted.reference(),
        submitted.callYear(),
        submitted.trackCode(),
        "YELLOW",
        "GREEN",
        List.of(
            "2027-Q3进度审查（2027-10-10）：累计完成52%，低于计划70%，滞后18个百分点",
            "里程碑“提交高价值发明专利申请不少于6件”（2027-09-30）逾期未完成：已提交4件"),
        OffsetDateTime.parse("2027-10-12T02:30:06.201947Z"));
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
   *
   * <p>The optional {@code exclusivity} and {@code rules} (added to v1 later too) are the
   * catalogue's: the call's one exclusivity rule (the applicant of 风险防控项目 may apply for nothing
   * else) and each track's eligible applicant types, application mode, partner rules and materials
   * as they are. Of the criteria, the example carries every criterion of 高价值专利培育项目, 专利导航项目 （产业类）
   * and 知识产权品牌培育项目, and for brevity a real subset of the other tracks' criteria (the event carries
   * them all). Between them they show both kinds of check, each operator — AT_LEAST with a number,
   * IS_TRUE with true, IN with a list — criteria for every applicant and for some types only, each
   * application mode, and a lead rule set (e.g. HVP) and null (e.g. RISK-CONTROL).
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
            new Exclusivity(
                "RISK-CONTROL",
                "该项目的申报主体不得申报其他贵州省知识产权运用促进项目",
                "The applicant of the risk-control project may not apply for any other programme of"
                    + " this call")),
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
                10,
                stated(hvpRules())),
            track(
                "STRONG-ENT-BASIC",
                "知识产权强企培育项目",
                "基础培育",
                "IP-strong enterprise cultivation — basic",
                "PRE_SUBSIDY",
                new FixedAmount(cny("200000")),
                true,
                2027,
                2027,
                stated(strongEntBasicRules())),
            track(
                "STRONG-ENT-SPECIAL",
                "知识产权强企培育项目",
                "专项培育",
                "IP-strong enterprise cultivation — special",
                "PRE_SUBSIDY",
                new FixedAmount(cny("200000")),
                true,
                2027,
                2027,
                stated(strongEntSpecialRules())),
            track(
                "GI-BRAND",
                "知识产权品牌培育项目",
                null,
                "Geographical-indication brand cultivation",
                "PRE_SUBSIDY",
                new RollingWithEvaluation(cny("500000"), cny("500000"), cny("1000000")),
                true,
                2027,
                2028,
                stated(giBrandRules())),
            track(
                "CAPABILITY-PROVINCIAL",
                "知识产权转化运用能力提升项目",
                "省级",
                "Transformation and utilisation capability — provincial",
                "PRE_SUBSIDY",
                new FixedAmount(cny("500000")),
                true,
                2027,
                2027,
                stated(capabilityProvincialRules())),
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
                10,
                stated(capabilityPrefectureRules())),
            track(
                "RISK-CONTROL",
                "知识产权转化运用能力提升项目",
                "风险防控项目",
                "Risk control of funded projects",
                "PRE_SUBSIDY",
                new FixedAmount(cny("500000")),
                false,
                2027,
                2027,
                stated(riskControlRules())),
            track(
                "NAV-INDUSTRY",
                "专利导航项目",
                "产业类",
                "Patent navigation — industry",
                "PRE_SUBSIDY",
                new FixedAmount(cny("200000")),
                false,
                2027,
                2027,
                stated(navIndustryRules())),
            track(
                "NAV-ENTERPRISE",
                "专利导航项目",
                "企业类",
                "Patent navigation — enterprise",
                "PRE_SUBSIDY",
                new FixedAmount(cny("100000")),
                false,
                2027,
                2027,
                stated(navEnterpriseRules())),
            track(
                "DATA-IP-CHAIN",
                "数据知识产权运用促进项目",
                "强链增效",
                "Data-IP utilisation — strong chain",
                "PRE_SUBSIDY",
                new FixedAmount(cny("300000")),
                true,
                2027,
                2027,
                stated(dataIpChainRules())),
            track(
                "DATA-IP-SCENARIO",
                "数据知识产权运用促进项目",
                "高价值应用场景打造",
                "Data-IP utilisation — high-value application scenario",
                "PRE_SUBSIDY",
                new FixedAmount(cny("300000")),
                true,
                2027,
                2027,
                stated(dataIpScenarioRules())),
            track(
                "SERVICE-CLUSTER",
                "国家知识产权服务业高质量集聚发展示范区项目",
                null,
                "National IP service-cluster demonstration zone",
                "PRE_SUBSIDY",
                new FixedAmount(cny("1000000")),
                true,
                2027,
                2027,
                stated(serviceClusterRules())),
            track(
                "AGENCY-BRAND",
                "知识产权服务机构品牌培育项目",
                null,
                "IP service-agency brand cultivation",
                "PRE_SUBSIDY",
                new ConditionalOnThreshold(cny("500000"), cny("10000000"), 2026, true),
                true,
                2027,
                2027,
                stated(agencyBrandRules())),
            track(
                "DATA-IP-LEADER",
                "数据知识产权领军企业项目",
                null,
                "Data-IP leading enterprise",
                "POST_SUBSIDY",
                new StagedPostSubsidy(cny("100000"), List.of(2, 3), cny("200000")),
                true,
                2027,
                2029,
                stated(dataIpLeaderRules())),
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
                2026,
                stated(dataIpSecuritisationRules()))));
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
      int implementationEndYear,
      TrackRules rules) {
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
        null,
        rules);
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
      Integer plannedProjects,
      TrackRules rules) {
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
        plannedProjects,
        rules);
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

  /**
   * CNY, as the guide states it; the funding rules keep two decimals, and the amounts of an
   * application are given with two.
   */
  private static BigDecimal cny(String amount) {
    return new BigDecimal(amount);
  }

  // --- the rules of the 2027 call's tracks, from call-2027.v1.json -------------------------------

  /** A track applied for alone, with no lead rule or partner. */
  private static ApplicationRules alone() {
    return new ApplicationRules(ApplicationMode.ALONE, null, List.of());
  }

  /** A criterion a programme officer confirms at the formal check (形式审查). */
  private static Criterion formalCheck(String id, String zh, String en, List<String> appliesTo) {
    return new Criterion(id, zh, en, appliesTo, CheckKind.FORMAL_CHECK, null, null, null);
  }

  /**
   * A criterion the platform decides from the applicant's declared profile: {@code value} is an
   * Integer for AT_LEAST, true for IS_TRUE and a list of strings for IN, as a consumer reads them
   * back.
   */
  private static Criterion profileCheck(
      String id,
      String zh,
      String en,
      List<String> appliesTo,
      String fact,
      Operator operator,
      Object value) {
    return new Criterion(id, zh, en, appliesTo, CheckKind.PROFILE, fact, operator, value);
  }

  /** A material every application of the track carries (all the 2027 call's are required). */
  private static Material material(String id, String zh, String en) {
    return new Material(id, zh, en, true);
  }

  /** The rules as program-service publishes them: every track states its credit registries. */
  private static TrackRules stated(TrackRules rules) {
    return rules.creditRegistries() != null
        ? rules
        : new TrackRules(
            rules.eligibleApplicantTypes(),
            rules.application(),
            rules.criteria(),
            rules.materials(),
            List.of());
  }

  /** 高价值专利培育项目: every criterion. */
  private static TrackRules hvpRules() {
    return new TrackRules(
        List.of("ENTERPRISE", "UNIVERSITY_OR_RESEARCH_INSTITUTE"),
        new ApplicationRules(
            ApplicationMode.ALONE_OR_JOINT,
            new BilingualText(
                "高校院所或具有独立法人资格的企业，可单独申报或作为牵头单位联合申报。其中，高校院所作为牵头单位申报的，须围绕重点产业细分领域，整合产业链上下游企业及知识产权服务机构等创新资源；企业作为牵头单位申报的，原则上应是我省“六大产业集群”“三大特色产业”等重点产业领域的链主企业或龙头企业，具备较强的产业带动能力和示范效应。鼓励产学研协同创新保护，支持申报单位联合产业链上下游创新主体共同参与项目申报与实施。",
                "A university/research institute or an enterprise with independent legal personality may apply alone or as the lead of a joint application. A university or research institute as lead must, around a sub-field of a priority industry, bring together upstream and downstream enterprises of the industry chain, IP service agencies and other innovation resources; an enterprise as lead should in principle be a chain-leader or leading enterprise of a Guizhou priority industry (the 'six industrial clusters', the 'three characteristic industries' and the like), with strong capacity to drive the industry and a demonstration effect. Industry-university-research cooperation is encouraged; applicants may bring upstream and downstream innovation actors of the chain into the application and its implementation."),
            List.of(
                new RequiredPartner(
                    List.of("ENTERPRISE"),
                    "LEAD_IS_UNIVERSITY",
                    "高校院所作为牵头单位申报的，须围绕重点产业细分领域，整合产业链上下游企业",
                    "When a university or research institute leads, upstream/downstream enterprises of the industry chain must take part"),
                new RequiredPartner(
                    List.of("IP_SERVICE_AGENCY"),
                    "LEAD_IS_UNIVERSITY",
                    "高校院所作为牵头单位申报的，须整合知识产权服务机构等创新资源",
                    "When a university or research institute leads, IP service agencies must take part"))),
        List.of(
            formalCheck(
                "HVP-C01",
                "在中华人民共和国境内注册，从事我省知识产权创造及转化运用的高校院所或具有独立法人资格的企业",
                "Registered in the People's Republic of China; a university/research institute, or an enterprise with independent legal personality, engaged in IP creation and utilisation in Guizhou",
                List.of()),
            profileCheck(
                "HVP-C02",
                "申报主体为高校院所或企业",
                "The applicant is a university/research institute or an enterprise",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("ENTERPRISE", "UNIVERSITY_OR_RESEARCH_INSTITUTE")),
            profileCheck(
                "HVP-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "HVP-C04",
                "高校院所具备健全的知识产权管理体系，包括设立专门管理机构、配备专职人员，实施专利申请前评估和转化激励制度",
                "The university/institute has a sound IP management system: a dedicated management office, full-time staff, pre-filing assessment of patent applications and incentives for conversion",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE")),
            profileCheck(
                "HVP-C05",
                "高校院所在所申报的技术领域拥有省级以上创新平台",
                "The university/institute has a provincial-or-higher innovation platform in the technical field applied for",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE"),
                "hasProvincialPlatform",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "HVP-C06",
                "高校院所在所申报的技术领域拥有稳定研发经费和在研项目，确保专利持续产出",
                "The university/institute has stable R&D funding and ongoing projects in the field, ensuring a continuous output of patents",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE")),
            profileCheck(
                "HVP-C07",
                "高校院所有效专利不少于30件",
                "The university/institute holds at least 30 valid patents",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE"),
                "validPatentCount",
                Operator.AT_LEAST,
                30),
            formalCheck(
                "HVP-C08",
                "高校院所持续开展存量专利盘点工作，近两年有促进专利转化运用的成功案例",
                "The university/institute keeps taking stock of its existing patents and has a successful case of promoting patent conversion and utilisation in the last two years",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE")),
            formalCheck(
                "HVP-C09",
                "高校院所围绕重点产业细分领域，具有整合产业链上下游企业及知识产权服务机构等创新资源能力",
                "The university/institute can bring together upstream and downstream enterprises, IP service agencies and other innovation resources around a sub-field of a priority industry",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE")),
            formalCheck(
                "HVP-C10",
                "高校院所在财政资助项目专利声明、专利代理服务采购或遴选、专利开放许可声明、专利产业化等方面取得一定实效",
                "The university/institute has achieved results in patent declarations for publicly funded projects, procurement or selection of patent agency services, patent open-licence declarations and patent industrialisation",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE")),
            formalCheck(
                "HVP-C11",
                "高校院所联合申报的，明确各参与单位在高价值专利培育各环节的具体分工，建立有较为完善的产业链上下游协同工作机制",
                "In a university-led joint application, each participant's division of work in every stage of high-value patent cultivation is stated, and a fairly complete upstream/downstream cooperation mechanism is in place",
                List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE")),
            formalCheck(
                "HVP-C12",
                "企业作为牵头单位申报的，原则上应是我省“六大产业集群”“三大特色产业”等重点产业领域的链主企业或龙头企业，具备较强的产业带动能力和示范效应",
                "An enterprise lead should in principle be a chain-leader or leading enterprise of a Guizhou priority industry ('six industrial clusters', 'three characteristic industries'), with strong capacity to drive the industry and a demonstration effect",
                List.of("ENTERPRISE")),
            formalCheck(
                "HVP-C13",
                "企业主导产品属于《知识产权（专利）密集型产业统计分类（2019）》目录范围，并已围绕主导产品形成有效专利布局",
                "The enterprise's main product falls within the catalogue 'Statistical Classification of IP (Patent)-Intensive Industries (2019)' and an effective patent portfolio has been built around it",
                List.of("ENTERPRISE")),
            formalCheck(
                "HVP-C14",
                "企业建立了完善的知识产权管理制度，落实了专业团队和经费保障",
                "The enterprise has a complete IP management system with a professional team and secured funding",
                List.of("ENTERPRISE")),
            profileCheck(
                "HVP-C15",
                "企业拥有省级以上研发平台",
                "The enterprise has a provincial-or-higher R&D platform",
                List.of("ENTERPRISE"),
                "hasProvincialPlatform",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "HVP-C16",
                "企业具备稳定的研发投入和创新能力，拥有专业研发团队和在研项目，在专利信息利用和侵权风险防控方面成效显著",
                "The enterprise has stable R&D investment and innovation capacity, a professional R&D team and ongoing projects, with notable results in using patent information and preventing infringement risk",
                List.of("ENTERPRISE")),
            formalCheck(
                "HVP-C17",
                "企业近两年在专利产业化、许可转让或质押融资方面取得实质性进展",
                "In the last two years the enterprise has made substantial progress in patent industrialisation, licensing/transfer or pledge financing",
                List.of("ENTERPRISE")),
            formalCheck(
                "HVP-C18",
                "企业联合申报的，明确各参与单位在专利导航分析、质量评估、布局培育等环节的具体分工，并配备专业专利代理师全程参与创新和专利布局工作",
                "In an enterprise-led joint application, each participant's division of work in patent navigation analysis, quality assessment and portfolio cultivation is stated, and a professional patent attorney takes part in the innovation and patent-portfolio work throughout",
                List.of("ENTERPRISE"))),
        List.of(material("HVP-M1", "项目申报书", "Application form")));
  }

  /** 知识产权强企培育项目（基础培育）: its materials and 4 of its 7 criteria. */
  private static TrackRules strongEntBasicRules() {
    return new TrackRules(
        List.of("ENTERPRISE"),
        alone(),
        List.of(
            formalCheck(
                "STRONG-ENT-BASIC-C01",
                "从事我省知识产权创造及转化运用的具有独立法人资格的企业",
                "An enterprise with independent legal personality engaged in IP creation and utilisation in Guizhou",
                List.of()),
            profileCheck(
                "STRONG-ENT-BASIC-C02",
                "申报主体为企业",
                "The applicant is an enterprise",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("ENTERPRISE")),
            profileCheck(
                "STRONG-ENT-BASIC-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "STRONG-ENT-BASIC-C04",
                "以战略性新兴产业、未来产业等产业领域科创型企业为重点培育对象",
                "Target: science-and-technology enterprises in strategic emerging industries, future industries and similar fields",
                List.of())),
        List.of(material("STRONG-ENT-BASIC-M1", "项目申报书", "Application form")));
  }

  /** 知识产权强企培育项目（专项培育）: its materials and 4 of its 7 criteria. */
  private static TrackRules strongEntSpecialRules() {
    return new TrackRules(
        List.of("ENTERPRISE"),
        alone(),
        List.of(
            formalCheck(
                "STRONG-ENT-SPECIAL-C01",
                "从事我省知识产权创造及转化运用的具有独立法人资格的企业",
                "An enterprise with independent legal personality engaged in IP creation and utilisation in Guizhou",
                List.of()),
            profileCheck(
                "STRONG-ENT-SPECIAL-C02",
                "申报主体为企业",
                "The applicant is an enterprise",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("ENTERPRISE")),
            profileCheck(
                "STRONG-ENT-SPECIAL-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            profileCheck(
                "STRONG-ENT-SPECIAL-C04",
                "已被纳入国家知识产权示范企业创建对象（2025-2027年国家知识产权示范创建企业）",
                "Already included among the national IP demonstration enterprise creation targets (2025–2027 list)",
                List.of(),
                "inNationalDemonstrationList",
                Operator.IS_TRUE,
                true)),
        List.of(material("STRONG-ENT-SPECIAL-M1", "项目申报书", "Application form")));
  }

  /** 知识产权品牌培育项目: every criterion. */
  private static TrackRules giBrandRules() {
    return new TrackRules(
        List.of("INDUSTRY_ASSOCIATION", "IP_AUTHORITY"),
        new ApplicationRules(
            ApplicationMode.ALONE_OR_JOINT,
            new BilingualText(
                "地理标志权利人为省级的，地理标志权利人可直接申报，或联合地理标志服务机构共同申报；地理标志权利人为市州级的，由地理标志产品所在地的市（州）知识产权部门联合产业协会或地理标志服务机构共同申报；地理标志权利人为县级的，由地理标志产品所在地的市（州）知识产权部门联合县级知识产权部门、以及产业协会或地理标志服务机构共同申报。",
                "Provincial-level GI rights holder: the rights holder applies directly, or jointly with a GI service agency. Prefecture-level rights holder: the IP authority of the prefecture where the GI product is located leads, jointly with an industry association or a GI service agency. County-level rights holder: the prefecture IP authority leads, jointly with the county IP authority and with an industry association or a GI service agency."),
            List.of(
                new RequiredPartner(
                    List.of("INDUSTRY_ASSOCIATION", "IP_SERVICE_AGENCY"),
                    "RIGHTS_HOLDER_PREFECTURE",
                    "地理标志权利人为市州级的，市（州）知识产权部门须联合产业协会或地理标志服务机构共同申报",
                    "Prefecture-level rights holder: the prefecture IP authority must apply jointly with an industry association or a GI service agency"),
                new RequiredPartner(
                    List.of("IP_AUTHORITY"),
                    "RIGHTS_HOLDER_COUNTY",
                    "地理标志权利人为县级的，市（州）知识产权部门须联合县级知识产权部门共同申报",
                    "County-level rights holder: the prefecture IP authority must apply jointly with the county IP authority"),
                new RequiredPartner(
                    List.of("INDUSTRY_ASSOCIATION", "IP_SERVICE_AGENCY"),
                    "RIGHTS_HOLDER_COUNTY",
                    "地理标志权利人为县级的，还须联合产业协会或地理标志服务机构共同申报",
                    "County-level rights holder: an industry association or a GI service agency must also co-apply")),
            List.of(
                new RequiredPartner(
                    List.of("IP_SERVICE_AGENCY"),
                    "RIGHTS_HOLDER_PROVINCIAL",
                    "地理标志权利人为省级的，地理标志权利人可直接申报，或联合地理标志服务机构共同申报",
                    "Provincial-level rights holder: it applies alone or jointly with a GI service agency only"))),
        List.of(
            formalCheck(
                "GI-BRAND-C01",
                "在中华人民共和国境内注册，从事我省地理标志（知识产权）工作（平台通用条件，本项目指南原文未单列）",
                "Registered in the People's Republic of China and engaged in GI (IP) work in Guizhou (platform-wide rule; this programme's section of the guide does not state it)",
                List.of()),
            profileCheck(
                "GI-BRAND-C02",
                "地理标志权利人为省级的，地理标志权利人可直接申报",
                "A GI rights holder applies itself only where it is a provincial-level rights holder",
                List.of("INDUSTRY_ASSOCIATION"),
                "giRightsHolderLevel",
                Operator.IN,
                List.of("PROVINCIAL")),
            profileCheck(
                "GI-BRAND-C03",
                "地理标志权利人为市州级或县级的，由市（州）知识产权部门牵头申报",
                "Where the GI rights holder is at prefecture or county level, the prefecture IP authority leads",
                List.of("IP_AUTHORITY"),
                "giRightsHolderLevel",
                Operator.IN,
                List.of("PREFECTURE", "COUNTY")),
            formalCheck(
                "GI-BRAND-C04",
                "牵头的知识产权部门为地理标志产品所在地的市（州）知识产权部门",
                "The leading IP authority is that of the prefecture where the GI product is located",
                List.of("IP_AUTHORITY")),
            profileCheck(
                "GI-BRAND-C05",
                "产业协会未被列入中国社会组织政务服务平台（https://chinanpo.mca.gov.cn）失信、年检不合格、政府采购严重违法失信行为记录名单等不符合申报条件的情形；地理标志服务机构在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "Industry associations are not listed on the China social-organisation government service platform (https://chinanpo.mca.gov.cn) as dishonest, as failing the annual inspection or as serious government-procurement violators; GI service agencies have no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on Credit China (信用中国)",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "GI-BRAND-C06",
                "产业协会、地理标志服务机构须有固定的办公场所、专职工作人员，具备开展地理标志工作的能力与业绩，取得较好的政治经济社会效益",
                "Industry associations and GI service agencies have a fixed office, full-time staff, the capability and track record to do GI work, and good political, economic and social results",
                List.of("INDUSTRY_ASSOCIATION", "IP_SERVICE_AGENCY")),
            formalCheck(
                "GI-BRAND-C07",
                "产业协会须在行业自律与规范制定、协调服务与资源整合、品牌培育与宣传推广、权益维护与维权打假等方面发挥积极作用，拥有一定数量的会员单位且在行业内具有较高的代表性和影响力",
                "Industry associations play an active role in self-regulation and rule-making, coordination and resource integration, brand cultivation and promotion, and rights protection and anti-counterfeiting; they have a certain number of member units and are representative and influential in the industry",
                List.of("INDUSTRY_ASSOCIATION")),
            formalCheck(
                "GI-BRAND-C08",
                "地理标志服务机构须在地理标志决策研究支撑、品牌策划、标准制定、宣传推广、人才培养等方面具备专业服务能力和成功案例，能够为地理标志品牌培育提供全流程、高质量的服务支持",
                "GI service agencies have professional service capacity and successful cases in GI decision research, brand planning, standard-setting, promotion and talent training, and can support GI brand cultivation end to end",
                List.of("IP_SERVICE_AGENCY")),
            formalCheck(
                "GI-BRAND-C09",
                "地理标志产品属于地方特色主导产业，具有一定产业规模和市场占有率，有较成熟的品牌文化和较高的美誉度、知名度",
                "The GI product belongs to a leading local characteristic industry with a certain industrial scale and market share, a fairly mature brand culture and a good reputation and recognition",
                List.of()),
            formalCheck(
                "GI-BRAND-C10",
                "地理标志权利人所在地人民政府高度重视，制定地理标志产业发展规划、品牌规划等，并由地方政府或地理标志主管部门联合发改、工信、农业、商务、文旅等职能部门下发，同时建立较完整、高效的协作机制，有一定的经费保障，推动规划实施落地",
                "The local people's government of the rights holder attaches great importance: GI industry and brand plans have been drawn up and issued by the local government or GI authority jointly with the development-reform, industry-IT, agriculture, commerce and culture-tourism departments; a fairly complete and efficient coordination mechanism and some funding are in place to implement the plans",
                List.of()),
            formalCheck(
                "GI-BRAND-C11",
                "申报单位具有较好的工作基础和条件，对区域内合法有效的地理标志具有较强的资源整合能力，具备技术能力和人才队伍，能系统开展宣传推广和人才培育，严格执行标准、严把产品质量，并建立快速响应和知识产权转化机制",
                "The applicant has a good working basis, strong ability to integrate resources around the valid GIs of its area, technical capacity and staff; it can carry out promotion and talent development systematically, enforces standards and product quality strictly, and has rapid-response and IP conversion mechanisms",
                List.of())),
        List.of(
            material("GI-BRAND-M1", "项目申报书", "Application form"),
            material(
                "GI-BRAND-M2",
                "由地方政府或地理标志主管部门联合发改、工信、农业、商务、文旅等职能部门下发的地理标志产业规划、品牌规划，且在有效期内",
                "GI industry plan and brand plan issued by the local government or GI authority jointly with the development-reform, industry-IT, agriculture, commerce and culture-tourism departments, still in force"),
            material(
                "GI-BRAND-M3",
                "地理标志产业发展报告：内容应包含地理标志基本情况、产业现状分析、已开展相关工作情况、存在问题分析、下步打算等",
                "GI industry development report: basic facts of the GI, analysis of the industry's current state, work done, problems, next steps"),
            material(
                "GI-BRAND-M4",
                "项目总体目标与分年度实施计划：内容应包含两年总体目标、年度目标、实施路径、重点举措、保障措施等",
                "Overall project goal and annual implementation plan: two-year goal, annual goals, implementation path, key measures, safeguards"),
            material(
                "GI-BRAND-M5",
                "相关佐证材料：包括但不限于营业执照、协会登记证书、地理标志证明商标注册证（保护公告）、用标企业名单、地理标志产业发展协作机制运行相关证明材料、地理标志发展经费保障相关证明材料、产业发展相关证明材料等",
                "Supporting evidence, including but not limited to: business licence, association registration certificate, GI certification-mark registration certificate (or protection announcement), list of authorised user enterprises, evidence of the GI industry coordination mechanism in operation, evidence of GI development funding, evidence of industry development")),
        // 产业协会未被列入中国社会组织政务服务平台…失信…名单；地理标志服务机构在“信用中国”平台中无…记录
        List.of(
            new TrackRules.CreditRegistryChoice(
                "INDUSTRY_ASSOCIATION", "SOCIAL_ORGANISATION_PLATFORM")));
  }

  /** 知识产权转化运用能力提升项目（省级）: its materials and 4 of its 7 criteria. */
  private static TrackRules capabilityProvincialRules() {
    return new TrackRules(
        List.of(
            "ENTERPRISE",
            "UNIVERSITY_OR_RESEARCH_INSTITUTE",
            "INDUSTRY_ASSOCIATION",
            "IP_SERVICE_AGENCY",
            "ACCOUNTING_OR_CONSULTING_FIRM"),
        alone(),
        List.of(
            formalCheck(
                "CAPABILITY-PROVINCIAL-C01",
                "在中华人民共和国境内注册，从事我省知识产权创造、运用、保护、管理和服务的企事业单位或行业组织",
                "An enterprise, public institution or industry organisation registered in the People's Republic of China and engaged in IP creation, utilisation, protection, management and services in Guizhou",
                List.of()),
            profileCheck(
                "CAPABILITY-PROVINCIAL-C02",
                "申报主体为企事业单位或行业组织",
                "The applicant is an enterprise, public institution or industry organisation",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of(
                    "ENTERPRISE",
                    "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                    "INDUSTRY_ASSOCIATION",
                    "IP_SERVICE_AGENCY",
                    "ACCOUNTING_OR_CONSULTING_FIRM")),
            profileCheck(
                "CAPABILITY-PROVINCIAL-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "CAPABILITY-PROVINCIAL-C04",
                "数据整合能力：具备知识产权数据采集、分析、挖掘能力，能整合商标、专利、地理标志、数据知识产权、版权等知识产权数据，以及产业、经济、市场等数据资源，为评估工作提供支撑",
                "Data integration: able to collect, analyse and mine IP data, integrating trademark, patent, GI, data-IP and copyright data with industry, economic and market data to support evaluation",
                List.of())),
        List.of(material("CAPABILITY-PROVINCIAL-M1", "项目申报书", "Application form")));
  }

  /** 知识产权转化运用能力提升项目（市州级）: its materials and 3 of its 13 criteria. */
  private static TrackRules capabilityPrefectureRules() {
    return new TrackRules(
        List.of("IP_AUTHORITY"),
        alone(),
        List.of(
            profileCheck(
                "CAPABILITY-PREFECTURE-C01",
                "申报主体为市、自治州及贵安新区知识产权主管部门",
                "The applicant is the IP authority of a prefecture/autonomous prefecture or of Gui'an New Area",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("IP_AUTHORITY")),
            formalCheck(
                "CAPABILITY-PREFECTURE-C02",
                "申报主体为以下10个地区之一的知识产权主管部门：贵阳市、遵义市、六盘水市、安顺市、毕节市、铜仁市、黔东南州、黔南州、黔西南州、贵安新区",
                "The applicant is the IP authority of one of the 10 units: Guiyang, Zunyi, Liupanshui, Anshun, Bijie, Tongren, Qiandongnan, Qiannan, Qianxinan, Gui'an New Area",
                List.of()),
            profileCheck(
                "CAPABILITY-PREFECTURE-C03",
                "申报主体在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录（平台通用条件，本项目指南原文未单列）",
                "No 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform (platform-wide rule; this programme's section of the guide does not state it)",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true)),
        List.of(material("CAPABILITY-PREFECTURE-M1", "项目申报书", "Application form")));
  }

  /** 知识产权转化运用能力提升项目（风险防控项目）: its materials and 4 of its 8 criteria. */
  private static TrackRules riskControlRules() {
    return new TrackRules(
        List.of("IP_SERVICE_AGENCY", "ACCOUNTING_OR_CONSULTING_FIRM"),
        new ApplicationRules(ApplicationMode.ALONE_OR_JOINT, null, List.of()),
        List.of(
            formalCheck(
                "RISK-CONTROL-C01",
                "在中华人民共和国境内登记注册，具有独立法人资格的会计师事务所、知识产权服务机构、项目管理咨询公司等专业服务机构",
                "An accounting firm, IP service agency, project-management consultancy or similar professional service organisation registered in the People's Republic of China with independent legal personality",
                List.of()),
            profileCheck(
                "RISK-CONTROL-C02",
                "申报主体为会计师事务所、知识产权服务机构、项目管理咨询公司等专业服务机构",
                "The applicant is an accounting firm, IP service agency, project-management consultancy or similar professional service organisation",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("IP_SERVICE_AGENCY", "ACCOUNTING_OR_CONSULTING_FIRM")),
            profileCheck(
                "RISK-CONTROL-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            profileCheck(
                "RISK-CONTROL-C08",
                "该项目的申报主体不得申报其他贵州省知识产权运用促进项目",
                "The applicant of this project may not apply for any other Guizhou IP utilisation promotion programme",
                List.of(),
                "noOtherApplicationInCall",
                Operator.IS_TRUE,
                true)),
        List.of(material("RISK-CONTROL-M1", "项目申报书", "Application form")));
  }

  /** 专利导航项目（产业类）: every criterion. */
  private static TrackRules navIndustryRules() {
    return new TrackRules(
        List.of(
            "ENTERPRISE",
            "UNIVERSITY_OR_RESEARCH_INSTITUTE",
            "IP_SERVICE_AGENCY",
            "ACCOUNTING_OR_CONSULTING_FIRM"),
        new ApplicationRules(
            ApplicationMode.JOINT_REQUIRED,
            new BilingualText(
                "熟悉我省重点产业发展现状，具备专利导航能力的企事业单位，需联合知识产权部门或行业主管部门共同申报。",
                "An enterprise or public institution familiar with Guizhou's priority industries and able to do patent navigation is the applicant and must apply jointly with an IP authority or an industry authority."),
            List.of(
                new RequiredPartner(
                    List.of("IP_AUTHORITY"),
                    "ALWAYS",
                    "需联合知识产权部门或行业主管部门共同申报",
                    "Must apply jointly with an IP authority or an industry authority (both recorded as IP_AUTHORITY)"))),
        List.of(
            formalCheck(
                "NAV-INDUSTRY-C01",
                "申报主体是在中华人民共和国境内注册，从事我省知识产权创造及转化运用的企事业单位",
                "The applicant is an enterprise or public institution registered in the People's Republic of China and engaged in IP creation and utilisation in Guizhou",
                List.of()),
            profileCheck(
                "NAV-INDUSTRY-C02",
                "申报主体为企事业单位",
                "The applicant is an enterprise or public institution",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of(
                    "ENTERPRISE",
                    "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                    "IP_SERVICE_AGENCY",
                    "ACCOUNTING_OR_CONSULTING_FIRM")),
            profileCheck(
                "NAV-INDUSTRY-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "NAV-INDUSTRY-C04",
                "熟悉我省重点产业发展现状，具备专利导航能力",
                "Familiar with the state of Guizhou's priority industries and able to do patent navigation",
                List.of()),
            formalCheck(
                "NAV-INDUSTRY-C05",
                "命题的精准解读与转化能力：方案需清晰、深刻地阐释对所选命题背后产业决策需求的理解，并将抽象选题转化为具体的、可执行的专利导航分析框架和问题清单",
                "Interpreting the proposition: the proposal explains the industrial decision need behind the chosen topic and turns it into a concrete, workable patent-navigation analysis framework and question list",
                List.of()),
            formalCheck(
                "NAV-INDUSTRY-C06",
                "成果的决策价值与可操作性：方案须明确导航成果，如招商目标企业名录库、技术路线对比与选择建议、产业链薄弱环节专利布局指南等，成果形式可供产业主管部门在规划、招商、项目谋划与实施中应用",
                "Decision value of the results: the proposal names its outputs (e.g. a list of target companies for investment attraction, comparison of technology routes with recommendations, a patent-layout guide for weak links of the chain) in a form industry authorities can use in planning, investment attraction and projects",
                List.of()),
            formalCheck(
                "NAV-INDUSTRY-C07",
                "方案的科学性与可行性：包括数据资源保障、分析方法选用、技术路线设计、时间进度安排、团队分工合理等",
                "Soundness and feasibility: data resources, analysis methods, technical route, schedule and team division of work",
                List.of()),
            formalCheck(
                "NAV-INDUSTRY-C08",
                "项目核心团队须包含产业需求单位的资深专家或业务骨干作为项目顾问专家或共同负责人，全程参与项目需求征集、中期研讨和成果评审",
                "The core team includes a senior expert or key staff member of the demand-side unit as adviser or co-lead, taking part throughout in needs collection, the mid-term review and the review of results",
                List.of()),
            formalCheck(
                "NAV-INDUSTRY-C09",
                "协同机制的可落地性：方案需详细说明项目参与各方，特别是知识产权服务机构与产业需求方单位之间的协同机制、沟通频次、知识共享与成果机制等",
                "Workable coordination: the proposal details the coordination mechanism, communication frequency, knowledge sharing and results arrangements among the parties, in particular between the IP service provider and the demand-side unit",
                List.of())),
        List.of(material("NAV-INDUSTRY-M1", "项目申报书", "Application form")));
  }

  /** 专利导航项目（企业类）: its materials and 4 of its 9 criteria. */
  private static TrackRules navEnterpriseRules() {
    return new TrackRules(
        List.of(
            "ENTERPRISE",
            "UNIVERSITY_OR_RESEARCH_INSTITUTE",
            "IP_SERVICE_AGENCY",
            "ACCOUNTING_OR_CONSULTING_FIRM"),
        new ApplicationRules(
            ApplicationMode.JOINT_REQUIRED,
            new BilingualText(
                "熟悉我省重点产业发展现状，具备专利导航能力的企事业单位，需联合知识产权部门或行业主管部门共同申报。",
                "An enterprise or public institution familiar with Guizhou's priority industries and able to do patent navigation is the applicant and must apply jointly with an IP authority or an industry authority."),
            List.of(
                new RequiredPartner(
                    List.of("IP_AUTHORITY"),
                    "ALWAYS",
                    "需联合知识产权部门或行业主管部门共同申报",
                    "Must apply jointly with an IP authority or an industry authority (both recorded as IP_AUTHORITY)"))),
        List.of(
            formalCheck(
                "NAV-ENTERPRISE-C01",
                "申报主体是在中华人民共和国境内注册，从事我省知识产权创造及转化运用的企事业单位",
                "The applicant is an enterprise or public institution registered in the People's Republic of China and engaged in IP creation and utilisation in Guizhou",
                List.of()),
            profileCheck(
                "NAV-ENTERPRISE-C02",
                "申报主体为企事业单位",
                "The applicant is an enterprise or public institution",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of(
                    "ENTERPRISE",
                    "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                    "IP_SERVICE_AGENCY",
                    "ACCOUNTING_OR_CONSULTING_FIRM")),
            profileCheck(
                "NAV-ENTERPRISE-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "NAV-ENTERPRISE-C04",
                "熟悉我省重点产业发展现状，具备专利导航能力",
                "Familiar with the state of Guizhou's priority industries and able to do patent navigation",
                List.of())),
        List.of(material("NAV-ENTERPRISE-M1", "项目申报书", "Application form")));
  }

  /** 数据知识产权运用促进项目（强链增效）: its materials and 4 of its 7 criteria. */
  private static TrackRules dataIpChainRules() {
    return new TrackRules(
        List.of(
            "ENTERPRISE",
            "UNIVERSITY_OR_RESEARCH_INSTITUTE",
            "INDUSTRY_ASSOCIATION",
            "IP_SERVICE_AGENCY",
            "ACCOUNTING_OR_CONSULTING_FIRM"),
        new ApplicationRules(ApplicationMode.ALONE_OR_JOINT, null, List.of()),
        List.of(
            formalCheck(
                "DATA-IP-CHAIN-C01",
                "在中华人民共和国境内注册，具有独立法人资格、系从事我省知识产权创造、运用、保护、管理和服务的企事业单位或行业社团组织",
                "An enterprise, public institution or industry association registered in the People's Republic of China with independent legal personality, engaged in IP creation, utilisation, protection, management and services in Guizhou",
                List.of()),
            profileCheck(
                "DATA-IP-CHAIN-C02",
                "申报主体为企事业单位或行业社团组织",
                "The applicant is an enterprise, public institution or industry association",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of(
                    "ENTERPRISE",
                    "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                    "INDUSTRY_ASSOCIATION",
                    "IP_SERVICE_AGENCY",
                    "ACCOUNTING_OR_CONSULTING_FIRM")),
            profileCheck(
                "DATA-IP-CHAIN-C03",
                "申报主体无违法违规行为；申报主体为企事业单位的，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录；申报主体为行业社团组织的，未被列入中国社会组织政务服务平台（https://chinanpo.mca.gov.cn）失信、年检不合格、政府采购严重违法失信行为记录名单",
                "No illegal or irregular conduct; enterprises and public institutions have no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on Credit China (信用中国); industry associations are not listed on the China social-organisation government service platform (https://chinanpo.mca.gov.cn) as dishonest, failing the annual inspection or serious government-procurement violators",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "DATA-IP-CHAIN-C06",
                "申报主体对所选产业链有深入了解，具备整合产业链上下游企业和各类数据知识产权服务机构等创新资源集成能力",
                "Knows the chosen industry chain in depth and can bring together upstream and downstream enterprises, data-IP service agencies and other innovation resources",
                List.of())),
        List.of(material("DATA-IP-CHAIN-M1", "项目申报书", "Application form")),
        // 申报主体为行业社团组织的，未被列入中国社会组织政务服务平台…名单
        List.of(
            new TrackRules.CreditRegistryChoice(
                "INDUSTRY_ASSOCIATION", "SOCIAL_ORGANISATION_PLATFORM")));
  }

  /** 数据知识产权运用促进项目（高价值应用场景打造）: its materials and 4 of its 8 criteria. */
  private static TrackRules dataIpScenarioRules() {
    return new TrackRules(
        List.of(
            "ENTERPRISE",
            "UNIVERSITY_OR_RESEARCH_INSTITUTE",
            "INDUSTRY_ASSOCIATION",
            "IP_SERVICE_AGENCY",
            "ACCOUNTING_OR_CONSULTING_FIRM"),
        new ApplicationRules(ApplicationMode.ALONE_OR_JOINT, null, List.of()),
        List.of(
            formalCheck(
                "DATA-IP-SCENARIO-C01",
                "在中华人民共和国境内注册，具有独立法人资格、系从事我省知识产权创造、运用、保护、管理和服务的企事业单位或行业组织",
                "An enterprise, public institution or industry organisation registered in the People's Republic of China with independent legal personality, engaged in IP creation, utilisation, protection, management and services in Guizhou",
                List.of()),
            profileCheck(
                "DATA-IP-SCENARIO-C02",
                "申报主体为企事业单位或行业组织",
                "The applicant is an enterprise, public institution or industry organisation",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of(
                    "ENTERPRISE",
                    "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                    "INDUSTRY_ASSOCIATION",
                    "IP_SERVICE_AGENCY",
                    "ACCOUNTING_OR_CONSULTING_FIRM")),
            profileCheck(
                "DATA-IP-SCENARIO-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "DATA-IP-SCENARIO-C04",
                "数据合规与隐私保护：按照“原始数据不出域、数据可用不可见”“谁授权谁负责、谁运营谁负责、谁使用谁负责”要求，在数据安全和隐私保护方面有健全的制度和措施，并提供数据采集、加工、使用等合规证明；数据质量满足准确性、一致性、时效性要求",
                "Data compliance and privacy (Data Security Law, PIPL, public-data registration and Guizhou public-data operation rules): 'raw data stays in its domain, usable but invisible', 'whoever authorises/operates/uses is responsible'; sound data-security and privacy rules and measures, with compliance evidence for data collection, processing and use; data accurate, consistent and timely",
                List.of())),
        List.of(
            material("DATA-IP-SCENARIO-M1", "项目申报书", "Application form"),
            material(
                "DATA-IP-SCENARIO-M2",
                "数据采集、加工、使用等合规证明",
                "Compliance evidence for data collection, processing and use")));
  }

  /** 国家知识产权服务业高质量集聚发展示范区项目: its materials and 3 of its 6 criteria. */
  private static TrackRules serviceClusterRules() {
    return new TrackRules(
        List.of("DEMO_ZONE_AUTHORITY"),
        alone(),
        List.of(
            profileCheck(
                "SERVICE-CLUSTER-C01",
                "申报主体为确定为国家知识产权服务业高质量集聚发展示范区的知识产权主管部门",
                "The applicant is the IP authority of a designated national IP service-industry high-quality cluster demonstration zone",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("DEMO_ZONE_AUTHORITY")),
            formalCheck(
                "SERVICE-CLUSTER-C02",
                "所在地区已确定为国家知识产权服务业高质量集聚发展示范区，申报主体为我省该示范区的知识产权主管部门",
                "The area has been designated a national IP service-industry high-quality cluster demonstration zone and the applicant is its IP authority in Guizhou",
                List.of()),
            profileCheck(
                "SERVICE-CLUSTER-C03",
                "申报主体在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录（平台通用条件，本项目指南原文未单列）",
                "No 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform (platform-wide rule; this programme's section of the guide does not state it)",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true)),
        List.of(material("SERVICE-CLUSTER-M1", "项目申报书", "Application form")));
  }

  /** 知识产权服务机构品牌培育项目: its materials and 5 of its 8 criteria. */
  private static TrackRules agencyBrandRules() {
    return new TrackRules(
        List.of("IP_SERVICE_AGENCY"),
        alone(),
        List.of(
            formalCheck(
                "AGENCY-BRAND-C01",
                "在中华人民共和国境内注册，具有独立法人资格，且从事我省知识产权服务的专业化机构",
                "A specialised organisation registered in the People's Republic of China with independent legal personality, providing IP services in Guizhou",
                List.of()),
            profileCheck(
                "AGENCY-BRAND-C02",
                "申报主体为知识产权服务机构",
                "The applicant is an IP service agency",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("IP_SERVICE_AGENCY")),
            profileCheck(
                "AGENCY-BRAND-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            profileCheck(
                "AGENCY-BRAND-C07",
                "2026年度营业收入达1000万元及以上",
                "2026 operating revenue of CNY 10,000,000 or more",
                List.of(),
                "revenue2026",
                Operator.AT_LEAST,
                10000000),
            profileCheck(
                "AGENCY-BRAND-C08",
                "截至2026年底达到上规入统条件且成功“入库纳统”",
                "By the end of 2026, above designated size and entered in the statistics (上规入统/入库纳统)",
                List.of(),
                "inStatistics",
                Operator.IS_TRUE,
                true)),
        List.of(material("AGENCY-BRAND-M1", "项目申报书", "Application form")));
  }

  /** 数据知识产权领军企业项目: its materials and 3 of its 7 criteria. */
  private static TrackRules dataIpLeaderRules() {
    return new TrackRules(
        List.of("ENTERPRISE"),
        alone(),
        List.of(
            formalCheck(
                "DATA-IP-LEADER-C01",
                "在中华人民共和国境内注册，从事我省知识产权创造及转化运用的具有独立法人资格的企业",
                "An enterprise with independent legal personality registered in the People's Republic of China and engaged in IP creation and utilisation in Guizhou",
                List.of()),
            profileCheck(
                "DATA-IP-LEADER-C02",
                "申报主体为企业",
                "The applicant is an enterprise",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("ENTERPRISE")),
            profileCheck(
                "DATA-IP-LEADER-C03",
                "申报主体无违法违规行为，在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录",
                "No illegal or irregular conduct; no 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true)),
        List.of(
            material(
                "DATA-IP-LEADER-M1",
                "申报方案",
                "Application plan (on data-IP cultivation, registration, utilisation, protection and management)")));
  }

  /** 数据知识产权证券化资助项目: its materials and 4 of its 6 criteria. */
  private static TrackRules dataIpSecuritisationRules() {
    return new TrackRules(
        List.of("ENTERPRISE"),
        alone(),
        List.of(
            profileCheck(
                "DATA-IP-SECURITISATION-C01",
                "贵州省内注册企业",
                "An enterprise registered in Guizhou Province",
                List.of(),
                "registeredInGuizhou",
                Operator.IS_TRUE,
                true),
            profileCheck(
                "DATA-IP-SECURITISATION-C02",
                "申报主体为企业（（数据）知识产权证券化融资企业）",
                "The applicant is an enterprise (a (data-)IP securitisation financing enterprise)",
                List.of(),
                "organisationType",
                Operator.IN,
                List.of("ENTERPRISE")),
            profileCheck(
                "DATA-IP-SECURITISATION-C03",
                "申报主体在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录（平台通用条件，本项目指南原文未单列）",
                "No 'administrative penalty', 'abnormal operation' or 'serious dishonesty' record on the Credit China (信用中国) platform (platform-wide rule; this programme's section of the guide does not state it)",
                List.of(),
                "creditClear",
                Operator.IS_TRUE,
                true),
            formalCheck(
                "DATA-IP-SECURITISATION-C05",
                "2026年期间，企业将其拥有所有权的（数据）知识产权或其衍生债权作为基础资产，参与（数据）知识产权证券化产品的发行",
                "In 2026 the enterprise used (data) IP it owns, or claims derived from it, as underlying assets in the issuance of a (data-)IP securitisation product",
                List.of())),
        List.of(
            material(
                "DATA-IP-SECURITISATION-M1",
                "贵州省（数据）知识产权证券化融资补贴申报书（附件3）",
                "Guizhou (data-)IP securitisation financing subsidy application form (Annex 3)"),
            material("DATA-IP-SECURITISATION-M2", "营业执照", "Business licence"),
            material(
                "DATA-IP-SECURITISATION-M3",
                "法定代表人身份证复印件",
                "Copy of the legal representative's identity card"),
            material(
                "DATA-IP-SECURITISATION-M4",
                "（数据）知识产权质押登记通知书或其他有效质押文件",
                "(Data-)IP pledge registration notice or other valid pledge document"),
            material(
                "DATA-IP-SECURITISATION-M5",
                "借款合同、质押合同等证明文件",
                "Loan contract, pledge contract and similar documents"),
            material(
                "DATA-IP-SECURITISATION-M6",
                "放款及还本付息凭证，尚未支付利息部分提供还款计划",
                "Disbursement and repayment (principal and interest) vouchers; a repayment plan for interest not yet paid"),
            material("DATA-IP-SECURITISATION-M7", "（数据）知识产权评估报告", "(Data-)IP valuation report")));
  }
}
