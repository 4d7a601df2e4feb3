package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules.ApplicationMode;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules.RequiredPartner;
import cn.gov.guizhou.ipp.contracts.programme.BilingualText;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.Criterion.CheckKind;
import cn.gov.guizhou.ipp.contracts.programme.Criterion.Operator;
import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.testkit.EventSender;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls as program-service publishes them, sent on its topic so applicant-service replicates them:
 * three tracks shaped like the guide's (high-value patents, alone or jointly; industry patent
 * navigation, jointly with an IP authority only; the risk-control project, exclusive in its call).
 */
final class TestCalls {

  private TestCalls() {}

  static final String HVP = "HVP";
  static final String NAV = "NAV-INDUSTRY";
  static final String RISK = "RISK-CONTROL";

  /** 1.6.1: an industry association is checked on the social-organisation platform. */
  static final String CHAIN = "DATA-IP-CHAIN";

  /** 1.6.2: an industry association is checked on 信用中国, as every other unit. */
  static final String SCENARIO = "DATA-IP-SCENARIO";

  /** Publishes a call of {@code year} and sets its state and window; waits until replicated. */
  static void publish(
      String bootstrapServers,
      JdbcClient jdbc,
      int year,
      String state,
      OffsetDateTime opensAt,
      OffsetDateTime closesAt) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (EventSender sender = new EventSender(bootstrapServers)) {
      sender.send(
          EventCatalogue.CALL_PUBLISHED, published(year, now), UUID.randomUUID().toString());
      sender.send(
          EventCatalogue.CALL_STATE_CHANGED,
          new CallStateChangedV1(year, state, 1, opensAt, closesAt, now.plusSeconds(1)),
          UUID.randomUUID().toString());
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      String replicated =
          jdbc.sql("select state from replicated_call_state where call_year = :year")
              .param("year", year)
              .query(String.class)
              .optional()
              .orElse("");
      boolean withRules =
          jdbc.sql("select count(*) from replicated_call_version where call_year = :year")
                  .param("year", year)
                  .query(Long.class)
                  .single()
              > 0;
      if (replicated.equals(state) && withRules) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the " + year + " call was not replicated");
  }

  static CallPublishedV1 published(int year, OffsetDateTime at) {
    return new CallPublishedV1(
        year,
        1,
        "PUBLISHED",
        "贵州省知识产权运用促进项目申报指南",
        "Application guide",
        at,
        List.of(
            new Exclusivity(
                RISK, "该项目的申报主体不得申报其他项目", "The risk-control applicant applies for nothing else")),
        List.of(
            track(
                year,
                HVP,
                "高价值专利培育项目",
                "500000",
                new TrackRules(
                    List.of("ENTERPRISE", "UNIVERSITY_OR_RESEARCH_INSTITUTE"),
                    new ApplicationRules(
                        ApplicationMode.ALONE_OR_JOINT,
                        new BilingualText("高校院所或企业可单独或牵头联合申报", "alone or as lead"),
                        List.of()),
                    List.of(
                        new Criterion(
                            "HVP-C02",
                            "申报主体为高校院所或企业",
                            "A university or an enterprise",
                            List.of(),
                            CheckKind.PROFILE,
                            "organisationType",
                            Operator.IN,
                            List.of("ENTERPRISE", "UNIVERSITY_OR_RESEARCH_INSTITUTE")),
                        new Criterion(
                            "HVP-C03",
                            "信用中国无不良记录",
                            "Clean credit",
                            List.of(),
                            CheckKind.PROFILE,
                            "creditClear",
                            Operator.IS_TRUE,
                            true),
                        new Criterion(
                            "HVP-C04",
                            "具备健全的知识产权管理体系",
                            "Sound IP management",
                            List.of(),
                            CheckKind.FORMAL_CHECK,
                            null,
                            null,
                            null),
                        new Criterion(
                            "HVP-C07",
                            "高校院所有效专利不少于30件",
                            "At least 30 valid patents",
                            List.of("UNIVERSITY_OR_RESEARCH_INSTITUTE"),
                            CheckKind.PROFILE,
                            "validPatentCount",
                            Operator.AT_LEAST,
                            30)),
                    List.of(
                        new Material("HVP-M1", "项目申报书", "Application form", true),
                        new Material("HVP-M2", "其他佐证材料", "Other evidence", false)))),
            track(
                year,
                NAV,
                "专利导航项目",
                "200000",
                new TrackRules(
                    List.of("ENTERPRISE", "IP_SERVICE_AGENCY"),
                    new ApplicationRules(
                        ApplicationMode.JOINT_REQUIRED,
                        null,
                        List.of(
                            new RequiredPartner(
                                List.of("IP_AUTHORITY"),
                                "ALWAYS",
                                "需联合知识产权部门共同申报",
                                "Jointly with an IP authority"))),
                    List.of(),
                    List.of(new Material("NAV-M1", "项目申报书", "Application form", true)))),
            track(
                year,
                RISK,
                "风险防控项目",
                "500000",
                new TrackRules(
                    List.of("IP_SERVICE_AGENCY", "ACCOUNTING_OR_CONSULTING_FIRM"),
                    new ApplicationRules(ApplicationMode.ALONE_OR_JOINT, null, List.of()),
                    List.of(),
                    List.of(new Material("RISK-M1", "项目申报书", "Application form", true)))),
            track(
                year,
                CHAIN,
                "数据知识产权运用促进项目（强链增效）",
                "300000",
                new TrackRules(
                    List.of("ENTERPRISE", "INDUSTRY_ASSOCIATION"),
                    new ApplicationRules(ApplicationMode.ALONE_OR_JOINT, null, List.of()),
                    List.of(),
                    List.of(new Material("CHAIN-M1", "项目申报书", "Application form", true)),
                    List.of(
                        new TrackRules.CreditRegistryChoice(
                            "INDUSTRY_ASSOCIATION", "SOCIAL_ORGANISATION_PLATFORM")))),
            track(
                year,
                SCENARIO,
                "数据知识产权运用促进项目（高价值应用场景打造）",
                "300000",
                new TrackRules(
                    List.of("ENTERPRISE", "INDUSTRY_ASSOCIATION"),
                    new ApplicationRules(ApplicationMode.ALONE_OR_JOINT, null, List.of()),
                    List.of(),
                    List.of(new Material("SCENARIO-M1", "项目申报书", "Application form", true)),
                    // 1.6.2 names 信用中国 for every unit: the rules say so with an empty list.
                    List.of()))));
  }

  private static TrackSummary track(
      int year, String code, String name, String amount, TrackRules rules) {
    return new TrackSummary(
        code,
        name,
        null,
        code,
        "PRE_SUBSIDY",
        new FixedAmount(new BigDecimal(amount)),
        true,
        year,
        year,
        null,
        null,
        rules);
  }
}
