package cn.gov.guizhou.ipp.funding.expenditure;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.funding.ExpenditureRecordedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.files.ContentSniffer;
import cn.gov.guizhou.ipp.kit.files.DocumentKind;
import cn.gov.guizhou.ipp.kit.files.Sha256;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expenditure of grants against their approved budget categories — the categories and amounts of
 * the application's budget of provincial funds — and the statement of a grant.
 */
@Service
public class Expenditures {

  private static final Set<DocumentKind> VOUCHER_KINDS =
      EnumSet.of(DocumentKind.PDF, DocumentKind.JPEG, DocumentKind.PNG);

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private final JdbcClient jdbc;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  public Expenditures(JdbcClient jdbc, OutboxEventPublisher events, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** Keeps the budget of the newest submission of an application. */
  public void onSubmitted(ApplicationSubmittedV1 submitted) {
    Optional<OffsetDateTime> known =
        jdbc.sql("select max(submitted_at) from approved_budget where application_id = :id")
            .param("id", submitted.applicationId())
            .query(OffsetDateTime.class)
            .optional();
    if (known.isPresent() && !submitted.submittedAt().isAfter(known.get())) {
      return;
    }
    jdbc.sql("delete from approved_budget where application_id = :id")
        .param("id", submitted.applicationId())
        .update();
    Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    for (BudgetLine line :
        submitted.budget() == null ? List.<BudgetLine>of() : submitted.budget()) {
      byCategory.merge(line.category(), line.amount(), BigDecimal::add);
      notes.merge(line.category(), line.note() == null ? "" : line.note(), (a, b) -> a + "; " + b);
    }
    byCategory.forEach(
        (category, amount) ->
            jdbc.sql(
                    """
                    insert into approved_budget (application_id, category, amount, note,
                                                 submitted_at)
                    values (:id, :category, :amount, :note, :at)
                    """)
                .param("id", submitted.applicationId())
                .param("category", category)
                .param("amount", amount)
                .param("note", notes.get(category))
                .param("at", submitted.submittedAt())
                .update());
  }

  /**
   * What a unit records: the expense and its voucher.
   *
   * @param category an approved budget category of the grant
   * @param amount CNY, positive, two decimals
   * @param spentOn the date of the expense, not in the future
   * @param payee who was paid
   * @param description what it paid for
   */
  public record Recording(
      String category, BigDecimal amount, LocalDate spentOn, String payee, String description) {}

  /**
   * A voucher as uploaded.
   *
   * @param filename its name
   * @param content its bytes
   */
  public record Voucher(String filename, byte[] content) {}

  /**
   * Records an expense of a grant, by a member of the funded unit (checked by the caller).
   *
   * @throws InvalidFieldException for a category outside the approved budget or bad fields
   */
  @Transactional
  public Expenditure record(
      GrantOfUnit grant, Recording recording, Voucher voucher, String recordedBy) {
    List<FieldViolation> problems = new ArrayList<>();
    Map<String, BigDecimal> approved = approvedBudget(grant.applicationId());
    if (recording.category() != null && !approved.containsKey(recording.category())) {
      problems.add(
          new FieldViolation(
              "category", "is not a category of the grant's approved budget " + approved.keySet()));
    }
    if (recording.spentOn() != null && recording.spentOn().isAfter(LocalDate.now(clock))) {
      problems.add(new FieldViolation("spentOn", "must not be in the future"));
    }
    String contentType = voucher == null ? null : voucherType(voucher.content());
    if (voucher == null || voucher.content().length == 0) {
      problems.add(new FieldViolation("voucher", "is required (a multipart part named voucher)"));
    } else if (contentType == null) {
      problems.add(new FieldViolation("voucher", "must be a PDF, JPEG or PNG file"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    String sha256 = Sha256.hex(voucher.content());
    jdbc.sql(
            """
            insert into expenditure (id, application_id, category, amount, spent_on, payee,
                                     description, voucher_filename, voucher_type, voucher_size,
                                     voucher_sha256, voucher_content, recorded_by, recorded_at)
            values (:id, :grant, :category, :amount, :spentOn, :payee, :description, :filename,
                    :type, :size, :sha, :content, :by, :at)
            """)
        .param("id", id)
        .param("grant", grant.applicationId())
        .param("category", recording.category())
        .param("amount", recording.amount())
        .param("spentOn", recording.spentOn())
        .param("payee", recording.payee())
        .param("description", recording.description())
        .param("filename", voucher.filename())
        .param("type", contentType)
        .param("size", (long) voucher.content().length)
        .param("sha", sha256)
        .param("content", voucher.content())
        .param("by", recordedBy)
        .param("at", now)
        .update();
    BigDecimal spentInCategory =
        spent(grant.applicationId()).getOrDefault(recording.category(), ZERO);
    ExpenditureRecordedV1.Voucher described =
        new ExpenditureRecordedV1.Voucher(
            voucher.filename(), contentType, voucher.content().length, sha256);
    events.publish(
        new ExpenditureRecordedV1(
            id,
            grant.applicationId(),
            grant.reference(),
            grant.callYear(),
            grant.trackCode(),
            grant.organisationId(),
            recording.category(),
            recording.amount(),
            recording.spentOn(),
            recording.payee(),
            recording.description(),
            described,
            approved.get(recording.category()),
            spentInCategory,
            recordedBy,
            now));
    audit.recordChange("RECORD", "expenditure", id, grant.organisationId());
    return new Expenditure(
        id,
        grant.applicationId(),
        recording.category(),
        recording.amount(),
        recording.spentOn(),
        recording.payee(),
        recording.description(),
        described,
        recordedBy,
        now);
  }

  /** One page of the grant's expenses, newest first (by the day spent), with their number. */
  @Transactional(readOnly = true)
  public Page<Expenditure> of(UUID grantId, PageQuery page) {
    long total =
        jdbc.sql("select count(*) from expenditure where application_id = :id")
            .param("id", grantId)
            .query(Long.class)
            .single();
    return new Page<>(
        page.bind(
                jdbc.sql(
                        """
                        select id, application_id, category, amount, spent_on, payee, description,
                               voucher_filename, voucher_type, voucher_size, voucher_sha256,
                               recorded_by, recorded_at
                        from expenditure where application_id = :id
                        order by spent_on desc, recorded_at desc, id desc"""
                            + PageQuery.LIMIT_OFFSET)
                    .param("id", grantId))
            .query(
                (rs, i) ->
                    new Expenditure(
                        rs.getObject("id", UUID.class),
                        grantId,
                        rs.getString("category"),
                        rs.getBigDecimal("amount"),
                        rs.getObject("spent_on", LocalDate.class),
                        rs.getString("payee"),
                        rs.getString("description"),
                        new ExpenditureRecordedV1.Voucher(
                            rs.getString("voucher_filename"),
                            rs.getString("voucher_type"),
                            rs.getLong("voucher_size"),
                            rs.getString("voucher_sha256")),
                        rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
            .list(),
        total);
  }

  /** A voucher's content, if the expense belongs to the grant. */
  @Transactional(readOnly = true)
  public Optional<VoucherContent> voucher(UUID grantId, UUID expenditureId) {
    return jdbc.sql(
            """
            select voucher_filename, voucher_type, voucher_content from expenditure
            where id = :id and application_id = :grant
            """)
        .param("id", expenditureId)
        .param("grant", grantId)
        .query(
            (rs, i) ->
                new VoucherContent(
                    rs.getString("voucher_filename"),
                    rs.getString("voucher_type"),
                    rs.getBytes("voucher_content")))
        .optional();
  }

  /**
   * A voucher's content.
   *
   * @param filename as uploaded
   * @param contentType its type
   * @param content its bytes
   */
  public record VoucherContent(String filename, String contentType, byte[] content) {}

  /**
   * The approved budget of a grant by category, in the order the application listed it; empty when
   * the application's budget is not known.
   */
  public Map<String, BigDecimal> approvedBudget(UUID grantId) {
    Map<String, BigDecimal> approved = new LinkedHashMap<>();
    jdbc.sql(
            """
            select category, amount from approved_budget where application_id = :id
            order by category
            """)
        .param("id", grantId)
        .query(
            rs -> {
              approved.put(rs.getString("category"), rs.getBigDecimal("amount"));
            });
    return approved;
  }

  /** What the grant spent, by category. */
  public Map<String, BigDecimal> spent(UUID grantId) {
    Map<String, BigDecimal> spent = new LinkedHashMap<>();
    jdbc.sql(
            """
            select category, sum(amount) as spent from expenditure where application_id = :id
            group by category order by category
            """)
        .param("id", grantId)
        .query(
            rs -> {
              spent.put(rs.getString("category"), rs.getBigDecimal("spent"));
            });
    return spent;
  }

  /**
   * The eligible spending of a grant: what it spent in each approved category, up to the category's
   * approved amount.
   */
  public BigDecimal eligibleSpending(UUID grantId) {
    Map<String, BigDecimal> approved = approvedBudget(grantId);
    return spent(grantId).entrySet().stream()
        .filter(e -> approved.containsKey(e.getKey()))
        .map(e -> e.getValue().min(approved.get(e.getKey())))
        .reduce(ZERO, BigDecimal::add);
  }

  /**
   * The grant an expense is recorded against, as the unit's member sees it.
   *
   * @param applicationId the grant
   * @param reference its reference
   * @param callYear its call's year
   * @param trackCode its track
   * @param organisationId the funded unit
   */
  public record GrantOfUnit(
      UUID applicationId, String reference, int callYear, String trackCode, UUID organisationId) {}

  /** A voucher is a PDF or a photograph of one, told from its bytes. */
  private static String voucherType(byte[] content) {
    return ContentSniffer.sniff(content)
        .filter(kind -> VOUCHER_KINDS.contains(kind))
        .map(DocumentKind::mediaType)
        .orElse(null);
  }
}
