package cn.gov.guizhou.ipp.funding.grants;

import cn.gov.guizhou.ipp.contracts.monitoring.RiskAlertChangedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds on grants. A RED risk alert from monitoring puts the project's grant on hold; an officer
 * may also place one. Only an officer lifts a hold, with a reason: a later YELLOW or GREEN alert
 * does not lift it by itself.
 */
@Service
public class GrantHolds {

  private static final Logger log = LoggerFactory.getLogger(GrantHolds.class);

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  public GrantHolds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A RED alert holds the grant (if it is not held already). */
  public void onRiskAlert(RiskAlertChangedV1 alert) {
    if (!"RED".equals(alert.level())) {
      return;
    }
    if (lock(alert.applicationId()) == null) {
      log.warn("RED alert for {}, which has no grant; nothing to hold", alert.reference());
      return;
    }
    String reason =
        "RED risk alert: " + (alert.reasons().isEmpty() ? "" : String.join("; ", alert.reasons()));
    hold(alert.applicationId(), "RISK_ALERT", reason, null, alert.changedAt());
  }

  /**
   * An officer holds a grant.
   *
   * @throws ConflictException ALREADY_ON_HOLD
   */
  @Transactional
  public void place(UUID grantId, String reason, CurrentUser officer) {
    Boolean onHold = lock(grantId);
    if (onHold == null) {
      throw new NotFoundException("grant", grantId);
    }
    if (onHold) {
      throw new ConflictException("ALREADY_ON_HOLD", "the grant is already on hold");
    }
    hold(grantId, "OFFICER", reason, officer.subject(), OffsetDateTime.now(clock));
    audit.recordChange("HOLD", "grant", grantId);
  }

  /**
   * An officer lifts a grant's hold, with a reason.
   *
   * @throws ConflictException NOT_ON_HOLD
   */
  @Transactional
  public void lift(UUID grantId, String reason, CurrentUser officer) {
    Boolean onHold = lock(grantId);
    if (onHold == null) {
      throw new NotFoundException("grant", grantId);
    }
    if (!onHold) {
      throw new ConflictException("NOT_ON_HOLD", "the grant is not on hold");
    }
    jdbc.sql(
            """
            insert into grant_hold (application_id, action, source, reason, by_subject, at)
            values (:id, 'LIFT', 'OFFICER', :reason, :by, :at)
            """)
        .param("id", grantId)
        .param("reason", reason)
        .param("by", officer.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    jdbc.sql("update grant_award set on_hold = false where application_id = :id")
        .param("id", grantId)
        .update();
    audit.recordChange("LIFT_HOLD", "grant", grantId);
  }

  /** The grant's holds and lifts, oldest first. */
  @Transactional(readOnly = true)
  public List<HoldEntry> history(UUID grantId) {
    return jdbc.sql(
            """
            select action, source, reason, by_subject, at from grant_hold
            where application_id = :id order by id
            """)
        .param("id", grantId)
        .query(
            (rs, i) ->
                new HoldEntry(
                    rs.getString("action"),
                    rs.getString("source"),
                    rs.getString("reason"),
                    rs.getString("by_subject"),
                    rs.getObject("at", OffsetDateTime.class)))
        .list();
  }

  /**
   * One hold or lift.
   *
   * @param action HOLD or LIFT
   * @param source RISK_ALERT or OFFICER
   * @param reason why
   * @param by the officer, if one acted
   * @param at when
   */
  public record HoldEntry(
      String action, String source, String reason, String by, OffsetDateTime at) {}

  /** Locks the grant; its hold flag, or null for no grant. */
  private Boolean lock(UUID grantId) {
    return jdbc.sql("select on_hold from grant_award where application_id = :id for update")
        .param("id", grantId)
        .query(Boolean.class)
        .optional()
        .orElse(null);
  }

  private void hold(UUID grantId, String source, String reason, String by, OffsetDateTime at) {
    Boolean onHold = lock(grantId);
    if (Boolean.TRUE.equals(onHold)) {
      return;
    }
    jdbc.sql(
            """
            insert into grant_hold (application_id, action, source, reason, by_subject, at)
            values (:id, 'HOLD', :source, :reason, :by, :at)
            """)
        .param("id", grantId)
        .param("source", source)
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .update();
    jdbc.sql("update grant_award set on_hold = true where application_id = :id")
        .param("id", grantId)
        .update();
    log.info("Grant {} on hold ({}): {}", grantId, source, reason);
  }
}
