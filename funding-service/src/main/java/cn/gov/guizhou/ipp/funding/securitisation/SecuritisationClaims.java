package cn.gov.guizhou.ipp.funding.securitisation;

import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.funding.budgets.FundingTrack;
import cn.gov.guizhou.ipp.funding.budgets.FundingTracks;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.organisations.CreditClearance;
import cn.gov.guizhou.ipp.funding.rules.LedgerTransaction;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.files.ContentSniffer;
import cn.gov.guizhou.ipp.kit.files.Sha256;
import cn.gov.guizhou.ipp.kit.members.OrganisationDirectoryApi.OrganisationView;
import cn.gov.guizhou.ipp.kit.members.OrganisationMembers;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files, voids and pays securitisation claims, and keeps the year's queue.
 *
 * <p>Every change to a year's claims first locks the year's row ({@code securitisation_year}, made
 * on the year's first claim), so claims are numbered and reserved one at a time in filing order
 * whatever the concurrency; the database also refuses any commit that would leave the year's claims
 * reserving more than its cap. Calls to applicant-service (membership, credit check) are made
 * before the lock is taken.
 */
@Service
public class SecuritisationClaims {

  /** The track's code in the catalogue. */
  public static final String TRACK = "DATA-IP-SECURITISATION";

  /** The audit trail's object type. */
  public static final String OBJECT_TYPE = "securitisation-claim";

  private static final Set<String> STAFF =
      Set.of("programme-officer", "finance-officer", "bureau-admin");
  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final FundingTracks tracks;
  private final LedgerRepository ledger;
  private final OrganisationMembers members;
  private final CreditClearance credit;
  private final AuditTrail audit;
  private final OutboxEventPublisher events;
  private final Clock clock;

  public SecuritisationClaims(
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager,
      FundingTracks tracks,
      LedgerRepository ledger,
      OrganisationMembers members,
      CreditClearance credit,
      AuditTrail audit,
      OutboxEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.tracks = tracks;
    this.ledger = ledger;
    this.members = members;
    this.credit = credit;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The track's rule in a call, from the catalogue's events.
   *
   * @throws NotFoundException when the call or its securitisation track is not known
   * @throws ConflictException RULE_NOT_SUPPORTED when the track's rule is not a capped percentage
   */
  public SecuritisationRule ruleOf(int callYear) {
    FundingTrack track =
        tracks
            .find(callYear, TRACK)
            .orElseThrow(() -> new NotFoundException("track", callYear + "/" + TRACK));
    return ruleOf(track);
  }

  private static SecuritisationRule ruleOf(FundingTrack track) {
    if (!(track.fundingRule() instanceof PercentageWithAnnualCap rule)) {
      throw new ConflictException(
          "RULE_NOT_SUPPORTED",
          "track " + track.key() + " is not funded by a percentage with an annual cap");
    }
    BigDecimal cap =
        track.budget() == null ? rule.annualCap() : rule.annualCap().min(track.budget());
    return new SecuritisationRule(track.callYear(), track.ruleVersion(), rule, cap);
  }

  // ---------------------------------------------------------------------------------------------
  // Filing

  /**
   * Files a claim for the caller's enterprise and reserves its subsidy, in filing order, against
   * the year's cap.
   *
   * @throws NotFoundException when the call or track is not known
   * @throws AccessDeniedException when the caller is not a member of the organisation (audited)
   * @throws InvalidFieldException naming each offending field
   * @throws ConflictException DUPLICATE_CLAIM when the organisation has a live claim for the
   *     product
   */
  public Claim file(NewClaim claim, Authentication caller) {
    FundingTrack track =
        tracks
            .find(claim.callYear(), TRACK)
            .orElseThrow(() -> new NotFoundException("track", claim.callYear() + "/" + TRACK));
    SecuritisationRule rule = ruleOf(track);
    OrganisationView organisation =
        members
            .organisationOf(claim.organisationId(), caller)
            .orElseThrow(
                () -> {
                  audit.recordRefusal(
                      OBJECT_TYPE + ".file",
                      "organisation",
                      claim.organisationId(),
                      AuditOutcome.FORBIDDEN,
                      "the caller is not a member of the organisation");
                  return new AccessDeniedException(
                      "only a member of the organisation may file its claim");
                });
    List<FieldViolation> violations = new ArrayList<>();
    if (!"ENTERPRISE".equals(organisation.type())) {
      violations.add(
          new FieldViolation(
              "organisationId",
              "only an enterprise may claim the securitisation subsidy, this is a "
                  + organisation.type()));
    }
    violations.addAll(invalidProduct(claim, track));
    violations.addAll(invalidMaterials(claim.files(), track.materials()));
    BigDecimal uncapped = null;
    if (violations.isEmpty()) {
      try {
        uncapped =
            rule.rule()
                .claim(
                    claim.issuanceAmount(),
                    claim.issuanceAmount(),
                    claim.financingAmount(),
                    BigDecimal.ZERO)
                .uncappedSubsidy();
        if (uncapped.signum() == 0) {
          violations.add(
              new FieldViolation("financingAmount", "is too small for any subsidy to be due"));
        }
      } catch (IllegalArgumentException e) {
        violations.addAll(InvalidFieldException.from(e).violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
    BigDecimal subsidy = uncapped;
    UUID id = UUID.randomUUID();
    String subject = CurrentUser.from(caller).subject();
    transactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          if (liveClaimFor(claim.organisationId(), claim.productCode().strip())) {
            audit.recordRefusal(
                OBJECT_TYPE + ".file",
                "organisation",
                claim.organisationId(),
                AuditOutcome.REFUSED,
                "DUPLICATE_CLAIM " + claim.productCode().strip());
            throw new ConflictException(
                "DUPLICATE_CLAIM",
                "organisation "
                    + claim.organisationId()
                    + " already has a claim for product "
                    + claim.productCode().strip());
          }
          int sequence = year.lastSequence() + 1;
          jdbc.sql("update securitisation_year set last_sequence = :s where call_year = :y")
              .param("s", sequence)
              .param("y", year.callYear())
              .update();
          jdbc.sql(
                  """
                  insert into securitisation_claim
                    (id, call_year, sequence, rule_version, organisation_id, credit_code,
                     legal_name, product_name, product_code, issuance_amount, issue_date, end_date,
                     financing_amount, uncapped_subsidy, reserved_amount, status, filed_by,
                     filed_at)
                  values (:id, :year, :sequence, :version, :organisation, :code, :name, :product,
                          :productCode, :issuance, :issued, :ends, :financing, :uncapped, 0,
                          'QUEUED', :by, :at)
                  """)
              .param("id", id)
              .param("year", year.callYear())
              .param("sequence", sequence)
              .param("version", rule.ruleVersion())
              .param("organisation", claim.organisationId())
              .param("code", organisation.creditCode())
              .param("name", organisation.legalName())
              .param("product", claim.productName().strip())
              .param("productCode", claim.productCode().strip())
              .param("issuance", claim.issuanceAmount())
              .param("issued", claim.issueDate())
              .param("ends", claim.endDate())
              .param("financing", claim.financingAmount())
              .param("uncapped", subsidy)
              .param("by", subject)
              .param("at", OffsetDateTime.now(clock))
              .update();
          for (NewClaim.MaterialFile file : claim.files()) {
            jdbc.sql(
                    """
                    insert into securitisation_claim_material
                      (claim_id, material_id, filename, content_type, size, sha256, content)
                    values (:claim, :material, :filename, :type, :size, :sha256, :content)
                    """)
                .param("claim", id)
                .param("material", file.materialId())
                .param("filename", file.filename())
                .param("type", ContentSniffer.sniff(file.content()).orElseThrow().mediaType())
                .param("size", file.content().length)
                .param("sha256", Sha256.hex(file.content()))
                .param("content", file.content())
                .update();
          }
          reflow(year, rule, new LedgerClock(year.ledgerClock()));
          audit.recordChange(OBJECT_TYPE + ".file", OBJECT_TYPE, id, claim.organisationId());
        });
    return find(id).orElseThrow();
  }

  private List<FieldViolation> invalidProduct(NewClaim claim, FundingTrack track) {
    List<FieldViolation> violations = new ArrayList<>();
    if (claim.issuanceAmount() != null
        && claim.financingAmount() != null
        && claim.financingAmount().compareTo(claim.issuanceAmount()) > 0) {
      violations.add(
          new FieldViolation("financingAmount", "cannot exceed the product's issuance amount"));
    }
    if (claim.issueDate() != null && claim.endDate() != null) {
      if (!claim.endDate().isAfter(claim.issueDate())) {
        violations.add(new FieldViolation("endDate", "must be after the issue date"));
      }
      int from =
          track.implementationStartYear() == null
              ? claim.callYear() - 1
              : track.implementationStartYear();
      int to =
          track.implementationEndYear() == null
              ? claim.callYear() - 1
              : track.implementationEndYear();
      int issued = claim.issueDate().getYear();
      if (issued < from || issued > to) {
        violations.add(
            new FieldViolation(
                "issueDate",
                "the product must have been issued in "
                    + (from == to ? String.valueOf(from) : from + "–" + to)
                    + " for the "
                    + claim.callYear()
                    + " call"));
      }
    }
    return violations;
  }

  /**
   * Every required material of the track carries a non-empty file; every file is for a material of
   * the track. When the published track did not list its materials, at least one file named after
   * one of the track's materials ({@code <track>-M...}) is required.
   */
  private static List<FieldViolation> invalidMaterials(
      List<NewClaim.MaterialFile> files, List<Material> materials) {
    List<FieldViolation> violations = new ArrayList<>();
    Set<String> given =
        files.stream().map(NewClaim.MaterialFile::materialId).collect(Collectors.toSet());
    for (NewClaim.MaterialFile file : files) {
      if (file.content().length == 0) {
        violations.add(new FieldViolation(file.materialId(), "the file is empty"));
      } else if (ContentSniffer.sniff(file.content()).isEmpty()) {
        violations.add(
            new FieldViolation(file.materialId(), "must be a PDF, an image or an office document"));
      }
    }
    if (materials == null) {
      if (files.stream().noneMatch(f -> f.materialId().startsWith(TRACK + "-M"))) {
        violations.add(
            new FieldViolation(
                "materials", "at least one material (" + TRACK + "-M…) is required"));
      }
      files.stream()
          .filter(f -> !f.materialId().startsWith(TRACK + "-M"))
          .forEach(f -> violations.add(new FieldViolation(f.materialId(), "is not a material")));
      return violations;
    }
    Set<String> known = materials.stream().map(Material::id).collect(Collectors.toSet());
    for (Material material : materials) {
      if (material.required() && !given.contains(material.id())) {
        violations.add(
            new FieldViolation(material.id(), "is required: " + material.en() + " (missing)"));
      }
    }
    for (NewClaim.MaterialFile file : files) {
      if (!known.contains(file.materialId())) {
        violations.add(
            new FieldViolation(file.materialId(), "is not a material of track " + TRACK));
      }
    }
    return violations;
  }

  private boolean liveClaimFor(UUID organisationId, String productCode) {
    return jdbc.sql(
            """
            select exists (select 1 from securitisation_claim
                           where organisation_id = :organisation and product_code = :code
                             and status <> 'VOIDED')
            """)
        .param("organisation", organisationId)
        .param("code", productCode)
        .query(Boolean.class)
        .single();
  }

  // ---------------------------------------------------------------------------------------------
  // The year's lock, its queue and the ledger

  /**
   * The year's row, made if needed, locked until the transaction ends, its cap brought up to date.
   */
  private Year lockYear(SecuritisationRule rule) {
    jdbc.sql(
            """
            insert into securitisation_year (call_year, cap) values (:year, :cap)
            on conflict (call_year) do nothing
            """)
        .param("year", rule.callYear())
        .param("cap", rule.cap())
        .update();
    Year locked =
        jdbc.sql(
                """
                select call_year, cap, last_sequence, ledger_clock from securitisation_year
                where call_year = :year for update
                """)
            .param("year", rule.callYear())
            .query(
                (rs, i) ->
                    new Year(
                        rs.getInt("call_year"),
                        rs.getBigDecimal("cap"),
                        rs.getInt("last_sequence"),
                        rs.getObject("ledger_clock", OffsetDateTime.class)))
            .single();
    // The catalogue may have changed the cap or the budget since; never below what is reserved.
    BigDecimal cap =
        jdbc.sql(
                """
                update securitisation_year
                set cap = greatest(:cap, (select coalesce(sum(reserved_amount), 0)
                                          from securitisation_claim
                                          where call_year = :year and status <> 'VOIDED'))
                where call_year = :year
                returning cap
                """)
            .param("cap", rule.cap())
            .param("year", rule.callYear())
            .query(BigDecimal.class)
            .single();
    return new Year(locked.callYear(), cap, locked.lastSequence(), locked.ledgerClock());
  }

  /**
   * Serves the year's unpaid live claims again in filing order (see {@link ClaimQueue}), writing
   * each change of a reservation and its ledger transaction: decreases first, so the track's budget
   * never goes below zero on the way.
   */
  private void reflow(Year year, SecuritisationRule rule, LedgerClock at) {
    List<QueuedClaim> queued =
        jdbc.sql(
                """
                select id, uncapped_subsidy, reserved_amount, status from securitisation_claim
                where call_year = :year and status <> 'VOIDED' order by sequence for update
                """)
            .param("year", year.callYear())
            .query(
                (rs, i) ->
                    new QueuedClaim(
                        rs.getObject("id", UUID.class),
                        rs.getBigDecimal("uncapped_subsidy"),
                        rs.getBigDecimal("reserved_amount"),
                        rs.getString("status")))
            .list();
    BigDecimal paid =
        queued.stream()
            .filter(c -> ClaimQueue.PAID.equals(c.status()))
            .map(QueuedClaim::reserved)
            .reduce(ZERO, BigDecimal::add);
    List<QueuedClaim> unpaid =
        queued.stream().filter(c -> !ClaimQueue.PAID.equals(c.status())).toList();
    List<BigDecimal> reserved =
        ClaimQueue.allocate(
            year.cap(),
            paid,
            rule.rule().partialClaimAtCap(),
            unpaid.stream().map(QueuedClaim::uncapped).toList());
    String trackKey = year.callYear() + "/" + TRACK;
    for (boolean decreases : new boolean[] {true, false}) {
      for (int i = 0; i < unpaid.size(); i++) {
        QueuedClaim claim = unpaid.get(i);
        BigDecimal change = reserved.get(i).subtract(claim.reserved());
        String status = ClaimQueue.statusOf(claim.uncapped(), reserved.get(i));
        boolean write =
            decreases
                ? change.signum() < 0
                : change.signum() > 0 || (change.signum() == 0 && !status.equals(claim.status()));
        if (!write) {
          continue;
        }
        jdbc.sql(
                "update securitisation_claim set reserved_amount = :reserved, status = :status"
                    + " where id = :id")
            .param("reserved", reserved.get(i))
            .param("status", status)
            .param("id", claim.id())
            .update();
        if (change.signum() < 0) {
          ledger.record(
              LedgerTransaction.release(trackKey, claim.id().toString(), change.negate()),
              at.next());
        } else if (change.signum() > 0) {
          ledger.record(
              LedgerTransaction.commitment(trackKey, claim.id().toString(), change), at.next());
        }
      }
    }
    at.save(year.callYear());
  }

  // ---------------------------------------------------------------------------------------------
  // Voiding

  /**
   * Voids a claim: its reservation is released and the queue served again in filing order.
   *
   * @throws NotFoundException when the claim does not exist or the caller may not see it
   * @throws ConflictException CLAIM_NOT_VOIDABLE when it is voided or paid already
   */
  public Claim voidClaim(UUID id, String reason, Authentication caller) {
    Claim claim = visible(id, caller, OBJECT_TYPE + ".void");
    SecuritisationRule rule = ruleOf(claim.callYear());
    transactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          Claim locked = lockClaim(id);
          if (ClaimQueue.VOIDED.equals(locked.status())
              || ClaimQueue.PAID.equals(locked.status())) {
            throw refused(
                OBJECT_TYPE + ".void",
                id,
                "CLAIM_NOT_VOIDABLE",
                "claim " + locked.reference() + " is " + locked.status());
          }
          LedgerClock at = new LedgerClock(year.ledgerClock());
          jdbc.sql(
                  """
                  update securitisation_claim
                  set status = 'VOIDED', reserved_amount = 0, void_reason = :reason,
                      voided_by = :by, voided_at = :at
                  where id = :id
                  """)
              .param("reason", reason.strip())
              .param("by", CurrentUser.from(caller).subject())
              .param("at", OffsetDateTime.now(clock))
              .param("id", id)
              .update();
          if (locked.reservedAmount().signum() > 0) {
            ledger.record(
                LedgerTransaction.release(
                    claim.callYear() + "/" + TRACK, id.toString(), locked.reservedAmount()),
                at.next());
          }
          reflow(year, rule, at);
          audit.recordChange(OBJECT_TYPE + ".void", OBJECT_TYPE, id, claim.organisationId());
        });
    return find(id).orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // Repayment incidents

  /**
   * Records a default or an overdue repayment of the claim's product; the claim can no longer be
   * paid.
   *
   * @param kind DEFAULT or OVERDUE
   */
  public Claim.Incident recordIncident(UUID id, String kind, LocalDate occurredOn, String note) {
    Claim claim = find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    if (occurredOn.isAfter(today())) {
      throw new InvalidFieldException("occurredOn", "must not be in the future");
    }
    if (occurredOn.isBefore(claim.issueDate())) {
      throw new InvalidFieldException("occurredOn", "must not be before the product's issue date");
    }
    UUID incident = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
                  insert into securitisation_repayment_incident
                    (id, claim_id, kind, occurred_on, note, recorded_by, recorded_at)
                  values (:id, :claim, :kind, :on, :note, :by, :at)
                  """)
              .param("id", incident)
              .param("claim", id)
              .param("kind", kind)
              .param("on", occurredOn)
              .param("note", note.strip())
              .param("by", currentSubject())
              .param("at", now)
              .update();
          audit.recordChange(OBJECT_TYPE + ".incident", OBJECT_TYPE, id, claim.organisationId());
        });
    return new Claim.Incident(incident, kind, occurredOn, note.strip(), now);
  }

  // ---------------------------------------------------------------------------------------------
  // Payment

  /**
   * Pays a claim what it reserves, once: after its product ended, with no default or overdue
   * repayment recorded, and after a fresh, clear credit check of the enterprise.
   *
   * @throws ConflictException CLAIM_NOT_PAYABLE, PRODUCT_DEFAULTED, PRODUCT_NOT_ENDED,
   *     CREDIT_NOT_CLEAR, CREDIT_CHECK_UNAVAILABLE or DUPLICATE_PAYMENT_REFERENCE (each audited)
   */
  public Claim pay(UUID id, String paymentReference, LocalDate paidOn, Authentication caller) {
    String action = OBJECT_TYPE + ".pay";
    Claim claim = find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    if (paidOn.isAfter(today())) {
      throw new InvalidFieldException("paidOn", "must not be in the future");
    }
    SecuritisationRule rule = ruleOf(claim.callYear());
    requirePayable(claim, rule, paidOn, paymentReference.strip());
    CreditClearance.Verdict verdict =
        credit.check(claim.creditCode(), claim.callYear(), TRACK, "claim " + id);
    verdict
        .refusal()
        .ifPresent(
            refusal -> {
              refused(action, id, refusal.refusal().code(), refusal.getMessage());
              throw refusal;
            });
    UUID paymentId = UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          Claim locked = lockClaim(id);
          requirePayable(locked, rule, paidOn, paymentReference.strip());
          OffsetDateTime now = OffsetDateTime.now(clock);
          LedgerClock at = new LedgerClock(year.ledgerClock());
          BigDecimal amount = locked.reservedAmount();
          jdbc.sql(
                  """
                  insert into payment (id, kind, grant_id, tranche_sequence, organisation_id,
                                       credit_code, amount, offset_amount, payment_reference,
                                       paid_on, credit_check_id, paid_by, recorded_at)
                  values (:id, 'SECURITISATION_SUBSIDY', :claim, null, :organisation, :code,
                          :amount, 0, :reference, :paidOn, :check, :by, :at)
                  """)
              .param("id", paymentId)
              .param("claim", id)
              .param("organisation", locked.organisationId())
              .param("code", locked.creditCode())
              .param("amount", amount)
              .param("reference", paymentReference.strip())
              .param("paidOn", paidOn)
              .param("check", verdict.checkId())
              .param("by", CurrentUser.from(caller).subject())
              .param("at", now)
              .update();
          ledger.record(
              LedgerTransaction.disbursement(id.toString(), amount, paymentReference.strip()),
              at.next());
          at.save(year.callYear());
          jdbc.sql("update securitisation_claim set status = 'PAID' where id = :id")
              .param("id", id)
              .update();
          events.publish(
              new FundsDisbursedV1(
                  paymentId,
                  "SECURITISATION_SUBSIDY",
                  id,
                  locked.reference(),
                  locked.callYear(),
                  TRACK,
                  locked.organisationId(),
                  locked.creditCode(),
                  null,
                  amount,
                  ZERO,
                  amount,
                  paymentReference.strip(),
                  paidOn,
                  verdict.checkId(),
                  now));
          audit.recordChange(action, OBJECT_TYPE, id, locked.organisationId());
        });
    return find(id).orElseThrow();
  }

  private void requirePayable(
      Claim claim, SecuritisationRule rule, LocalDate paidOn, String paymentReference) {
    String action = OBJECT_TYPE + ".pay";
    if (!ClaimQueue.RESERVED.equals(claim.status())
        && !ClaimQueue.RESERVED_PARTIAL.equals(claim.status())) {
      throw refused(
          action,
          claim.id(),
          "CLAIM_NOT_PAYABLE",
          "claim " + claim.reference() + " is " + claim.status() + ": nothing can be paid");
    }
    if (!claim.incidents().isEmpty()) {
      throw refused(
          action,
          claim.id(),
          "PRODUCT_DEFAULTED",
          "a "
              + claim.incidents().get(0).kind()
              + " of product "
              + claim.productCode()
              + " was recorded: the claim is not paid");
    }
    if (rule.rule().paidAfterProductEnds()
        && (!paidOn.isAfter(claim.endDate()) || !today().isAfter(claim.endDate()))) {
      throw refused(
          action,
          claim.id(),
          "PRODUCT_NOT_ENDED",
          "product "
              + claim.productCode()
              + " ends on "
              + claim.endDate()
              + ": the subsidy is paid only after it ends");
    }
    if (jdbc.sql("select exists (select 1 from payment where payment_reference = :r)")
        .param("r", paymentReference)
        .query(Boolean.class)
        .single()) {
      throw refused(
          action,
          claim.id(),
          "DUPLICATE_PAYMENT_REFERENCE",
          "payment reference " + paymentReference + " was used for another payment");
    }
  }

  private ConflictException refused(String action, UUID id, String code, String message) {
    audit.recordRefusal(action, OBJECT_TYPE, id, AuditOutcome.REFUSED, code + ": " + message);
    return new ConflictException(code, message);
  }

  // ---------------------------------------------------------------------------------------------
  // Reads

  /** A year's queue in filing order, with the cap and what is left of it. */
  public ClaimQueueView queue(int callYear) {
    SecuritisationRule rule = ruleOf(callYear);
    BigDecimal cap =
        jdbc.sql("select cap from securitisation_year where call_year = :year")
            .param("year", callYear)
            .query(BigDecimal.class)
            .optional()
            .orElse(rule.cap());
    List<ClaimQueueView.Entry> entries =
        jdbc.sql(
                """
                select id, call_year, sequence, organisation_id, legal_name, product_name,
                       product_code, issuance_amount, financing_amount, uncapped_subsidy,
                       reserved_amount, status, filed_at
                from securitisation_claim where call_year = :year order by sequence
                """)
            .param("year", callYear)
            .query(
                (rs, i) ->
                    new ClaimQueueView.Entry(
                        rs.getObject("id", UUID.class),
                        reference(rs.getInt("call_year"), rs.getInt("sequence")),
                        rs.getInt("sequence"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("legal_name"),
                        rs.getString("product_name"),
                        rs.getString("product_code"),
                        rs.getBigDecimal("issuance_amount"),
                        rs.getBigDecimal("financing_amount"),
                        rs.getBigDecimal("uncapped_subsidy"),
                        rs.getBigDecimal("reserved_amount"),
                        rs.getString("status"),
                        rs.getObject("filed_at", OffsetDateTime.class)))
            .list();
    BigDecimal reserved =
        entries.stream()
            .filter(e -> !ClaimQueue.VOIDED.equals(e.status()))
            .map(ClaimQueueView.Entry::reservedAmount)
            .reduce(ZERO, BigDecimal::add);
    return new ClaimQueueView(
        callYear, cap.setScale(2), reserved, cap.subtract(reserved).setScale(2), entries);
  }

  /**
   * A claim, for bureau staff or a member of the claiming enterprise.
   *
   * @throws NotFoundException when it does not exist or the caller may not see it (audited)
   */
  public Claim get(UUID id, Authentication caller) {
    return visible(id, caller, OBJECT_TYPE + ".read");
  }

  /** A material's content, for whoever may see the claim. */
  public Optional<MaterialContent> material(UUID id, String materialId, Authentication caller) {
    visible(id, caller, OBJECT_TYPE + ".material");
    return jdbc.sql(
            """
            select filename, content_type, content from securitisation_claim_material
            where claim_id = :id and material_id = :material
            """)
        .param("id", id)
        .param("material", materialId)
        .query(
            (rs, i) ->
                new MaterialContent(
                    rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
        .optional();
  }

  /**
   * A material's file.
   *
   * @param filename its name
   * @param contentType its declared type
   * @param content its bytes
   */
  public record MaterialContent(String filename, String contentType, byte[] content) {}

  private Claim visible(UUID id, Authentication caller, String action) {
    Optional<Claim> claim = find(id);
    if (claim.isPresent()) {
      CurrentUser user = CurrentUser.from(caller);
      if (STAFF.stream().anyMatch(user::hasRole)
          || members.organisationOf(claim.get().organisationId(), caller).isPresent()) {
        return claim.get();
      }
    }
    audit.recordRefusal(action, OBJECT_TYPE, id, AuditOutcome.NOT_VISIBLE, null);
    throw new NotFoundException(OBJECT_TYPE, id);
  }

  private Claim lockClaim(UUID id) {
    jdbc.sql("select id from securitisation_claim where id = :id for update")
        .param("id", id)
        .query(UUID.class)
        .single();
    return find(id).orElseThrow();
  }

  private Optional<Claim> find(UUID id) {
    List<Claim.Material> materials =
        jdbc.sql(
                """
                select material_id, filename, content_type, size, sha256
                from securitisation_claim_material where claim_id = :id order by material_id
                """)
            .param("id", id)
            .query(
                (rs, i) ->
                    new Claim.Material(
                        rs.getString("material_id"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getString("sha256")))
            .list();
    List<Claim.Incident> incidents =
        jdbc.sql(
                """
                select id, kind, occurred_on, note, recorded_at
                from securitisation_repayment_incident where claim_id = :id order by recorded_at
                """)
            .param("id", id)
            .query(
                (rs, i) ->
                    new Claim.Incident(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
            .list();
    Claim.Payment payment =
        jdbc.sql(
                """
                select id, amount, payment_reference, paid_on, credit_check_id, recorded_at
                from payment where grant_id = :id and kind = 'SECURITISATION_SUBSIDY'
                """)
            .param("id", id)
            .query(
                (rs, i) ->
                    new Claim.Payment(
                        rs.getObject("id", UUID.class),
                        rs.getBigDecimal("amount"),
                        rs.getString("payment_reference"),
                        rs.getObject("paid_on", LocalDate.class),
                        rs.getObject("credit_check_id", UUID.class),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
            .optional()
            .orElse(null);
    return jdbc.sql(
            """
            select id, call_year, sequence, rule_version, organisation_id, credit_code, legal_name,
                   product_name, product_code, issuance_amount, issue_date, end_date,
                   financing_amount, uncapped_subsidy, reserved_amount, status, void_reason,
                   filed_at
            from securitisation_claim where id = :id
            """)
        .param("id", id)
        .query((rs, i) -> map(rs, materials, incidents, payment))
        .optional();
  }

  private static Claim map(
      ResultSet rs,
      List<Claim.Material> materials,
      List<Claim.Incident> incidents,
      Claim.Payment payment)
      throws SQLException {
    return new Claim(
        rs.getObject("id", UUID.class),
        reference(rs.getInt("call_year"), rs.getInt("sequence")),
        rs.getInt("call_year"),
        rs.getInt("sequence"),
        rs.getInt("rule_version"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("credit_code"),
        rs.getString("legal_name"),
        rs.getString("product_name"),
        rs.getString("product_code"),
        rs.getBigDecimal("issuance_amount"),
        rs.getObject("issue_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        rs.getBigDecimal("financing_amount"),
        rs.getBigDecimal("uncapped_subsidy"),
        rs.getBigDecimal("reserved_amount"),
        rs.getString("status"),
        rs.getString("void_reason"),
        rs.getObject("filed_at", OffsetDateTime.class),
        materials,
        incidents,
        payment);
  }

  private static String reference(int year, int sequence) {
    return String.format("%d-SEC-%04d", year, sequence);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(BUSINESS_ZONE));
  }

  private static String currentSubject() {
    Authentication authentication =
        org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
    return authentication == null ? "system" : CurrentUser.from(authentication).subject();
  }

  private record Year(int callYear, BigDecimal cap, int lastSequence, OffsetDateTime ledgerClock) {}

  private record QueuedClaim(UUID id, BigDecimal uncapped, BigDecimal reserved, String status) {}

  /**
   * Times the year's ledger transactions one microsecond apart and after the year's previous ones,
   * so the ledger, replayed in time order, sees them in the order they were made.
   */
  private final class LedgerClock {
    private OffsetDateTime last;

    private LedgerClock(OffsetDateTime previous) {
      this.last = previous;
    }

    OffsetDateTime next() {
      OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
      last = last == null || now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
      return last;
    }

    void save(int callYear) {
      if (last != null) {
        jdbc.sql("update securitisation_year set ledger_clock = :at where call_year = :year")
            .param("at", last)
            .param("year", callYear)
            .update();
      }
    }
  }
}
