package cn.gov.guizhou.ipp.review.applications;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an application on in review and reports the step to applicant-service (and the dashboards),
 * in the transaction of the change.
 */
@Component
public class ReviewProgress {

  /** The name review-service reports under. */
  public static final String REPORTER = "review-service";

  private final ApplicationRegister register;
  private final OutboxEventPublisher events;
  private final Clock clock;

  public ReviewProgress(ApplicationRegister register, OutboxEventPublisher events, Clock clock) {
    this.register = register;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records the step and reports it.
   *
   * @param status the status reached (see {@link ApplicationStatusReportedV1#status()})
   * @param amount the amount for APPROVED, else null
   * @param reason why, where the step has a reason
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void report(UUID applicationId, String status, BigDecimal amount, String reason) {
    register.setStatus(applicationId, status);
    announce(applicationId, status, amount, reason);
  }

  /**
   * Reports a step that does not change where the application is in review (e.g. the project
   * continues in implementation after a first failed acceptance).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void announce(UUID applicationId, String status, BigDecimal amount, String reason) {
    events.publish(
        new ApplicationStatusReportedV1(
            applicationId, status, amount, reason, REPORTER, OffsetDateTime.now(clock)));
  }
}
