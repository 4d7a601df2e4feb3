package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Funded projects under monitoring, and what the bureau and the firms do with them. */
final class Monitoring {

  private Monitoring() {}

  /**
   * A funded HVP project of CNY 500,000 as applicant-service and review-service publish it: tasks
   * T1 (weight 40) and T2 (weight 60), planned at 40, 70 and 100 in Q2, Q3 and Q4 of {@code
   * planYear}.
   *
   * @return the project's id, once monitoring-service knows its plan
   */
  static UUID funded(
      EventSender kafka, Http officer, UUID organisation, String creditCode, int planYear) {
    UUID id = UUID.randomUUID();
    String reference = Portal.YEAR + "-HVP-M" + id.toString().substring(0, 5);
    kafka.send(
        EventCatalogue.APPLICATION_SUBMITTED,
        new ApplicationSubmittedV1(
            id,
            reference,
            Portal.YEAR,
            "HVP",
            1,
            new ApplicationParty(
                organisation, creditCode, "贵州风控演示科技有限公司", "ENTERPRISE", "LEAD", null, null),
            List.of(),
            "新能源电池材料高价值专利培育",
            "摘要",
            new BigDecimal("500000.00"),
            LocalDate.of(Portal.YEAR, 1, 1),
            LocalDate.of(Portal.YEAR, 12, 31),
            new ImplementationPlan(
                List.of(
                    new ImplementationPlan.Task("T1", "专利导航", new BigDecimal("40"), List.of()),
                    new ImplementationPlan.Task("T2", "专利申请与转化", new BigDecimal("60"), List.of())),
                List.of(),
                List.of(
                    new ImplementationPlan.QuarterlyTarget(planYear + "-Q2", new BigDecimal("40")),
                    new ImplementationPlan.QuarterlyTarget(planYear + "-Q3", new BigDecimal("70")),
                    new ImplementationPlan.QuarterlyTarget(
                        planYear + "-Q4", new BigDecimal("100"))),
                List.of()),
            List.of(new BudgetLine("PUBLICATION_AND_IP", new BigDecimal("500000.00"), "专利事务")),
            List.of(),
            List.of(),
            "CLEAR",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    kafka.send(
        EventCatalogue.AWARD_DECIDED,
        hvpAward(id, reference, organisation, creditCode),
        UUID.randomUUID().toString());
    String path = "/api/monitoring/projects/" + id;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              Http.Response project = officer.get(path);
              return project.status() == 200 && !project.json().get("plan").isNull();
            });
    return id;
  }

  /**
   * Opens the tracking round of {@code quarter}. Review dates are unique across rounds: one a day,
   * derived from the quarter's year, so tests that pick a plan year of their own can run again on
   * the same platform.
   */
  static void openRound(Http officer, String quarter, int offset) {
    LocalDate review =
        LocalDate.of(2200, 1, 1).plusDays(Integer.parseInt(quarter.substring(0, 4)) * 4L + offset);
    Http.Response opened =
        officer.post(
            "/api/monitoring/rounds",
            Map.of(
                "quarter",
                quarter,
                "reviewDate",
                review.toString(),
                "reportDeadline",
                review.plusDays(10).toString()));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
  }

  /** The firm's verified completion of tasks T1 and T2 in a quarter. */
  static Http.Response verify(Http who, String path, String quarter, String t1, String t2) {
    return who.post(
        path + "/rounds/" + quarter + "/verification",
        Map.of(
            "tasks", Map.of("T1", t1, "T2", t2),
            "method", "SITE_VISIT",
            "note", "现场核查受理通知书与研发记录"));
  }

  /** An HVP award of CNY 500,000, first in rank, as review-service publishes it. */
  static AwardDecidedV1 hvpAward(UUID id, String reference, UUID organisation, String creditCode) {
    return new AwardDecidedV1(
        id,
        reference,
        Portal.YEAR,
        "HVP",
        1,
        organisation,
        creditCode,
        true,
        new BigDecimal("500000.00"),
        new FixedAmount(new BigDecimal("500000.00")),
        1,
        new BigDecimal("88.00"),
        true,
        null,
        OffsetDateTime.now(ZoneOffset.UTC));
  }
}
