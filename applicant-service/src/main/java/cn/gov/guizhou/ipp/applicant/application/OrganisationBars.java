package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.applicant.organisation.OrganisationRepository;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationBarredV1;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's bars on organisations after a failed acceptance (guide 2.1:
 * "再次验收不通过的……视情节限制其后续省级知识产权项目申报资格"). A second failed acceptance bars nothing by itself: it waits
 * for the bureau's decision, to bar the lead unit (with a reason and, for 2.1, an end date; {@link
 * BarRule}) or not to (with a reason). A bar is recorded against the application that failed; a
 * barred organisation submits nothing until the bar ends or is lifted.
 */
@Service
public class OrganisationBars {

  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final ApplicationRepository applications;
  private final OrganisationRepository organisations;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final BarRule rule;

  public OrganisationBars(
      JdbcClient jdbc,
      ApplicationRepository applications,
      OrganisationRepository organisations,
      OutboxEventPublisher events,
      AuditTrail audit,
      Clock clock,
      @Value("${ipp.applicant.bar-end-date-required-tracks:DATA-IP-LEADER}")
          Set<String> endDateRequiredTracks) {
    this.jdbc = jdbc;
    this.applications = applications;
    this.organisations = organisations;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
    this.rule = new BarRule(endDateRequiredTracks);
  }

