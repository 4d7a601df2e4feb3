package cn.gov.guizhou.ipp.monitoring;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.testkit.EventSender;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A funded project as applicant-service and review-service publish it, for the tests. */
public final class FundedProjects {

  private FundedProjects() {}

  /**
   * Publishes the submitted application of a lead unit, running through {@code year}, and its award
   * of CNY 500,000.
   *
   * @param plan the application's implementation plan, or null for none
   * @param budget the application's budget lines
   * @return the award as published
   */
  public static AwardDecidedV1 publish(
      EventSender sender,
      int year,
      String track,
      UUID organisation,
      String creditCode,
      ImplementationPlan plan,
      List<BudgetLine> budget) {
    UUID id = UUID.randomUUID();
    String reference = year + "-" + track + "-" + id.toString().substring(0, 8);
    sender.send(
        EventCatalogue.APPLICATION_SUBMITTED,
        new ApplicationSubmittedV1(
            id,
            reference,
            year,
            track,
            1,
            new ApplicationParty(
                organisation, creditCode, "贵州测试单位", "ENTERPRISE", "LEAD", null, null),
            List.of(),
            "项目",
            "摘要",
            new BigDecimal("500000.00"),
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            // The published contract has a plan with at least one task; a test without its own
            // plan gets one task carrying the whole weight.
            plan != null
                ? plan
                : new ImplementationPlan(
                    List.of(
                        new ImplementationPlan.Task(
                            "T1", "项目实施", new BigDecimal("100"), List.of("实施报告"))),
                    null,
                    null,
                    null),
            budget,
            List.of(),
            List.of(),
            "CLEAR",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    AwardDecidedV1 award =
        new AwardDecidedV1(
            id,
            reference,
            year,
            track,
            1,
            organisation,
            creditCode,
            true,
            new BigDecimal("500000.00"),
            new FixedAmount(new BigDecimal("500000")),
            1,
            new BigDecimal("90.00"),
            true,
            null,
            OffsetDateTime.now(ZoneOffset.UTC));
    sender.send(EventCatalogue.AWARD_DECIDED, award, UUID.randomUUID().toString());
    return award;
  }
}
