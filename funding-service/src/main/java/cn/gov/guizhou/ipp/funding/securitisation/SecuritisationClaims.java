package cn.gov.guizhou.ipp.funding.securitisation;

import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.contracts.funding.SecuritisationClaimRefusedV1;
import cn.gov.guizhou.ipp.contracts.funding.SecuritisationReservationChangedV1;
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
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files, voids and pays securitisation claims, and keeps the year's queue.
 *
 * <p>Every change to a year's claims first locks the year's row ({@code securitisation_year}, made
 * on the year's first claim), so claims are numbered and reserved one at a time in filing order
 * whatever the concurrency; a filing then locks its product's row ({@code securitisation_product}),
 * so the product's claims — whoever files them, in whichever year — declare one issuance amount,
 * never more financing than it, and never more subsidy together than its 4%. The database also
 * refuses any commit that would leave the year's claims reserving more than its cap or a product's
 * claims beyond its issuance or subsidy. Calls to applicant-service (membership, credit check) are
 * made before the locks are taken.
 *
 * <p>A claim that will not be paid (a default or overdue repayment recorded, a credit record found
 * at payment, the qualification withdrawn by an officer, a registration outside Guizhou) is refused
 * at once: its reservation is released, the queue served again in filing order, each change
 * published, and the enterprise reads the ground and reason on its claim. A claim is paid only
 * after a finance officer confirmed, with evidence, that its product ran to its end without overdue
 * payment or default.
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
  private static final String CAUSE_FILING = "FILING";
  private static final String CAUSE_VOID = "VOID";
  private static final String CAUSE_REFUSAL = "REFUSAL";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final TransactionTemplate ownTransactions;
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
    this.ownTransactions = new TransactionTemplate(transactionManager);
    this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
    GuizhouRegistration.refusal(organisation.creditCode(), organisation.region())
        .ifPresent(reason -> violations.add(new FieldViolation("organisationId", reason)));
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
    UUID id = UUID.randomUUID();
    String subject = CurrentUser.from(caller).subject();
    String productKey = productKey(claim.productCode());
    transactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          if (liveClaimFor(claim.organisationId(), productKey)) {
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
          lockProduct(productKey, claim, rule);
          BigDecimal subsidy = shareOfProduct(productKey, claim, rule);
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
                     filed_at, product_key, region)
                  values (:id, :year, :sequence, :version, :organisation, :code, :name, :product,
                          :productCode, :issuance, :issued, :ends, :financing, :uncapped, 0,
                          'QUEUED', :by, :at, :productKey, :region)
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
              .param("productKey", productKey)
              .param("region", organisation.region())
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
          reflow(year, rule, new LedgerClock(year.ledgerClock()), CAUSE_FILING, id);
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
            FieldViolation.localised(
                file.materialId(),
                "应为 PDF、图片或办公文档",
                "must be a PDF, an image or an office document"));
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
            FieldViolation.localised(
                material.id(),
                "缺少必备材料：" + material.zh(),
                "is required: " + material.en() + " (missing)"));
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

  private boolean liveClaimFor(UUID organisationId, String productKey) {
    return jdbc.sql(
            """
            select exists (select 1 from securitisation_claim
                           where organisation_id = :organisation and product_key = :key
                             and status <> 'VOIDED')
            """)
        .param("organisation", organisationId)
        .param("key", productKey)
        .query(Boolean.class)
        .single();
  }

  // ---------------------------------------------------------------------------------------------
  // The product: one issuance amount and one subsidy, whoever files

  /** A product is known by its code, trimmed and in upper case. */
  static String productKey(String productCode) {
    return productCode.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * The product's row, made if needed, locked until the transaction ends. While the product has
   * live claims its issuance amount and dates are theirs and the new claim must declare the same; a
   * product whose claims were all voided takes the new claim's.
   *
   * @throws InvalidFieldException naming each field that differs from the product's other claims
   */
  private void lockProduct(String productKey, NewClaim claim, SecuritisationRule rule) {
    BigDecimal subsidy = ProductShare.productSubsidy(rule.rule(), claim.issuanceAmount());
    jdbc.sql(
            """
            insert into securitisation_product
              (product_key, issuance_amount, issue_date, end_date, subsidy)
            values (:key, :issuance, :issued, :ends, :subsidy)
            on conflict (product_key) do nothing
            """)
        .param("key", productKey)
        .param("issuance", claim.issuanceAmount())
        .param("issued", claim.issueDate())
        .param("ends", claim.endDate())
        .param("subsidy", subsidy)
        .update();
    Product product =
        jdbc.sql(
                """
                select issuance_amount, issue_date, end_date from securitisation_product
                where product_key = :key for update
                """)
            .param("key", productKey)
            .query(
                (rs, i) ->
                    new Product(
                        rs.getBigDecimal("issuance_amount"),
                        rs.getObject("issue_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)))
            .single();
    boolean claimed =
        jdbc.sql(
                """
                select exists (select 1 from securitisation_claim
                               where product_key = :key and status <> 'VOIDED')
                """)
            .param("key", productKey)
            .query(Boolean.class)
            .single();
    if (!claimed) {
      jdbc.sql(
              """
              update securitisation_product
              set issuance_amount = :issuance, issue_date = :issued, end_date = :ends,
                  subsidy = :subsidy
              where product_key = :key
              """)
          .param("key", productKey)
          .param("issuance", claim.issuanceAmount())
          .param("issued", claim.issueDate())
          .param("ends", claim.endDate())
          .param("subsidy", subsidy)
          .update();
      return;
    }
    List<FieldViolation> violations = new ArrayList<>();
    String code = claim.productCode().strip();
    if (product.issuanceAmount().compareTo(claim.issuanceAmount()) != 0) {
      violations.add(
          new FieldViolation(
              "issuanceAmount",
              "product "
                  + code
                  + " was claimed with an issuance amount of "
                  + product.issuanceAmount().toPlainString()
                  + ": one product has one issuance amount, whoever files"));
    }
    if (!product.issueDate().equals(claim.issueDate())) {
      violations.add(
          new FieldViolation(
              "issueDate", "product " + code + " was claimed as issued on " + product.issueDate()));
    }
    if (!product.endDate().equals(claim.endDate())) {
      violations.add(
          new FieldViolation(
              "endDate", "product " + code + " was claimed as ending on " + product.endDate()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
  }

  /**
   * The new claim's subsidy before the year's cap: its share of the product's, by its financing ÷
   * the product's issuance, within what the product's other live claims leave (see {@link
   * ProductShare}).
   *
   * @throws InvalidFieldException on financingAmount when the product's financing would exceed its
   *     issuance, or nothing is left of its subsidy
   */
  private BigDecimal shareOfProduct(String productKey, NewClaim claim, SecuritisationRule rule) {
    List<BigDecimal[]> others =
        jdbc.sql(
                """
                select financing_amount, uncapped_subsidy from securitisation_claim
                where product_key = :key and status <> 'VOIDED'
                """)
            .param("key", productKey)
            .query(
                (rs, i) ->
                    new BigDecimal[] {
                      rs.getBigDecimal("financing_amount"), rs.getBigDecimal("uncapped_subsidy")
                    })
            .list();
    BigDecimal share;
    try {
      share =
          ProductShare.of(
              rule.rule(),
              claim.issuanceAmount(),
              claim.financingAmount(),
              others.stream().map(o -> o[0]).toList(),
              others.stream().map(o -> o[1]).toList());
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
    if (share.signum() == 0) {
      throw new InvalidFieldException(
          "financingAmount",
          "nothing is left of product "
              + claim.productCode().strip()
              + "'s subsidy: its other claims were granted all of it");
    }
    return share;
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
   * each change of a reservation, its ledger transaction and its event: decreases first, so the
   * track's budget never goes below zero on the way.
   *
   * @param cause FILING, VOID or REFUSAL
   * @param causeClaimId the claim filed, voided or refused
   */
  private void reflow(
      Year year, SecuritisationRule rule, LedgerClock at, String cause, UUID causeClaimId) {
    List<QueuedClaim> queued =
        jdbc.sql(
                """
                select id, sequence, organisation_id, product_code, uncapped_subsidy,
                       reserved_amount, status
                from securitisation_claim
                where call_year = :year and status not in ('VOIDED', 'REFUSED')
                order by sequence for update
                """)
            .param("year", year.callYear())
            .query(
                (rs, i) ->
                    new QueuedClaim(
                        rs.getObject("id", UUID.class),
                        rs.getInt("sequence"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("product_code"),
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
        boolean filedNow = CAUSE_FILING.equals(cause) && claim.id().equals(causeClaimId);
        boolean write =
            decreases
                ? change.signum() < 0
                : change.signum() > 0
                    || (change.signum() == 0 && (filedNow || !status.equals(claim.status())));
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
        events.publish(
            new SecuritisationReservationChangedV1(
                claim.id(),
                reference(year.callYear(), claim.sequence()),
                year.callYear(),
                TRACK,
                claim.organisationId(),
                claim.productCode(),
                filedNow ? null : claim.status(),
                status,
                filedNow ? ZERO : claim.reserved(),
                reserved.get(i),
                cause,
                causeClaimId,
                OffsetDateTime.now(clock)));
      }
    }
    at.save(year.callYear());
  }

  // ---------------------------------------------------------------------------------------------
  // Refusing: a claim that will not be paid

  /**
   * Refuses a claim an officer will not pay: its qualification as a securitisation financing
   * enterprise was withdrawn, or a credit record of the enterprise is known. Its reservation is
   * released at once and the queue served again.
   *
   * @param ground QUALIFICATION_WITHDRAWN or CREDIT_RECORD
   * @throws NotFoundException when the claim does not exist
   * @throws ConflictException CLAIM_NOT_REFUSABLE when it is voided, refused or paid already
   */
  public Claim refuse(UUID id, RefusalGround ground, String reason, Authentication caller) {
    Claim claim = find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    SecuritisationRule rule = ruleOf(claim.callYear());
    transactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          Claim locked = lockClaim(id);
          if (!refusable(locked)) {
            throw refused(
                OBJECT_TYPE + ".refuse",
                id,
                "CLAIM_NOT_REFUSABLE",
                "claim " + locked.reference() + " is " + locked.status());
          }
          refuseLocked(
              year, rule, locked, ground, reason.strip(), CurrentUser.from(caller).subject());
        });
    return find(id).orElseThrow();
  }

  private static boolean refusable(Claim claim) {
    return !ClaimQueue.VOIDED.equals(claim.status())
        && !ClaimQueue.REFUSED.equals(claim.status())
        && !ClaimQueue.PAID.equals(claim.status());
  }

  /**
   * Refuses a claim whose year and row are locked: REFUSED with its ground and reason, what it
   * reserved released, the queue served again, its events and audit, in the caller's transaction.
   */
  private void refuseLocked(
      Year year,
      SecuritisationRule rule,
      Claim locked,
      RefusalGround ground,
      String reason,
      String by) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    LedgerClock at = new LedgerClock(year.ledgerClock());
    BigDecimal released = locked.reservedAmount();
    jdbc.sql(
            """
            update securitisation_claim
            set status = 'REFUSED', reserved_amount = 0, refusal_ground = :ground,
                refusal_reason = :reason, released_amount = :released, refused_by = :by,
                refused_at = :at
            where id = :id
            """)
        .param("ground", ground.name())
        .param("reason", reason)
        .param("released", released)
        .param("by", by)
        .param("at", now)
        .param("id", locked.id())
        .update();
    if (released.signum() > 0) {
      ledger.record(
          LedgerTransaction.release(
              locked.callYear() + "/" + TRACK, locked.id().toString(), released),
          at.next());
    }
    events.publish(
        new SecuritisationReservationChangedV1(
            locked.id(),
            locked.reference(),
            locked.callYear(),
            TRACK,
            locked.organisationId(),
            locked.productCode(),
            locked.status(),
            ClaimQueue.REFUSED,
            released,
            ZERO,
            CAUSE_REFUSAL,
            locked.id(),
            now));
    events.publish(
        new SecuritisationClaimRefusedV1(
            locked.id(),
            locked.reference(),
            locked.callYear(),
            TRACK,
            locked.organisationId(),
            locked.creditCode(),
            locked.productCode(),
            ground.name(),
            reason,
            released,
            now));
    reflow(year, rule, at, CAUSE_REFUSAL, locked.id());
    audit.recordChange(OBJECT_TYPE + ".refuse", OBJECT_TYPE, locked.id(), locked.organisationId());
  }

  // ---------------------------------------------------------------------------------------------
  // Voiding

  /**
   * Voids a claim: its reservation is released and the queue served again in filing order.
   *
   * @throws NotFoundException when the claim does not exist or the caller may not see it
   * @throws ConflictException CLAIM_NOT_VOIDABLE when it is voided, refused or paid already
   */
  public Claim voidClaim(UUID id, String reason, Authentication caller) {
    Claim claim = visible(id, caller, OBJECT_TYPE + ".void");
    SecuritisationRule rule = ruleOf(claim.callYear());
    transactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          Claim locked = lockClaim(id);
          if (!refusable(locked)) {
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
          events.publish(
              new SecuritisationReservationChangedV1(
                  id,
                  locked.reference(),
                  locked.callYear(),
                  TRACK,
                  locked.organisationId(),
                  locked.productCode(),
                  locked.status(),
                  ClaimQueue.VOIDED,
                  locked.reservedAmount(),
                  ZERO,
                  CAUSE_VOID,
                  id,
                  OffsetDateTime.now(clock)));
          reflow(year, rule, at, CAUSE_VOID, id);
          audit.recordChange(OBJECT_TYPE + ".void", OBJECT_TYPE, id, claim.organisationId());
        });
    return find(id).orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // Repayment incidents

  /**
   * Records a default or an overdue repayment of the claim's product. A claim that was not paid is
   * refused in the same transaction: it will not be paid, so its reservation is released and the
   * queue served again.
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
    SecuritisationRule rule = ruleOf(claim.callYear());
    UUID incident = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    String by = currentSubject();
    transactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          Claim locked = lockClaim(id);
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
              .param("by", by)
              .param("at", now)
              .update();
          audit.recordChange(OBJECT_TYPE + ".incident", OBJECT_TYPE, id, claim.organisationId());
          if (refusable(locked)) {
            RefusalGround ground = RefusalGround.valueOf(kind);
            refuseLocked(
                year,
                rule,
                locked,
                ground,
                ground.zh() + "（" + occurredOn + "）：" + note.strip(),
                by);
          }
        });
    return new Claim.Incident(incident, kind, occurredOn, note.strip(), now);
  }

  // ---------------------------------------------------------------------------------------------
  // The product's completion, confirmed

  /**
   * A finance officer confirms, with evidence, that the claim's product ran to its end without
   * overdue payment or default: the condition the claim is paid on, recorded rather than assumed.
   *
   * @param endedOn when the product ended: on or after its declared end date, not in the future
   * @param evidence the evidence's file name and bytes (a PDF, an image or an office document)
   * @throws ConflictException CLAIM_NOT_CONFIRMABLE (voided, refused or paid), PRODUCT_NOT_ENDED,
   *     or COMPLETION_ALREADY_CONFIRMED (each audited)
   * @throws InvalidFieldException on endedOn or evidence
   */
  public Claim confirmCompletion(
      UUID id,
      LocalDate endedOn,
      String note,
      String filename,
      byte[] evidence,
      Authentication caller) {
    String action = OBJECT_TYPE + ".completion";
    Claim claim = find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    List<FieldViolation> violations = new ArrayList<>();
    if (endedOn.isAfter(today())) {
      violations.add(new FieldViolation("endedOn", "must not be in the future"));
    } else if (endedOn.isBefore(claim.endDate())) {
      violations.add(
          new FieldViolation(
              "endedOn",
              "product "
                  + claim.productCode()
                  + " runs to "
                  + claim.endDate()
                  + ": confirm that it ran to its end once it has"));
    }
    if (evidence.length == 0) {
      violations.add(new FieldViolation("evidence", "the file is empty"));
    } else if (ContentSniffer.sniff(evidence).isEmpty()) {
      violations.add(
          new FieldViolation("evidence", "must be a PDF, an image or an office document"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
    transactions.executeWithoutResult(
        status -> {
          Claim locked = lockClaim(id);
          if (!refusable(locked)) {
            throw refused(
                action,
                id,
                "CLAIM_NOT_CONFIRMABLE",
                "claim " + locked.reference() + " is " + locked.status());
          }
          if (!today().isAfter(locked.endDate())) {
            throw refused(
                action,
                id,
                "PRODUCT_NOT_ENDED",
                "product " + locked.productCode() + " ends on " + locked.endDate());
          }
          if (locked.completion() != null) {
            throw refused(
                action,
                id,
                "COMPLETION_ALREADY_CONFIRMED",
                "the completion of claim "
                    + locked.reference()
                    + "'s product was confirmed on "
                    + locked.completion().confirmedAt());
          }
          jdbc.sql(
                  """
                  insert into securitisation_completion
                    (claim_id, ended_on, note, filename, content_type, size, sha256, content,
                     confirmed_by, confirmed_at)
                  values (:claim, :ended, :note, :filename, :type, :size, :sha256, :content,
                          :by, :at)
                  """)
              .param("claim", id)
              .param("ended", endedOn)
              .param("note", note.strip())
              .param("filename", filename)
              .param("type", ContentSniffer.sniff(evidence).orElseThrow().mediaType())
              .param("size", evidence.length)
              .param("sha256", Sha256.hex(evidence))
              .param("content", evidence)
              .param("by", CurrentUser.from(caller).subject())
              .param("at", OffsetDateTime.now(clock))
              .update();
          audit.recordChange(action, OBJECT_TYPE, id, locked.organisationId());
        });
    return find(id).orElseThrow();
  }

  /** The completion's evidence, for whoever may see the claim. */
  public Optional<MaterialContent> completionEvidence(UUID id, Authentication caller) {
    visible(id, caller, OBJECT_TYPE + ".completion-evidence");
    return jdbc.sql(
            "select filename, content_type, content from securitisation_completion"
                + " where claim_id = :id")
        .param("id", id)
        .query(
            (rs, i) ->
                new MaterialContent(
                    rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
        .optional();
  }

  // ---------------------------------------------------------------------------------------------
  // Payment

  /**
   * Pays a claim what it reserves, once: after its product ended, with no default or overdue
   * repayment recorded, its completion confirmed by a finance officer, the enterprise registered in
   * Guizhou, and after a fresh, clear credit check of the enterprise. An enterprise not registered
   * in Guizhou or whose check finds records will not be paid: its claim is refused, its reservation
   * released and the queue served again, and the payment is answered with the reason.
   *
   * @throws ConflictException CLAIM_NOT_PAYABLE, PRODUCT_DEFAULTED, PRODUCT_NOT_ENDED,
   *     COMPLETION_NOT_CONFIRMED, NOT_REGISTERED_IN_GUIZHOU, CREDIT_NOT_CLEAR,
   *     CREDIT_CHECK_UNAVAILABLE or DUPLICATE_PAYMENT_REFERENCE (each audited)
   */
  public Claim pay(UUID id, String paymentReference, LocalDate paidOn, Authentication caller) {
    String action = OBJECT_TYPE + ".pay";
    Claim claim = find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    if (paidOn.isAfter(today())) {
      throw new InvalidFieldException("paidOn", "must not be in the future");
    }
    SecuritisationRule rule = ruleOf(claim.callYear());
    requirePayable(claim, rule, paidOn, paymentReference.strip());
    String by = CurrentUser.from(caller).subject();
    Optional<String> outsideGuizhou =
        GuizhouRegistration.refusal(claim.creditCode(), claim.region());
    if (outsideGuizhou.isPresent()) {
      refuseIfLive(id, rule, RefusalGround.NOT_REGISTERED_IN_GUIZHOU, outsideGuizhou.get(), by);
      throw refused(
          action,
          id,
          "NOT_REGISTERED_IN_GUIZHOU",
          "the enterprise is not registered in Guizhou: "
              + outsideGuizhou.get()
              + "; the claim is refused and its reservation released");
    }
    CreditClearance.Verdict verdict =
        credit.check(claim.creditCode(), claim.callYear(), TRACK, "claim " + id);
    verdict
        .refusal()
        .ifPresent(
            refusal -> {
              if ("RECORDS_FOUND".equals(verdict.outcome())) {
                // Records found: the enterprise will not be paid; its reservation is re-offered.
                refuseIfLive(
                    id,
                    rule,
                    RefusalGround.CREDIT_RECORD,
                    RefusalGround.CREDIT_RECORD.zh() + "（信用核查 " + verdict.checkId() + "）",
                    by);
              }
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
              .param("by", by)
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
    if (claim.completion() == null) {
      throw refused(
          action,
          claim.id(),
          "COMPLETION_NOT_CONFIRMED",
          "no finance officer has confirmed, with evidence, that product "
              + claim.productCode()
              + " ran to its end without overdue payment or default: confirm it first");
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

  /**
   * Refuses the claim in a transaction of its own, unless it is no longer live: it commits although
   * the payment that found the reason is refused (and the payment's idempotent transaction rolled
   * back).
   */
  private void refuseIfLive(
      UUID id, SecuritisationRule rule, RefusalGround ground, String reason, String by) {
    ownTransactions.executeWithoutResult(
        status -> {
          Year year = lockYear(rule);
          Claim locked = lockClaim(id);
          if (refusable(locked)) {
            refuseLocked(year, rule, locked, ground, reason, by);
          }
        });
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
                "select "
                    + ENTRY_COLUMNS
                    + " from securitisation_claim where call_year = :year order by sequence")
            .param("year", callYear)
            .query(SecuritisationClaims::entry)
            .list();
    BigDecimal reserved =
        entries.stream()
            .filter(e -> !ClaimQueue.VOIDED.equals(e.status()))
            .map(ClaimQueueView.Entry::reservedAmount)
            .reduce(ZERO, BigDecimal::add);
    return new ClaimQueueView(
        callYear, cap.setScale(2), reserved, cap.subtract(reserved).setScale(2), entries);
  }

  private static final String ENTRY_COLUMNS =
      """
      id, call_year, sequence, organisation_id, legal_name, product_name, product_code,
      issuance_amount, financing_amount, uncapped_subsidy, reserved_amount, status, filed_at\
      """;

  private static ClaimQueueView.Entry entry(ResultSet rs, int row) throws SQLException {
    return new ClaimQueueView.Entry(
        rs.getObject("id", UUID.class),
        rs.getInt("call_year"),
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
        rs.getObject("filed_at", OffsetDateTime.class));
  }

  /**
   * One page of an enterprise's own claims, newest first, each with its place in its year's queue:
   * for a member of the enterprise or bureau staff.
   *
   * @throws NotFoundException when the caller is neither (audited), as for one of its claims
   */
  public Page<ClaimQueueView.Entry> ofOrganisation(
      UUID organisationId, PageQuery page, Authentication caller) {
    CurrentUser user = CurrentUser.from(caller);
    if (STAFF.stream().noneMatch(user::hasRole)
        && members.organisationOf(organisationId, caller).isEmpty()) {
      audit.recordRefusal(
          OBJECT_TYPE + ".list", "organisation", organisationId, AuditOutcome.NOT_VISIBLE, null);
      throw new NotFoundException("organisation", organisationId);
    }
    long total =
        jdbc.sql("select count(*) from securitisation_claim where organisation_id = :organisation")
            .param("organisation", organisationId)
            .query(Long.class)
            .single();
    List<ClaimQueueView.Entry> rows =
        page.bind(
                jdbc.sql(
                        "select "
                            + ENTRY_COLUMNS
                            + " from securitisation_claim where organisation_id = :organisation"
                            + " order by filed_at desc, id desc"
                            + PageQuery.LIMIT_OFFSET)
                    .param("organisation", organisationId))
            .query(SecuritisationClaims::entry)
            .list();
    return new Page<>(rows, total);
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
    Claim.Completion completion =
        jdbc.sql(
                """
                select ended_on, note, filename, content_type, size, sha256, confirmed_at
                from securitisation_completion where claim_id = :id
                """)
            .param("id", id)
            .query(
                (rs, i) ->
                    new Claim.Completion(
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("note"),
                        new Claim.Material(
                            "evidence",
                            rs.getString("filename"),
                            rs.getString("content_type"),
                            rs.getLong("size"),
                            rs.getString("sha256")),
                        rs.getObject("confirmed_at", OffsetDateTime.class)))
            .optional()
            .orElse(null);
    return jdbc.sql(
            """
            select id, call_year, sequence, rule_version, organisation_id, credit_code, legal_name,
                   region, product_name, product_code, issuance_amount, issue_date, end_date,
                   financing_amount, uncapped_subsidy, reserved_amount, status, void_reason,
                   filed_at, refusal_ground, refusal_reason, released_amount, refused_at
            from securitisation_claim where id = :id
            """)
        .param("id", id)
        .query((rs, i) -> map(rs, materials, incidents, payment, completion))
        .optional();
  }

  private static Claim map(
      ResultSet rs,
      List<Claim.Material> materials,
      List<Claim.Incident> incidents,
      Claim.Payment payment,
      Claim.Completion completion)
      throws SQLException {
    String ground = rs.getString("refusal_ground");
    Claim.Refusal refusal =
        ground == null
            ? null
            : new Claim.Refusal(
                ground,
                RefusalGround.valueOf(ground).zh(),
                RefusalGround.valueOf(ground).en(),
                rs.getString("refusal_reason"),
                rs.getBigDecimal("released_amount"),
                rs.getObject("refused_at", OffsetDateTime.class));
    return new Claim(
        rs.getObject("id", UUID.class),
        reference(rs.getInt("call_year"), rs.getInt("sequence")),
        rs.getInt("call_year"),
        rs.getInt("sequence"),
        rs.getInt("rule_version"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("credit_code"),
        rs.getString("legal_name"),
        rs.getString("region"),
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
        payment,
        refusal,
        completion);
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

  private record QueuedClaim(
      UUID id,
      int sequence,
      UUID organisationId,
      String productCode,
      BigDecimal uncapped,
      BigDecimal reserved,
      String status) {}

  private record Product(BigDecimal issuanceAmount, LocalDate issueDate, LocalDate endDate) {}

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
