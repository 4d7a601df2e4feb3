package cn.gov.guizhou.ipp.funding.recoveries;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.contracts.funding.RecoveryOrderedV1;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.funding.expenditure.Expenditures;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.payments.Payments;
import cn.gov.guizhou.ipp.funding.rules.AcceptanceConsequenceRule;
import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.funding.rules.AccountKind;
import cn.gov.guizhou.ipp.funding.rules.Clawback;
import cn.gov.guizhou.ipp.funding.rules.LedgerTransaction;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clawback: when an acceptance fails finally, the grant stops (its unpaid commitment goes back to
 * the track's budget) and a pending consequence lists what was disbursed and not used; the bureau
 * decides, and an officer's order raises a recovery order for what was paid less the eligible
 * spending. The order is tracked until repaid, in cash or by offsets against other payments to the
 * same organisation.
 */
@Service
public class Recoveries {

  private static final Logger log = LoggerFactory.getLogger(Recoveries.class);
  private static final String OBJECT_TYPE = "recovery-order";
  private static final String CONSEQUENCE = "acceptance-consequence";

  private final JdbcClient jdbc;
  private final LedgerRepository ledger;
  private final Expenditures expenditures;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final AcceptanceConsequenceRule consequenceRule;

  public Recoveries(
      JdbcClient jdbc,
      LedgerRepository ledger,
      Expenditures expenditures,
      OutboxEventPublisher events,
      AuditTrail audit,
      Clock clock,
      @Value("${ipp.funding.recovery-required-tracks:DATA-IP-LEADER}")
          Set<String> recoveryRequiredTracks) {
    this.consequenceRule = new AcceptanceConsequenceRule(recoveryRequiredTracks);
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.expenditures = expenditures;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A final acceptance failure ends the grant — its unpaid commitment returns to the track and its
   * unpaid tranches lapse — and raises a pending consequence for the bureau, listing what was
   * disbursed and not used. Nothing is ordered back until an officer decides; one announcement
   * raises one consequence.
   */
  public void onAcceptance(AcceptanceConcludedV1 acceptance) {
    if (!"FAILED_FINALLY".equals(acceptance.outcome())) {
      return;
    }
    UUID grantId = acceptance.applicationId();
    Optional<String> status =
        jdbc.sql("select status from grant_award where application_id = :id for update")
            .param("id", grantId)
            .query(String.class)
            .optional();
    if (status.isEmpty() || !"ACTIVE".equals(status.get())) {
      log.warn(
          "Final acceptance failure of {} for no active grant ({}); nothing to decide",
          acceptance.reference(),
          status.orElse("unknown"));
      return;
    }
    String grant = grantId.toString();
    OffsetDateTime at = acceptance.concludedAt();
    BigDecimal unpaid = ledger.balance(Account.ofGrant(AccountKind.GRANT, grant));
    if (unpaid.signum() > 0) {
      ledger.record(
          LedgerTransaction.release(
              acceptance.callYear() + "/" + acceptance.trackCode(), grant, unpaid),
          at);
    }
    jdbc.sql(
            """
            update grant_tranche set status = 'LAPSED', changed_at = :at
            where application_id = :id and status in ('PLANNED', 'DUE')
            """)
        .param("id", grantId)
        .param("at", at)
        .update();
    jdbc.sql("update grant_award set status = 'FAILED_ACCEPTANCE' where application_id = :id")
        .param("id", grantId)
        .update();
    jdbc.sql(
            """
            insert into acceptance_consequence (application_id, reference, call_year, track_code,
                                                organisation_id, credit_code, attempt,
                                                acceptance_reason, failed_at, recovery_required,
                                                status)
            values (:id, :reference, :year, :track, :organisation, :code, :attempt, :reason, :at,
                    :required, 'PENDING')
            on conflict (application_id) do nothing
            """)
        .param("id", grantId)
        .param("reference", acceptance.reference())
        .param("year", acceptance.callYear())
        .param("track", acceptance.trackCode())
        .param("organisation", acceptance.leadOrganisationId())
        .param("code", acceptance.leadCreditCode())
        .param("attempt", acceptance.attempt())
        .param("reason", acceptance.reason())
        .param("at", at)
        .param("required", consequenceRule.recoveryRequired(acceptance.trackCode()))
        .update();
    log.info(
        "Final acceptance failure of {}: the grant ends; the recovery awaits the bureau's decision",
        acceptance.reference());
  }

  /**
   * The bureau's decision on a final acceptance failure: order back what was disbursed and not used
   * (paid − eligible spending, {@code recovery.ordered.v1}, and the unit is told in its
   * application's story), or, where the guide leaves it to the bureau, recover nothing. Locked,
   * decided once, audited.
   *
   * @throws InvalidFieldException naming {@code decision} or {@code reason}
   * @throws ConflictException ALREADY_DECIDED
   */
  @Transactional
  public AcceptanceConsequence decide(
      UUID grantId, String decision, String reason, CurrentUser officer) {
    Optional<String> found =
        jdbc.sql("select status from acceptance_consequence where application_id = :id for update")
            .param("id", grantId)
            .query(String.class)
            .optional();
    if (found.isEmpty()) {
      throw new NotFoundException(CONSEQUENCE, grantId);
    }
    AcceptanceConsequence pending = consequence(grantId).orElseThrow();
    AcceptanceConsequenceRule.Decision decided;
    try {
      decided = consequenceRule.check(pending.trackCode(), decision, reason);
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
    if (!"PENDING".equals(found.get())) {
      throw new ConflictException(
          "ALREADY_DECIDED", "the bureau decided this consequence already: " + found.get());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String why = reason.strip();
    jdbc.sql(
            """
            update acceptance_consequence
            set status = :status, decision_reason = :reason, decided_by = :by, decided_at = :at
            where application_id = :id
            """)
        .param("id", grantId)
        .param(
            "status",
            decided == AcceptanceConsequenceRule.Decision.ORDER_RECOVERY
                ? "RECOVERY_ORDERED"
                : "NO_RECOVERY")
        .param("reason", why)
        .param("by", officer.subject())
        .param("at", now)
        .update();
    if (decided == AcceptanceConsequenceRule.Decision.ORDER_RECOVERY) {
      order(pending, why, now);
    }
    audit.recordChange(
        decided == AcceptanceConsequenceRule.Decision.ORDER_RECOVERY
            ? "acceptance-consequence.order-recovery"
            : "acceptance-consequence.no-recovery",
        CONSEQUENCE,
        grantId,
        pending.organisationId());
    return consequence(grantId).orElseThrow();
  }

  private void order(AcceptanceConsequence pending, String decisionReason, OffsetDateTime at) {
    UUID grantId = pending.grantId();
    String grant = grantId.toString();
    BigDecimal paid = ledger.balance(Account.ofGrant(AccountKind.DISBURSED, grant));
    BigDecimal eligible = expenditures.eligibleSpending(grantId);
    BigDecimal amount = Clawback.recoveryAmount(paid, eligible);
    String reason =
        "第 "
            + pending.attempt()
            + " 次验收不通过，省知识产权局决定收回已拨付的未使用资金："
            + decisionReason
            + (pending.acceptanceReason() == null
                ? ""
                : "（验收结论：" + pending.acceptanceReason() + "）");
    jdbc.sql(
            """
            insert into recovery_order (application_id, organisation_id, paid, eligible_spending,
                                        amount, reason, ordered_at)
            values (:id, :organisation, :paid, :eligible, :amount, :reason, :at)
            """)
        .param("id", grantId)
        .param("organisation", pending.organisationId())
        .param("paid", paid)
        .param("eligible", eligible)
        .param("amount", amount)
        .param("reason", reason)
        .param("at", at)
        .update();
    if (amount.signum() > 0) {
      ledger.record(LedgerTransaction.recoveryOrder(grant, amount), at);
    }
    events.publish(
        new RecoveryOrderedV1(
            grantId,
            pending.reference(),
            pending.callYear(),
            pending.trackCode(),
            pending.organisationId(),
            pending.creditCode(),
            paid,
            eligible,
            amount,
            reason,
            at));
    events.publish(
        new ApplicationStatusReportedV1(
            grantId,
            "FAILED_ACCEPTANCE",
            null,
            "应退回已拨付的未使用资金 "
                + amount.toPlainString()
                + " 元（已拨付 "
                + paid.toPlainString()
                + " 元，合规支出 "
                + eligible.toPlainString()
                + " 元）："
                + decisionReason,
            "funding-service",
            at));
    log.info(
        "Recovery order for {}: paid {}, eligible spending {}, to recover {}",
        pending.reference(),
        paid,
        eligible,
        amount);
  }

  /** The consequences of final acceptance failures, the pending ones first, oldest first. */
  @Transactional(readOnly = true)
  public List<AcceptanceConsequence> consequences() {
    return jdbc
        .sql(
            "select application_id from acceptance_consequence"
                + " order by status <> 'PENDING', failed_at, reference")
        .query(UUID.class)
        .list()
        .stream()
        .map(id -> consequence(id).orElseThrow())
        .toList();
  }

  /** One consequence, with what the grant was paid and spent eligibly as it stands now. */
  @Transactional(readOnly = true)
  public AcceptanceConsequence getConsequence(UUID grantId) {
    return consequence(grantId).orElseThrow(() -> new NotFoundException(CONSEQUENCE, grantId));
  }

  private Optional<AcceptanceConsequence> consequence(UUID grantId) {
    BigDecimal paid = ledger.balance(Account.ofGrant(AccountKind.DISBURSED, grantId.toString()));
    BigDecimal eligible = expenditures.eligibleSpending(grantId);
    return jdbc.sql(
            """
            select application_id, reference, call_year, track_code, organisation_id, credit_code,
                   attempt, acceptance_reason, failed_at, recovery_required, status,
                   decision_reason, decided_by, decided_at
            from acceptance_consequence where application_id = :id
            """)
        .param("id", grantId)
        .query(
            (rs, i) ->
                new AcceptanceConsequence(
                    grantId,
                    rs.getString("reference"),
                    rs.getInt("call_year"),
                    rs.getString("track_code"),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("credit_code"),
                    rs.getInt("attempt"),
                    rs.getString("acceptance_reason"),
                    rs.getObject("failed_at", OffsetDateTime.class),
                    paid,
                    eligible,
                    Clawback.recoveryAmount(paid, eligible),
                    rs.getBoolean("recovery_required"),
                    rs.getString("status"),
                    rs.getString("decision_reason"),
                    rs.getString("decided_by"),
                    rs.getObject("decided_at", OffsetDateTime.class)))
        .optional();
  }

  /**
   * Keeps back, from a payment of {@code available} to {@code organisationId}, what the
   * organisation owes on its recovery orders, oldest first.
   *
   * @return the amount kept back
   */
  @Transactional
  public BigDecimal offset(
      UUID organisationId, BigDecimal available, Payments.Order order, CurrentUser caller) {
    BigDecimal left = available;
    for (UUID orderId : openOrdersOf(organisationId)) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal owed = outstanding(orderId);
      BigDecimal take = owed.min(left);
      if (take.signum() <= 0) {
        continue;
      }
      String reference = "offset " + order.paymentReference() + " " + orderId;
      ledger.record(
          LedgerTransaction.recovery(orderId.toString(), take, reference),
          OffsetDateTime.now(clock));
      insertRepayment(orderId, "OFFSET", take, reference, order.paidOn(), caller);
      left = left.subtract(take);
    }
    return available.subtract(left);
  }

  /**
   * Records a repayment of a recovery order by the unit.
   *
   * @throws ConflictException NOTHING_OWED or REPAYMENT_EXCEEDS_OUTSTANDING
   */
  @Transactional
  public RecoveryOrder repay(
      UUID grantId, BigDecimal amount, String reference, LocalDate receivedOn, CurrentUser caller) {
    jdbc.sql("select application_id from recovery_order where application_id = :id for update")
        .param("id", grantId)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("recovery order", grantId));
    if (receivedOn.isAfter(LocalDate.now(clock))) {
      throw new InvalidFieldException("receivedOn", "must not be in the future");
    }
    BigDecimal owed = outstanding(grantId);
    if (owed.signum() == 0) {
      throw new ConflictException("NOTHING_OWED", "the recovery order is settled");
    }
    if (amount.compareTo(owed) > 0) {
      throw new ConflictException(
          "REPAYMENT_EXCEEDS_OUTSTANDING",
          "CNY " + amount.toPlainString() + " exceeds what is owed, CNY " + owed.toPlainString());
    }
    Boolean used =
        jdbc.sql("select exists (select 1 from recovery_repayment where reference = :reference)")
            .param("reference", reference)
            .query(Boolean.class)
            .single();
    if (used) {
      throw new ConflictException(
          "DUPLICATE_REPAYMENT_REFERENCE", "repayment " + reference + " is already recorded");
    }
    ledger.record(
        LedgerTransaction.recovery(grantId.toString(), amount, reference),
        OffsetDateTime.now(clock));
    insertRepayment(grantId, "REPAYMENT", amount, reference, receivedOn, caller);
    audit.recordChange("REPAY", OBJECT_TYPE, grantId);
    return get(grantId);
  }

  /** One recovery order. */
  @Transactional(readOnly = true)
  public RecoveryOrder get(UUID grantId) {
    return find(grantId).orElseThrow(() -> new NotFoundException("recovery order", grantId));
  }

  /** Every recovery order, the open ones first, oldest first. */
  @Transactional(readOnly = true)
  public List<RecoveryOrder> all() {
    return jdbc
        .sql("select application_id from recovery_order order by ordered_at")
        .query(UUID.class)
        .list()
        .stream()
        .map(this::get)
        .sorted(
            (a, b) -> Boolean.compare(a.outstanding().signum() == 0, b.outstanding().signum() == 0))
        .toList();
  }

  private Optional<RecoveryOrder> find(UUID grantId) {
    List<RecoveryOrder.Repayment> repayments =
        jdbc.sql(
                """
                select kind, amount, reference, received_on, recorded_by from recovery_repayment
                where application_id = :id order by recorded_at, reference
                """)
            .param("id", grantId)
            .query(
                (rs, i) ->
                    new RecoveryOrder.Repayment(
                        rs.getString("kind"),
                        rs.getBigDecimal("amount"),
                        rs.getString("reference"),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("recorded_by")))
            .list();
    BigDecimal outstanding = outstanding(grantId);
    return jdbc.sql(
            """
            select application_id, organisation_id, paid, eligible_spending, amount, reason,
                   ordered_at
            from recovery_order where application_id = :id
            """)
        .param("id", grantId)
        .query(
            (rs, i) ->
                new RecoveryOrder(
                    grantId,
                    rs.getObject("organisation_id", UUID.class),
                    rs.getBigDecimal("paid"),
                    rs.getBigDecimal("eligible_spending"),
                    rs.getBigDecimal("amount"),
                    rs.getBigDecimal("amount").subtract(outstanding),
                    outstanding,
                    rs.getString("reason"),
                    rs.getObject("ordered_at", OffsetDateTime.class),
                    repayments))
        .optional();
  }

  private List<UUID> openOrdersOf(UUID organisationId) {
    return jdbc.sql(
            """
            select application_id from recovery_order where organisation_id = :organisation
            order by ordered_at for update
            """)
        .param("organisation", organisationId)
        .query(UUID.class)
        .list();
  }

  private BigDecimal outstanding(UUID grantId) {
    return ledger.balance(Account.ofGrant(AccountKind.RECOVERIES_DUE, grantId.toString()));
  }

  private void insertRepayment(
      UUID grantId,
      String kind,
      BigDecimal amount,
      String reference,
      LocalDate receivedOn,
      CurrentUser caller) {
    jdbc.sql(
            """
            insert into recovery_repayment (id, application_id, kind, amount, reference,
                                            received_on, recorded_by, recorded_at)
            values (:id, :grant, :kind, :amount, :reference, :on, :by, :at)
            """)
        .param("id", UUID.randomUUID())
        .param("grant", grantId)
        .param("kind", kind)
        .param("amount", amount)
        .param("reference", reference)
        .param("on", receivedOn)
        .param("by", caller.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
  }
}
