package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the bureau must state when it bars a unit after a second failed acceptance. A bar is always
 * the bureau's decision, with a reason. Where the guide says the unit's later applications are
 * "limited according to the circumstances" (2.1 数据知识产权领军企业: "视情节限制其后续省级知识产权项目申报资格"), the limitation
 * is one with an end: the bar must name its last day. For the other tracks the guide says nothing
 * of a bar; the bureau may bar with or without an end date.
 *
 * @param endDateRequiredTracks the tracks whose bars must name their last day
 */
public record BarRule(Set<String> endDateRequiredTracks) {

  /** The 2027 guide: only DATA-IP-LEADER speaks of limiting later applications. */
  public static final BarRule GUIDE_2027 = new BarRule(Set.of("DATA-IP-LEADER"));

  public BarRule {
    endDateRequiredTracks =
        Set.copyOf(endDateRequiredTracks == null ? Set.of() : endDateRequiredTracks);
  }

  /** Whether a bar of the track must name its last day. */
  public boolean endDateRequired(String trackCode) {
    return trackCode != null && endDateRequiredTracks.contains(trackCode);
  }

  /**
   * What is wrong with a bar, field by field (empty when nothing is).
   *
   * @param trackCode the failed application's track
   * @param reason the bureau's reason
   * @param until the bar's last day, or null
   * @param today today in Beijing
   */
  public List<FieldViolation> violations(
      String trackCode, String reason, LocalDate until, LocalDate today) {
    List<FieldViolation> violations = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      violations.add(new FieldViolation("reason", "is required: a bar is the bureau's decision"));
    }
    if (until == null && endDateRequired(trackCode)) {
      violations.add(
          new FieldViolation(
              "until",
              "is required for "
                  + trackCode
                  + ": the guide limits later applications according to the circumstances"
                  + " (视情节限制), so the bar names its last day"));
    }
    if (until != null && until.isBefore(today)) {
      violations.add(new FieldViolation("until", "is in the past"));
    }
    return violations;
  }
}
