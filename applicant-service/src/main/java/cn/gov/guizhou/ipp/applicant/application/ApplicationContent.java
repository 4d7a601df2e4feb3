package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.applicant.call.Bilingual;
import cn.gov.guizhou.ipp.applicant.call.TrackInForce;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.Milestone;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.PerformanceTarget;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.QuarterlyTarget;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan.Task;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the applicant writes in an application. A draft may be incomplete, but whatever it holds is
 * well formed (checked here, each refusal naming its field); {@link #incompleteness} says what
 * still stops a submission.
 *
 * @param title the project's title
 * @param summary what it does
 * @param requestedAmount the provincial funds requested, CNY
 * @param implementationStart first day of the work
 * @param implementationEnd last day of the work
 * @param plan tasks with weights, milestones, quarterly targets, performance targets
 * @param budget the budget by category
 * @param declarations the lead's declarations
 */
public record ApplicationContent(
    String title,
    String summary,
    BigDecimal requestedAmount,
    LocalDate implementationStart,
    LocalDate implementationEnd,
    ImplementationPlan plan,
    List<BudgetLine> budget,
    Declarations declarations) {

  private static final Pattern QUARTER = Pattern.compile("(20\\d\\d)-Q([1-4])");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public ApplicationContent {
    title = text(title, "title", 200);
    if (title == null) {
      throw new IllegalArgumentException("title: is required");
    }
    summary = text(summary, "summary", 5000);
    if (requestedAmount != null) {
      requestedAmount = FundingRule.positiveMoney(requestedAmount, "requestedAmount");
    }
    if (implementationStart != null
        && implementationEnd != null
        && implementationEnd.isBefore(implementationStart)) {
      throw new IllegalArgumentException("implementationEnd: is before implementationStart");
    }
    plan = plan == null ? new ImplementationPlan(null, null, null, null) : plan;
    checkPlanShape(plan);
    budget = budget == null ? List.of() : List.copyOf(budget);
    for (int i = 0; i < budget.size(); i++) {
      BudgetLine line = budget.get(i);
      String field = "budget[" + i + "]";
      if (line == null || !BudgetCategory.known(line.category())) {
        throw new IllegalArgumentException(field + ".category: is not a budget category");
      }
      FundingRule.positiveMoney(line.amount(), field + ".amount");
      text(line.note(), field + ".note", 500);
    }
    declarations = declarations == null ? Declarations.NONE : declarations;
  }

  private static void checkPlanShape(ImplementationPlan plan) {
    for (int i = 0; i < plan.tasks().size(); i++) {
      Task task = plan.tasks().get(i);
      String field = "plan.tasks[" + i + "]";
      if (task == null || text(task.code(), field + ".code", 20) == null) {
        throw new IllegalArgumentException(field + ".code: is required");
      }
      if (text(task.name(), field + ".name", 200) == null) {
        throw new IllegalArgumentException(field + ".name: is required");
      }
      BigDecimal weight = task.weightPercent();
      if (weight == null || weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException(
            field + ".weightPercent: must be above 0 and at most 100");
      }
    }
    for (int i = 0; i < plan.milestones().size(); i++) {
      Milestone milestone = plan.milestones().get(i);
      String field = "plan.milestones[" + i + "]";
      if (milestone == null || text(milestone.name(), field + ".name", 200) == null) {
        throw new IllegalArgumentException(field + ".name: is required");
      }
      if (milestone.dueDate() == null) {
        throw new IllegalArgumentException(field + ".dueDate: is required");
      }
    }
    for (int i = 0; i < plan.quarterlyTargets().size(); i++) {
      QuarterlyTarget target = plan.quarterlyTargets().get(i);
      String field = "plan.quarterlyTargets[" + i + "]";
      if (target == null
          || target.quarter() == null
          || !QUARTER.matcher(target.quarter()).matches()) {
        throw new IllegalArgumentException(field + ".quarter: must read like 2027-Q2");
      }
      BigDecimal percent = target.plannedCumulativePercent();
      if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException(
            field + ".plannedCumulativePercent: must be between 0 and 100");
      }
    }
    for (int i = 0; i < plan.performanceTargets().size(); i++) {
      PerformanceTarget target = plan.performanceTargets().get(i);
      String field = "plan.performanceTargets[" + i + "]";
      if (target == null || text(target.indicator(), field + ".indicator", 200) == null) {
        throw new IllegalArgumentException(field + ".indicator: is required");
      }
      if (target.target() == null || target.target().signum() <= 0) {
        throw new IllegalArgumentException(field + ".target: must be greater than zero");
      }
      if (text(target.unit(), field + ".unit", 20) == null) {
        throw new IllegalArgumentException(field + ".unit: is required");
      }
    }
  }

  /**
   * What stops this content from being submitted for {@code track}, each naming its field: missing
   * parts, a request above the track's amount, a period outside the track's years, task weights not
   * adding up to 100, quarterly targets that do not rise to 100 by the end, milestones outside the
   * period or of unknown tasks, a budget that does not add up to the request, declarations not
   * made.
   */
  public List<FieldViolation> incompleteness(TrackInForce track) {
    List<FieldViolation> problems = new ArrayList<>();
    if (summary == null) {
      problems.add(new FieldViolation("summary", "is required"));
    }
    BigDecimal fixed = track.fundingRule() == null ? null : track.fundingRule().fixedAward();
    if (requestedAmount == null) {
      problems.add(new FieldViolation("requestedAmount", "is required"));
    } else if (fixed != null && requestedAmount.compareTo(fixed) != 0) {
      // 每项资助X万元: the track funds one amount; the form states it and the budget totals it
      String wan = fixed.movePointLeft(4).stripTrailingZeros().toPlainString();
      problems.add(
          new FieldViolation(
              "requestedAmount",
              new Bilingual(
                      "应为本类别每项资助的固定金额 "
                          + Bilingual.yuan(fixed)
                          + " 元（每项资助"
                          + wan
                          + "万元），而不是 "
                          + Bilingual.yuan(requestedAmount)
                          + " 元",
                      "must be the track's fixed amount of CNY "
                          + Bilingual.yuan(fixed)
                          + " (每项资助"
                          + wan
                          + "万元), not CNY "
                          + Bilingual.yuan(requestedAmount))
                  .inCallerLanguage()));
    } else if (track.maximumRequest() != null
        && requestedAmount.compareTo(track.maximumRequest()) > 0) {
      problems.add(
          new FieldViolation(
              "requestedAmount",
              new Bilingual(
                      aboveTrackAmountZh(track.maximumRequest()),
                      aboveTrackAmountEn(track.maximumRequest()))
                  .inCallerLanguage()));
    }
    if (implementationStart == null) {
      problems.add(new FieldViolation("implementationStart", "is required"));
    } else if (implementationStart.getYear() < track.implementationStartYear()) {
      problems.add(
          new FieldViolation(
              "implementationStart",
              "is before the track's implementation period ("
                  + track.implementationStartYear()
                  + "–"
                  + track.implementationEndYear()
                  + ")"));
    }
    if (implementationEnd == null) {
      problems.add(new FieldViolation("implementationEnd", "is required"));
    } else if (implementationEnd.getYear() > track.implementationEndYear()) {
      problems.add(
          new FieldViolation(
              "implementationEnd",
              "is after the track's implementation period ("
                  + track.implementationStartYear()
                  + "–"
                  + track.implementationEndYear()
                  + ")"));
    }
    planProblems(problems);
    if (budget.isEmpty()) {
      problems.add(new FieldViolation("budget", "is required"));
    } else if (requestedAmount != null) {
      BigDecimal total =
          budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.compareTo(requestedAmount) != 0) {
        problems.add(
            new FieldViolation(
                "budget",
                "adds up to CNY "
                    + total.toPlainString()
                    + ", not the requested CNY "
                    + requestedAmount.toPlainString()));
      }
    }
    for (String missing : declarations.missing()) {
      problems.add(new FieldViolation("declarations." + missing, "must be declared"));
    }
    return problems;
  }

  /** A request above what the track grants (单个项目最高资助), in Chinese. */
  public static String aboveTrackAmountZh(BigDecimal maximum) {
    return "超过本类别的资助额度 " + Bilingual.yuan(maximum) + " 元";
  }

  /** The same refusal in English. */
  public static String aboveTrackAmountEn(BigDecimal maximum) {
    return "is above the track's amount of CNY " + Bilingual.yuan(maximum);
  }

  private void planProblems(List<FieldViolation> problems) {
    if (plan.tasks().isEmpty()) {
      problems.add(new FieldViolation("plan.tasks", "at least one task is required"));
    } else {
      BigDecimal weights =
          plan.tasks().stream().map(Task::weightPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (weights.compareTo(HUNDRED) != 0) {
        problems.add(
            new FieldViolation(
                "plan.tasks", "weights add up to " + weights.toPlainString() + ", not 100"));
      }
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < plan.tasks().size(); i++) {
        if (!codes.add(plan.tasks().get(i).code())) {
          problems.add(new FieldViolation("plan.tasks[" + i + "].code", "is used twice"));
        }
      }
      for (int i = 0; i < plan.milestones().size(); i++) {
        Milestone milestone = plan.milestones().get(i);
        if (milestone.taskCode() != null && !codes.contains(milestone.taskCode())) {
          problems.add(
              new FieldViolation(
                  "plan.milestones[" + i + "].taskCode", "is not a task of the plan"));
        }
        if (implementationStart != null
            && implementationEnd != null
            && (milestone.dueDate().isBefore(implementationStart)
                || milestone.dueDate().isAfter(implementationEnd))) {
          problems.add(
              new FieldViolation(
                  "plan.milestones[" + i + "].dueDate", "is outside the implementation period"));
        }
      }
    }
    if (plan.milestones().isEmpty()) {
      problems.add(new FieldViolation("plan.milestones", "at least one milestone is required"));
    }
    quarterProblems(problems);
    if (plan.performanceTargets().isEmpty()) {
      problems.add(
          new FieldViolation("plan.performanceTargets", "at least one target is required"));
    }
  }

  private void quarterProblems(List<FieldViolation> problems) {
    List<QuarterlyTarget> targets = plan.quarterlyTargets();
    if (targets.isEmpty()) {
      problems.add(
          new FieldViolation(
              "plan.quarterlyTargets", "the planned completion per quarter is required"));
      return;
    }
    int previousQuarter = Integer.MIN_VALUE;
    BigDecimal previousPercent = BigDecimal.ZERO;
    for (int i = 0; i < targets.size(); i++) {
      QuarterlyTarget target = targets.get(i);
      String field = "plan.quarterlyTargets[" + i + "]";
      int quarter = quarterIndex(target.quarter());
      if (quarter <= previousQuarter) {
        problems.add(
            new FieldViolation(field + ".quarter", "quarters must be in order, once each"));
      }
      if (implementationStart != null && quarter < quarterIndex(implementationStart)
          || implementationEnd != null && quarter > quarterIndex(implementationEnd)) {
        problems.add(
            new FieldViolation(field + ".quarter", "is outside the implementation period"));
      }
      if (target.plannedCumulativePercent().compareTo(previousPercent) < 0) {
        problems.add(
            new FieldViolation(
                field + ".plannedCumulativePercent",
                "is cumulative and must not fall below the quarter before"));
      }
      previousQuarter = quarter;
      previousPercent = target.plannedCumulativePercent();
    }
    QuarterlyTarget last = targets.get(targets.size() - 1);
    if (last.plannedCumulativePercent().compareTo(HUNDRED) != 0) {
      problems.add(
          new FieldViolation(
              "plan.quarterlyTargets[" + (targets.size() - 1) + "].plannedCumulativePercent",
              "the last quarter must reach 100"));
    }
    if (implementationEnd != null
        && quarterIndex(last.quarter()) != quarterIndex(implementationEnd)) {
      problems.add(
          new FieldViolation(
              "plan.quarterlyTargets", "must run to the quarter the implementation ends in"));
    }
  }

  private static int quarterIndex(String quarter) {
    var m = QUARTER.matcher(quarter);
    if (!m.matches()) {
      throw new IllegalStateException("unchecked quarter " + quarter);
    }
    return Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1;
  }

  private static int quarterIndex(LocalDate date) {
    return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
  }

  private static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new IllegalArgumentException(field + ": is longer than " + maxLength + " characters");
    }
    return stripped;
  }
}
