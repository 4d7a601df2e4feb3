package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.kit.events.PoisonMessageException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Adds the steps other services report to an application's story. Every report is kept with its
 * date; the application's status is the latest step by when it happened, so reports that arrive out
 * of order still leave the right status. A withdrawn application stays withdrawn.
 */
@Service
public class StatusReports {

  private static final Logger log = LoggerFactory.getLogger(StatusReports.class);

  private final ApplicationRepository applications;
  private final Clock clock;

  public StatusReports(ApplicationRepository applications, Clock clock) {
    this.applications = applications;
    this.clock = clock;
  }

  /** Applies a report; runs inside the inbox's transaction. */
  public void apply(ApplicationStatusReportedV1 report) {
    ApplicationStatus status;
    try {
      status = ApplicationStatus.valueOf(String.valueOf(report.status()));
    } catch (IllegalArgumentException e) {
      throw new PoisonMessageException("unknown application status " + report.status());
    }
    if (!ApplicationStatus.REPORTED.contains(status) || report.occurredAt() == null) {
      throw new PoisonMessageException(
          "status " + report.status() + " is not one other services report, or has no date");
    }
    Application application = applications.lock(report.applicationId()).orElse(null);
    if (application == null) {
      log.warn(
          "Status {} reported by {} for unknown application {}; ignored",
          status,
          report.reportedBy(),
          report.applicationId());
      return;
    }
    applications.addHistory(
        application.id(),
        new HistoryEntry(
            status,
            status.carriesAmount() ? report.amount() : null,
            report.reason(),
            String.valueOf(report.reportedBy()),
            report.occurredAt()));
    if (application.isDraft() || application.status() == ApplicationStatus.WITHDRAWN) {
      log.warn(
          "Status {} reported for application {} which is {}; kept in its history only",
          status,
          application.id(),
          application.status());
      return;
    }
    ApplicationStatus latest = applications.latestStatus(application.id()).orElse(status);
    applications.setStatus(application.id(), latest, OffsetDateTime.now(clock));
  }
}
