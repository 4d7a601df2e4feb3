package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's bars on organisations after a failed acceptance (guide 2.1: a second failure and the
 * unit "may be barred from later provincial IP applications"). A bar is the bureau's decision,
 * recorded against the application that failed; a barred organisation submits nothing until the bar
 * ends or is lifted.
 */
@Service
public class OrganisationBars {

  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final ApplicationRepository applications;
  private final AuditTrail audit;
  private final Clock clock;

  public OrganisationBars(
      JdbcClient jdbc, ApplicationRepository applications, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.applications = applications;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Bars the lead unit of an application whose acceptance failed.
   *
   * @param applicationId the application that failed acceptance
   * @param reason the bureau's reason
   * @param until the last day of the bar, or null for a bar until lifted
   */
  @Transactional
  public Bar bar(UUID applicationId, String reason, LocalDate until, CurrentUser officer) {
    Application application =
        applications
            .findById(applicationId)
            .orElseThrow(() -> new NotFoundException(ApplicationAccess.OBJECT_TYPE, applicationId));
    if (application.status() != ApplicationStatus.FAILED_ACCEPTANCE) {
      throw new ConflictException(
          "NOT_FAILED_ACCEPTANCE",
          "only an application that failed acceptance bars its lead unit; this one is "
              + application.status());
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "is required");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (until != null && until.isBefore(now.atZoneSameInstant(BUSINESS_ZONE).toLocalDate())) {
      throw new InvalidFieldException("until", "is in the past");
    }
    Bar bar =
        new Bar(
            UUID.randomUUID(),
            application.leadOrganisationId(),
            applicationId,
            reason.strip(),
            until,
            officer.subject(),
            now,
            null);
    jdbc.sql(
            """
            insert into organisation_bar (id, organisation_id, application_id, reason, barred_until,
                                          barred_by, barred_at)
            values (:id, :organisation, :application, :reason, :until, :by, :at)
            """)
        .param("id", bar.id())
        .param("organisation", bar.organisationId())
        .param("application", applicationId)
        .param("reason", bar.reason())
        .param("until", until)
        .param("by", bar.barredBy())
        .param("at", now)
        .update();
    audit.recordChange(
        "organisation.bar", "organisation", bar.organisationId(), bar.organisationId());
    return bar;
  }

  /**
   * Bars the lead unit of an application whose acceptance failed a second time, as review-service
   * announced it. The bar lasts until the bureau lifts it; one announcement bars once.
   */
  @Transactional
  public void barAfterFinalFailure(AcceptanceConcludedV1 concluded) {
    if (!"FAILED_FINALLY".equals(concluded.outcome())) {
      return;
    }
    Application application = applications.findById(concluded.applicationId()).orElse(null);
    if (application == null) {
      return;
    }
    boolean barred =
        bars(application.leadOrganisationId()).stream()
            .anyMatch(b -> b.applicationId().equals(application.id()));
    if (barred) {
      return;
    }
    jdbc.sql(
            """
            insert into organisation_bar (id, organisation_id, application_id, reason, barred_until,
                                          barred_by, barred_at)
            values (:id, :organisation, :application, :reason, null, 'review-service', :at)
            """)
        .param("id", UUID.randomUUID())
        .param("organisation", application.leadOrganisationId())
        .param("application", application.id())
        .param("reason", "项目第二次验收未通过（" + concluded.reference() + "）：" + concluded.reason())
        .param("at", concluded.concludedAt())
        .update();
  }

  /** Lifts a bar. */
  @Transactional
  public Bar lift(UUID organisationId, UUID barId) {
    int lifted =
        jdbc.sql(
                """
                update organisation_bar set lifted_at = :at
                where id = :id and organisation_id = :organisation and lifted_at is null
                """)
            .param("id", barId)
            .param("organisation", organisationId)
            .param("at", OffsetDateTime.now(clock))
            .update();
    if (lifted == 0) {
      throw new NotFoundException("bar", barId);
    }
    audit.recordChange("organisation.bar.lift", "organisation", organisationId, organisationId);
    return bars(organisationId).stream()
        .filter(b -> b.id().equals(barId))
        .findFirst()
        .orElseThrow();
  }

  /** The bar in force on an organisation at {@code now}, if any. */
  public Optional<Bar> inForce(UUID organisationId, OffsetDateTime now) {
    LocalDate today = now.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
    return bars(organisationId).stream()
        .filter(b -> b.liftedAt() == null && (b.until() == null || !b.until().isBefore(today)))
        .findFirst();
  }

  /** Every bar of an organisation, newest first. */
  public List<Bar> bars(UUID organisationId) {
    return jdbc.sql(
            """
            select id, organisation_id, application_id, reason, barred_until, barred_by, barred_at,
                   lifted_at
            from organisation_bar where organisation_id = :organisation order by barred_at desc
            """)
        .param("organisation", organisationId)
        .query(
            (rs, i) ->
                new Bar(
                    rs.getObject("id", UUID.class),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getObject("application_id", UUID.class),
                    rs.getString("reason"),
                    rs.getObject("barred_until", LocalDate.class),
                    rs.getString("barred_by"),
                    rs.getObject("barred_at", OffsetDateTime.class),
                    rs.getObject("lifted_at", OffsetDateTime.class)))
        .list();
  }

  /**
   * A bar.
   *
   * @param id its id
   * @param organisationId the barred organisation
   * @param applicationId the application that failed acceptance
   * @param reason the bureau's reason
   * @param until its last day (Beijing time), or null until lifted
   * @param barredBy the officer who recorded it
   * @param barredAt when
   * @param liftedAt when it was lifted, if it was
   */
  public record Bar(
      UUID id,
      UUID organisationId,
      UUID applicationId,
      String reason,
      LocalDate until,
      String barredBy,
      OffsetDateTime barredAt,
      OffsetDateTime liftedAt) {}
}