  /**
   * Bars the lead unit of an application whose acceptance failed finally: the bureau's decision,
   * with a reason and, where the guide limits later applications (2.1), its last day. Decides the
   * pending failure, tells the unit in its application's story, announces {@code
   * organisation.barred.v1} and is audited, in one transaction.
   *
   * @param applicationId the application that failed acceptance
   * @param reason the bureau's reason
   * @param until the last day of the bar, or null for a bar until lifted (not for 2.1)
   */
  @Transactional
  public Bar bar(UUID applicationId, String reason, LocalDate until, CurrentUser officer) {
    Application application = failed(applicationId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<FieldViolation> violations =
        rule.violations(
            application.trackCode(),
            reason,
            until,
            now.atZoneSameInstant(BUSINESS_ZONE).toLocalDate());
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
    decidedAlready(applicationId, application.leadOrganisationId());
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
    decide(application, "BARRED", bar.reason(), officer, now);
    applications.addHistory(
        applicationId,
        new HistoryEntry(
            ApplicationStatus.FAILED_ACCEPTANCE,
            null,
            "省知识产权局决定限制本单位后续省级知识产权项目申报资格"
                + (until == null ? "（至解除之日）" : "至 " + until)
                + "："
                + bar.reason(),
            "applicant-service",
            now));
    String creditCode =
        organisations.findById(bar.organisationId()).map(o -> o.creditCode().value()).orElseThrow();
    events.publish(
        new OrganisationBarredV1(
            bar.id(),
            bar.organisationId(),
            creditCode,
            applicationId,
            application.reference(),
            application.trackCode(),
            bar.reason(),
            until,
            bar.barredBy(),
            now));
    audit.recordChange(
        "organisation.bar", "organisation", bar.organisationId(), bar.organisationId());
    return bar;
  }

  /**
   * The bureau decides not to bar the lead unit of an application whose acceptance failed finally,
   * with its reason; audited.
   */
  @Transactional
  public BarDecision notBar(UUID applicationId, String reason, CurrentUser officer) {
    Application application = failed(applicationId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "is required: the decision not to bar is reasoned");
    }
    Boolean pending =
        jdbc.sql(
                "select exists (select 1 from acceptance_failure where application_id = :id"
                    + " and decision is null)")
            .param("id", applicationId)
            .query(Boolean.class)
            .single();
    if (!pending) {
      throw new ConflictException(
          "NO_PENDING_BAR_DECISION",
          "no second failed acceptance of this application awaits the bureau's decision");
    }
    decidedAlready(applicationId, application.leadOrganisationId());
    decide(application, "NOT_BARRED", reason.strip(), officer, OffsetDateTime.now(clock));
    audit.recordChange(
        "organisation.bar.not-barred",
        "application",
        applicationId,
        application.leadOrganisationId());
    return decisions().stream()
        .filter(d -> d.applicationId().equals(applicationId))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Keeps a project's second failed acceptance, as review-service announced it, for the bureau to
   * decide whether to bar its lead unit: nothing is barred automatically; one announcement is kept
   * once.
   */
  @Transactional
  public void recordFinalFailure(AcceptanceConcludedV1 concluded) {
    if (!"FAILED_FINALLY".equals(concluded.outcome())) {
      return;
    }
    Application application = applications.findById(concluded.applicationId()).orElse(null);
    if (application == null) {
      return;
    }
    jdbc.sql(
            """
            insert into acceptance_failure (application_id, organisation_id, reference, track_code,
                                            attempt, acceptance_reason, failed_at)
            values (:application, :organisation, :reference, :track, :attempt, :reason, :at)
            on conflict (application_id) do nothing
            """)
        .param("application", application.id())
        .param("organisation", application.leadOrganisationId())
        .param("reference", application.reference())
        .param("track", application.trackCode())
        .param("attempt", concluded.attempt())
        .param("reason", concluded.reason())
        .param("at", concluded.concludedAt())
        .update();
  }

  /** The second failed acceptances and the bureau's decisions on them, the pending ones first. */
  public List<BarDecision> decisions() {
    return jdbc.sql(
            """
            select f.application_id, f.reference, f.track_code, f.organisation_id, f.attempt,
                   f.acceptance_reason, f.failed_at, f.decision, f.decision_reason, f.decided_by,
                   f.decided_at,
                   (select b.id from organisation_bar b where b.application_id = f.application_id
                    order by b.barred_at desc limit 1) as bar_id
            from acceptance_failure f
            order by f.decision is not null, f.failed_at, f.reference
            """)
        .query(
            (rs, i) ->
                new BarDecision(
                    rs.getObject("application_id", UUID.class),
                    rs.getString("reference"),
                    rs.getString("track_code"),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getInt("attempt"),
                    rs.getString("acceptance_reason"),
                    rs.getObject("failed_at", OffsetDateTime.class),
                    rule.endDateRequired(rs.getString("track_code")),
                    rs.getString("decision") == null ? "PENDING" : rs.getString("decision"),
                    rs.getString("decision_reason"),
                    rs.getString("decided_by"),
                    rs.getObject("decided_at", OffsetDateTime.class),
                    rs.getObject("bar_id", UUID.class)))
        .list();
  }

  private Application failed(UUID applicationId) {
    Application application =
        applications
            .lock(applicationId)
            .orElseThrow(() -> new NotFoundException(ApplicationAccess.OBJECT_TYPE, applicationId));
    Boolean failedFinally =
        jdbc.sql("select exists (select 1 from acceptance_failure where application_id = :id)")
            .param("id", applicationId)
            .query(Boolean.class)
            .single();
    if (application.status() != ApplicationStatus.FAILED_ACCEPTANCE && !failedFinally) {
      throw new ConflictException(
          "NOT_FAILED_ACCEPTANCE",
          "only an application that failed acceptance bars its lead unit; this one is "
              + application.status());
    }
    return application;
  }

  private void decidedAlready(UUID applicationId, UUID organisationId) {
    boolean barred =
        bars(organisationId).stream()
            .anyMatch(b -> b.applicationId().equals(applicationId) && b.liftedAt() == null);
    if (barred) {
      throw new ConflictException(
          "ALREADY_BARRED", "the lead unit is barred already for this application");
    }
  }

  private void decide(
      Application application,
      String decision,
      String reason,
      CurrentUser officer,
      OffsetDateTime at) {
    jdbc.sql(
            """
            insert into acceptance_failure (application_id, organisation_id, reference, track_code,
                                            attempt, failed_at)
            values (:application, :organisation, :reference, :track, 2, :at)
            on conflict (application_id) do nothing
            """)
        .param("application", application.id())
        .param("organisation", application.leadOrganisationId())
        .param("reference", application.reference())
        .param("track", application.trackCode())
        .param("at", at)
        .update();
    jdbc.sql(
            """
            update acceptance_failure
            set decision = :decision, decision_reason = :reason, decided_by = :by, decided_at = :at
            where application_id = :application
            """)
        .param("application", application.id())
        .param("decision", decision)
        .param("reason", reason)
        .param("by", officer.subject())
        .param("at", at)
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

  /**
   * A second failed acceptance and the bureau's decision on barring its lead unit.
   *
   * @param applicationId the application that failed
   * @param reference its reference
   * @param trackCode its track
   * @param organisationId its lead unit
   * @param attempt the failed attempt (2)
   * @param acceptanceReason the acceptance's conclusion
   * @param failedAt when it failed
   * @param endDateRequired whether a bar must name its last day (2.1)
   * @param decision PENDING, BARRED or NOT_BARRED
   * @param decisionReason the bureau's reason
   * @param decidedBy the officer
   * @param decidedAt when
   * @param barId the bar, when barred
   */
  public record BarDecision(
      UUID applicationId,
      String reference,
      String trackCode,
      UUID organisationId,
      int attempt,
      String acceptanceReason,
      OffsetDateTime failedAt,
      boolean endDateRequired,
      String decision,
      String decisionReason,
      String decidedBy,
      OffsetDateTime decidedAt,
      UUID barId) {}
}
