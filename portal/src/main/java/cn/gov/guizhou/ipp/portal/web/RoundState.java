package cn.gov.guizhou.ipp.portal.web;

import java.util.Map;

/**
 * Where a project's quarterly tracking round stands, read from the API's round report as it is: not
 * open (the API has no report of that quarter for the project), open and waiting for the unit's
 * report, overdue (the API flags it late and nothing is reported), reported (on time or late, as
 * the API flags it), or verified by the contracted firm. The page shows it as text; the portal
 * decides nothing the API decides.
 */
public enum RoundState {
  NOT_OPEN,
  AWAITING_REPORT,
  OVERDUE,
  REPORTED,
  REPORTED_LATE,
  VERIFIED;

  /** The state of a round report as the API answers it; {@code null} when it has none. */
  public static RoundState of(Map<String, Object> report) {
    if (report == null) {
      return NOT_OPEN;
    }
    boolean late = Boolean.TRUE.equals(report.get("late"));
    if (report.get("verifiedAt") != null) {
      return VERIFIED;
    }
    if (report.get("unitReportedAt") != null) {
      return late ? REPORTED_LATE : REPORTED;
    }
    return late ? OVERDUE : AWAITING_REPORT;
  }

  /** Whether the unit may still send (or correct) its report. */
  public boolean reportable() {
    return this != NOT_OPEN && this != VERIFIED;
  }
}
