package cn.gov.guizhou.ipp.monitoring.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The red/yellow/green rules (红黄绿), versioned: every colour comes with the reasons that produced
 * it.
 *
 * <ul>
 *   <li>RED: a lag over the serious threshold (30 points by default), an overdue rectification, a
 *       confirmed misappropriation, or a credit record found;
 *   <li>YELLOW: a lag at or above the warning threshold (10 points), an open warning notice, or an
 *       unresolved fund-use flag;
 *   <li>GREEN: nothing open.
 * </ul>
 *
 * @param version the rules' version, recorded with every colour
 * @param lag the lag thresholds
 */
public record RiskRules(String version, LagThreshold lag) {

  /** The rules in force. */
  public static RiskRules current(LagThreshold lag) {
    return new RiskRules("RYG-2027.1", lag);
  }

  /**
   * What is known of a project.
   *
   * @param latestLag the lag at its latest review, null before the first
   * @param latestQuarter the quarter of that review
   * @param openWarnings warning notices not closed (open, plan filed or accepted)
   * @param overdueRectifications warning notices whose rectification is overdue
   * @param unresolvedFundFlags fund-use flags neither confirmed nor dismissed
   * @param confirmedMisappropriations flags confirmed as misappropriation
   * @param creditRecordFound a credit check of the unit found records
   */
  public record Facts(
      BigDecimal latestLag,
      String latestQuarter,
      int openWarnings,
      int overdueRectifications,
      int unresolvedFundFlags,
      int confirmedMisappropriations,
      boolean creditRecordFound) {}

  /**
   * A colour and why.
   *
   * @param colour GREEN, YELLOW or RED
   * @param reasons one line each, in the bureau's language; empty for GREEN
   * @param rules the rules' version
   */
  public record Assessment(String colour, List<String> reasons, String rules) {}

  /** The colour of a project with these facts. */
  public Assessment assess(Facts facts) {
    List<String> red = new ArrayList<>();
    List<String> yellow = new ArrayList<>();
    BigDecimal latest = facts.latestLag();
    if (latest != null && lag.serious(latest)) {
      red.add(
          facts.latestQuarter()
              + " 滞后计划 "
              + latest.toPlainString()
              + " 个百分点，超过 "
              + lag.seriousPoints().toPlainString()
              + " 个百分点");
    } else if (latest != null && lag.warningDue(latest)) {
      yellow.add(
          facts.latestQuarter()
              + " 滞后计划 "
              + latest.toPlainString()
              + " 个百分点（"
              + lag.warningPoints().toPlainString()
              + " 个百分点以上）");
    }
    if (facts.overdueRectifications() > 0) {
      red.add(facts.overdueRectifications() + " 份预警告知书整改逾期");
    }
    if (facts.confirmedMisappropriations() > 0) {
      red.add(facts.confirmedMisappropriations() + " 项资金使用问题经核实为挪用");
    }
    if (facts.creditRecordFound()) {
      red.add("承担单位信用核查发现不良记录");
    }
    int openWarnings = facts.openWarnings() - facts.overdueRectifications();
    if (openWarnings > 0) {
      yellow.add(openWarnings + " 份预警告知书尚未关闭");
    }
    if (facts.unresolvedFundFlags() > 0) {
      yellow.add(facts.unresolvedFundFlags() + " 项资金使用疑点尚未核实");
    }
    if (!red.isEmpty()) {
      List<String> reasons = new ArrayList<>(red);
      reasons.addAll(yellow);
      return new Assessment("RED", List.copyOf(reasons), version);
    }
    if (!yellow.isEmpty()) {
      return new Assessment("YELLOW", List.copyOf(yellow), version);
    }
    return new Assessment("GREEN", List.of(), version);
  }
}
