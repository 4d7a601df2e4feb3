package cn.gov.guizhou.ipp.funding.payments;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.organisations.CreditClearance;
import cn.gov.guizhou.ipp.funding.recoveries.Recoveries;
import cn.gov.guizhou.ipp.funding.rules.LedgerTransaction;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.CreditNotClearException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays due tranches of grants, telling the applicant's story (FUNDED) and the dashboards
 * (funds.disbursed) of each payment. A payment locks its grant, so two payments of one grant never
 * run side by side; the database pays a tranche at most once whatever the requests.
 */
@Service
public class Payments {

  static final String OBJECT_TYPE = "tranche";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final LedgerRepository ledger;
  private final CreditClearance credit;
  private final Recoveries recoveries;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  public Payments(
      JdbcClient jdbc,
      LedgerRepository ledger,
      CreditClearance credit,
      Recoveries recoveries,
      OutboxEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.credit = credit;
    this.recoveries = recoveries;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a finance officer orders paid.
   *
   * @param paymentReference the treasury's reference, unique
   * @param paidOn the value date, not in the future
   * @param offsetRecoveries whether to keep back what the organisation owes on recovery orders
   */
  public record Order(String paymentReference, LocalDate paidOn, boolean offsetRecoveries) {}

  /**
   * Pays tranche {@code sequence} of grant {@code grantId}.
   *
   * @throws NotFoundException for an unknown grant or tranche
   * @throws ConflictException GRANT_NOT_ACTIVE, GRANT_ON_HOLD, TRANCHE_NOT_DUE,
   *     TRANCHE_ALREADY_PAID, DUPLICATE_PAYMENT_REFERENCE
   * @throws CreditNotClearException unless a fresh credit check is CLEAR (CREDIT_NOT_CLEAR,
   *     CREDIT_CODE_UNKNOWN: 409; CREDIT_CHECK_UNAVAILABLE: 503, retryable)
   */
  @Transactional
  public Payment payTranche(UUID grantId, int sequence, Order order, CurrentUser caller) {
    String object = grantId + "/" + sequence;
    if (order.paidOn().isAfter(LocalDate.now(clock.withZone(BEIJING)))) {
      throw new InvalidFieldException("paidOn", "must not be in the future");
    }
    // The remote credit check comes first, with no row locked: the grant and tranche are read and
    // judged as they stand, checked, then locked and judged again before anything is written.
    LockedGrant seen = grant(grantId, false);
    refuseUnpayable(object, seen, tranche(grantId, sequence, object), sequence, order);
    CreditClearance.Verdict verdict =
        credit.check(
            seen.creditCode(),
            seen.callYear(),
            seen.trackCode(),
            seen.reference() + " tranche " + sequence);
    // Only CLEAR pays: records refuse naming their types (409), a check that could not be made
    // refuses as retryable (503), audited either way; nothing is written.
    verdict
        .refusal()
        .ifPresent(
            refusal -> {
              audit.recordRefusal(
                  "PAY",
                  OBJECT_TYPE,
                  object,
                  AuditOutcome.REFUSED,
                  refusal.refusal().code() + ": " + refusal.getMessage());
              throw refusal;
            });
    LockedGrant grant = grant(grantId, true);
    Tranche tranche = tranche(grantId, sequence, object);
    refuseUnpayable(object, grant, tranche, sequence, order);
    OffsetDateTime now = OffsetDateTime.now(clock);
    BigDecimal amount = tranche.amount();
    ledger.record(
        LedgerTransaction.disbursement(grantId.toString(), amount, order.paymentReference()), now);
    BigDecimal offset =
        order.offsetRecoveries()
            ? recoveries.offset(grant.organisationId(), amount, order, caller)
            : BigDecimal.ZERO.setScale(2);
    Payment payment =
        new Payment(
            UUID.randomUUID(),
            "TRANCHE",
            grantId,
            sequence,
            grant.organisationId(),
            grant.creditCode(),
            amount,
            offset,
            amount.subtract(offset),
            order.paymentReference(),
            order.paidOn(),
            verdict.checkId(),
            caller.subject(),
            now);
    insert(payment);
    jdbc.sql(
            """
            update grant_tranche set status = 'PAID', changed_at = :at
            where application_id = :id and sequence = :sequence
            """)
        .param("id", grantId)
        .param("sequence", sequence)
        .param("at", now)
        .update();
    events.publish(
        new FundsDisbursedV1(
            payment.id(),
            payment.kind(),
            grantId,
            grant.reference(),
            grant.callYear(),
            grant.trackCode(),
            grant.organisationId(),
            grant.creditCode(),
            sequence,
            amount,
            offset,
            payment.cashAmount(),
            order.paymentReference(),
            order.paidOn(),
            verdict.checkId(),
            now));
    events.publish(
        new ApplicationStatusReportedV1(
            grantId,
            "FUNDED",
            amount,
            "第 " + sequence + " 笔资金已拨付（" + order.paymentReference() + "）",
            "funding-service",
            now));
    audit.recordChange("PAY", OBJECT_TYPE, object, grant.organisationId());
    return payment;
  }

  /** Records a payment; the database refuses a second one of the same tranche or claim. */
  public void insert(Payment payment) {
    jdbc.sql(
            """
            insert into payment (id, kind, grant_id, tranche_sequence, organisation_id,
                                 credit_code, amount, offset_amount, payment_reference, paid_on,
                                 credit_check_id, paid_by, recorded_at)
            values (:id, :kind, :grant, :sequence, :organisation, :code, :amount, :offset,
                    :reference, :paidOn, :check, :by, :at)
            """)
        .param("id", payment.id())
        .param("kind", payment.kind())
        .param("grant", payment.grantId())
        .param("sequence", payment.trancheSequence())
        .param("organisation", payment.organisationId())
        .param("code", payment.creditCode())
        .param("amount", payment.amount())
        .param("offset", payment.offsetAmount())
        .param("reference", payment.paymentReference())
        .param("paidOn", payment.paidOn())
        .param("check", payment.creditCheckId())
        .param("by", payment.paidBy())
        .param("at", payment.recordedAt())
        .update();
  }

  /** The payments of a grant (or claim), oldest first. */
  @Transactional(readOnly = true)
  public List<Payment> of(UUID grantId) {
    return jdbc.sql(
            """
            select id, kind, grant_id, tranche_sequence, organisation_id, credit_code, amount,
                   offset_amount, payment_reference, paid_on, credit_check_id, paid_by, recorded_at
            from payment where grant_id = :grant order by recorded_at, id
            """)
        .param("grant", grantId)
        .query(
            (rs, i) ->
                new Payment(
                    rs.getObject("id", UUID.class),
                    rs.getString("kind"),
                    rs.getObject("grant_id", UUID.class),
                    (Integer) rs.getObject("tranche_sequence"),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("credit_code"),
                    rs.getBigDecimal("amount"),
                    rs.getBigDecimal("offset_amount"),
                    rs.getBigDecimal("amount").subtract(rs.getBigDecimal("offset_amount")),
                    rs.getString("payment_reference"),
                    rs.getObject("paid_on", LocalDate.class),
                    rs.getObject("credit_check_id", UUID.class),
                    rs.getString("paid_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }

  private LockedGrant grant(UUID grantId, boolean lock) {
    return jdbc.sql(
            """
            select application_id, reference, call_year, track_code, lead_organisation_id,
                   lead_credit_code, status, on_hold
            from grant_award where application_id = :id
            """
                + (lock ? " for update" : ""))
        .param("id", grantId)
        .query(Payments::lockedGrant)
        .optional()
        .orElseThrow(() -> new NotFoundException("grant", grantId));
  }

  private Tranche tranche(UUID grantId, int sequence, String object) {
    return jdbc.sql(
            """
            select status, amount from grant_tranche
            where application_id = :id and sequence = :sequence
            """)
        .param("id", grantId)
        .param("sequence", sequence)
        .query((rs, i) -> new Tranche(rs.getString("status"), rs.getBigDecimal("amount")))
        .optional()
        .orElseThrow(() -> new NotFoundException("tranche", object));
  }

  /** Refuses a grant that is not active or on hold, a tranche not due, a reference used. */
  private void refuseUnpayable(
      String object, LockedGrant grant, Tranche tranche, int sequence, Order order) {
    if (!"ACTIVE".equals(grant.status())) {
      throw refuse(object, "GRANT_NOT_ACTIVE", "the grant is " + grant.status());
    }
    if (grant.onHold()) {
      throw refuse(
          object,
          "GRANT_ON_HOLD",
          "the grant is on hold (risk alert); an officer must lift the hold before it is paid");
    }
    if ("PAID".equals(tranche.status())) {
      throw refuse(object, "TRANCHE_ALREADY_PAID", "tranche " + sequence + " is already paid");
    }
    if (!"DUE".equals(tranche.status())) {
      throw refuse(
          object,
          "TRANCHE_NOT_DUE",
          "tranche " + sequence + " is " + tranche.status() + ", not due");
    }
    Boolean referenceUsed =
        jdbc.sql("select exists (select 1 from payment where payment_reference = :reference)")
            .param("reference", order.paymentReference())
            .query(Boolean.class)
            .single();
    if (referenceUsed) {
      throw refuse(
          object,
          "DUPLICATE_PAYMENT_REFERENCE",
          "payment reference " + order.paymentReference() + " is already recorded");
    }
  }

  private ConflictException refuse(String object, String code, String message) {
    audit.recordRefusal("PAY", OBJECT_TYPE, object, AuditOutcome.REFUSED, code + ": " + message);
    return new ConflictException(code, message);
  }

  private static LockedGrant lockedGrant(ResultSet rs, int row) throws SQLException {
    return new LockedGrant(
        rs.getString("reference"),
        rs.getInt("call_year"),
        rs.getString("track_code"),
        rs.getObject("lead_organisation_id", UUID.class),
        rs.getString("lead_credit_code"),
        rs.getString("status"),
        rs.getBoolean("on_hold"));
  }

  private record LockedGrant(
      String reference,
      int callYear,
      String trackCode,
      UUID organisationId,
      String creditCode,
      String status,
      boolean onHold) {}

  private record Tranche(String status, BigDecimal amount) {}
}
