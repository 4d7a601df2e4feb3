package cn.gov.guizhou.ipp.monitoring.funduse;

import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.funding.ExpenditureRecordedV1;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.monitoring.funduse.FinalAccounts.CategoryExecution;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.CategoryLine;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.FlagCounts;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.Period;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.ProjectLine;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.Totals;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.rules.FundUseRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fund-use supervision. Keeps every tranche funding-service pays and every expenditure a monitored
 * project records; judges each expenditure by the {@link FundUseRules} (thresholds {@code
 * ipp.monitoring.fund-use.large-amount}, CNY 50,000.00, and {@code
 * ipp.monitoring.fund-use.large-share}, 0.20, unless set) and raises one flag per finding; the firm
 * contracted for the project confirms or dismisses each with a reason. Every change to a project's
 * flags recomputes its colour: an open flag is YELLOW, a confirmed misappropriation RED.
 */
@Service
public class FundUse {

  /** Object type of fund-use flags in the audit trail. */
  public static final String FLAG = "fund-flag";

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final BigDecimal ZERO = new BigDecimal("0.00");
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final Logger log = LoggerFactory.getLogger(FundUse.class);

  private final JdbcClient jdbc;
  private final MonitoredProjects projects;
  private final ApplicationEventPublisher changes;
  private final AuditTrail audit;
  private final Clock clock;
  private final FundUseRules rules;

  public FundUse(
      JdbcClient jdbc,
      MonitoredProjects projects,
      ApplicationEventPublisher changes,
      AuditTrail audit,
      Clock clock,
      @Value("${ipp.monitoring.fund-use.large-amount:50000.00}") BigDecimal largeAmount,
      @Value("${ipp.monitoring.fund-use.large-share:0.20}") BigDecimal largeShare) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
    this.rules = new FundUseRules(largeAmount, largeShare);
  }

  /** The rules in force. */
  public FundUseRules rules() {
    return rules;
  }

  /** Keeps a tranche paid (a securitisation subsidy is no grant's money and is not kept). */
  @Transactional
  public void onDisbursed(FundsDisbursedV1 paid) {
    if (!"TRANCHE".equals(paid.kind())) {
      return;
    }
    jdbc.sql(
            """
            insert into fund_disbursement (payment_id, grant_id, tranche_sequence, amount,
                                           offset_amount, cash_amount, payment_reference, paid_on,
                                           recorded_at)
            values (:id, :grant, :tranche, :amount, :offset, :cash, :reference, :paidOn, :at)
            on conflict (payment_id) do nothing
            """)
        .param("id", paid.paymentId())
        .param("grant", paid.grantId())
        .param("tranche", paid.trancheSequence())
        .param("amount", paid.amount())
        .param("offset", paid.offsetAmount() == null ? BigDecimal.ZERO : paid.offsetAmount())
        .param("cash", paid.cashAmount() == null ? paid.amount() : paid.cashAmount())
        .param("reference", paid.paymentReference())
        .param("paidOn", paid.paidOn())
        .param("at", paid.recordedAt())
        .update();
  }

  /**
   * Keeps an expenditure of a monitored project and raises the flags it calls for; the expenditure
   * of a project not monitored is ignored.
   */
  @Transactional
  public void onExpenditure(ExpenditureRecordedV1 spent) {
    Optional<MonitoredProject> found = projects.find(spent.applicationId());
    if (found.isEmpty()) {
      log.debug("Expenditure {} of an unmonitored grant ignored", spent.expenditureId());
      return;
    }
    MonitoredProject project = found.get();
    int kept =
        jdbc.sql(
                """
                insert into fund_expenditure (expenditure_id, project_id, category, amount,
                                              spent_on, payee, description, voucher_sha256,
                                              approved_in_category, spent_in_category,
                                              recorded_by, recorded_at)
                values (:id, :project, :category, :amount, :spentOn, :payee, :description,
                        :sha256, :approved, :spent, :by, :at)
                on conflict (expenditure_id) do nothing
                """)
            .param("id", spent.expenditureId())
            .param("project", project.projectId())
            .param("category", spent.category())
            .param("amount", spent.amount())
            .param("spentOn", spent.spentOn())
            .param("payee", spent.payee())
            .param("description", spent.description())
            .param("sha256", spent.voucher() == null ? null : spent.voucher().sha256())
            .param("approved", spent.approvedInCategory())
            .param("spent", spent.spentInCategory())
            .param("by", spent.recordedBy())
            .param("at", spent.recordedAt())
            .update();
    if (kept == 0) {
      return;
    }
    Map<String, BigDecimal> approved = approvedBudget(project.projectId());
    if (approved.isEmpty()
        && spent.approvedInCategory() != null
        && spent.approvedInCategory().signum() > 0) {
      approved = Map.of(spent.category(), spent.approvedInCategory());
    }
    BigDecimal spentInCategory =
        spent.spentInCategory() != null
            ? spent.spentInCategory()
            : jdbc.sql(
                    """
                    select coalesce(sum(amount), 0) from fund_expenditure
                    where project_id = :project and category = :category
                    """)
                .param("project", project.projectId())
                .param("category", spent.category())
                .query(BigDecimal.class)
                .single();
    LocalDate firstPaid =
        jdbc.sql("select min(paid_on) from fund_disbursement where grant_id = :grant")
            .param("grant", project.projectId())
            .query(LocalDate.class)
            .optional()
            .orElse(null);
    List<FundUseRules.Flag> flags =
        rules.judge(
            new FundUseRules.Expenditure(spent.amount(), spent.category(), spent.spentOn()),
            new FundUseRules.Context(
                approved,
                spentInCategory,
                project.awardedAmount(),
                firstPaid,
                project.implementationEnd()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    int raised = 0;
    for (FundUseRules.Flag flag : flags) {
      raised +=
          jdbc.sql(
                  """
                  insert into fund_flag (id, project_id, kind, expenditure_id, amount, detail,
                                         status, raised_at)
                  values (:id, :project, :kind, :expenditure, :amount, :detail, 'OPEN', :at)
                  on conflict (expenditure_id, kind) do nothing
                  """)
              .param("id", UUID.randomUUID())
              .param("project", project.projectId())
              .param("kind", flag.kind().name())
              .param("expenditure", spent.expenditureId())
              .param("amount", spent.amount())
              .param("detail", flag.detail())
              .param("at", now)
              .update();
    }
    if (raised > 0) {
      log.info(
          "{} fund-use flags raised on expenditure {} of {}",
          raised,
          spent.expenditureId(),
          project.reference());
      changes.publishEvent(new MonitoredProjects.Changed(project.projectId()));
    }
  }

  /** The project of a flag, if the flag exists. */
  @Transactional(readOnly = true)
  public Optional<UUID> projectOfFlag(UUID flag) {
    return jdbc.sql("select project_id from fund_flag where id = :id")
        .param("id", flag)
        .query(UUID.class)
        .optional();
  }

  /**
   * The firm confirms or dismisses an open flag, with its reason; only a confirmed flag may be
   * misappropriation.
   *
   * @throws ConflictException FLAG_ALREADY_DECIDED
   * @throws InvalidFieldException misappropriation with a dismissal
   */
  @Transactional
  public FundFlag decide(
      UUID flag, boolean confirmed, boolean misappropriation, String reason, CurrentUser firm) {
    if (!confirmed && misappropriation) {
      throw new InvalidFieldException(
          "misappropriation", "only a confirmed flag can be misappropriation");
    }
    String status =
        jdbc.sql("select status from fund_flag where id = :id for update")
            .param("id", flag)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException(FLAG, flag));
    if (!"OPEN".equals(status)) {
      throw new ConflictException(
          "FLAG_ALREADY_DECIDED", "the flag was decided already; it is " + status);
    }
    jdbc.sql(
            """
            update fund_flag set status = :status, misappropriation = :misappropriation,
                   resolution_reason = :reason, resolved_by = :by, resolved_at = :at
            where id = :id
            """)
        .param("id", flag)
        .param("status", confirmed ? "CONFIRMED" : "DISMISSED")
        .param("misappropriation", misappropriation)
        .param("reason", reason)
        .param("by", firm.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    audit.recordChange(confirmed ? "CONFIRM_FUND_FLAG" : "DISMISS_FUND_FLAG", FLAG, flag);
    FundFlag decided = flag(flag);
    changes.publishEvent(new MonitoredProjects.Changed(decided.projectId()));
    return decided;
  }

  /** One flag. */
  @Transactional(readOnly = true)
  public FundFlag flag(UUID id) {
    return jdbc.sql(FLAGS + " where f.id = :id")
        .param("id", id)
        .query(this::mapFlag)
        .optional()
        .orElseThrow(() -> new NotFoundException(FLAG, id));
  }

  /** A project's flags, oldest expense first. */
  @Transactional(readOnly = true)
  public List<FundFlag> ofProject(UUID project) {
    return jdbc.sql(FLAGS + " where f.project_id = :project" + FLAG_ORDER)
        .param("project", project)
        .query(this::mapFlag)
        .list();
  }

  /** Flags of a status (every status if null), of one firm's projects (every project if null). */
  @Transactional(readOnly = true)
  public List<FundFlag> flags(String status, String firmClientId) {
    return jdbc.sql(
            FLAGS
                + """
                 where (cast(:status as text) is null or f.status = :status)
                   and (cast(:firm as text) is null or f.project_id in
                        (select project_id from monitoring_assignment where firm_client_id = :firm))
                """
                + FLAG_ORDER)
        .param("status", status)
        .param("firm", firmClientId)
        .query(this::mapFlag)
        .list();
  }

  private static final String FLAGS =
      """
      select f.id, f.project_id, p.reference, f.kind, f.expenditure_id, e.category, f.amount,
             e.spent_on, f.detail, f.status, f.misappropriation, f.resolution_reason,
             f.resolved_by, f.resolved_at, f.raised_at
      from fund_flag f
      join monitored_project p on p.project_id = f.project_id
      left join fund_expenditure e on e.expenditure_id = f.expenditure_id
      """;

  private static final String FLAG_ORDER = " order by p.reference, e.spent_on, f.raised_at, f.kind";

  private FundFlag mapFlag(ResultSet rs, int row) throws SQLException {
    return new FundFlag(
        rs.getObject("id", UUID.class),
        rs.getObject("project_id", UUID.class),
        rs.getString("reference"),
        rs.getString("kind"),
        rs.getObject("expenditure_id", UUID.class),
        rs.getString("category"),
        rs.getBigDecimal("amount"),
        rs.getObject("spent_on", LocalDate.class),
        rs.getString("detail"),
        rs.getString("status"),
        rs.getBoolean("misappropriation"),
        rs.getString("resolution_reason"),
        rs.getString("resolved_by"),
        rs.getObject("resolved_at", OffsetDateTime.class),
        rs.getObject("raised_at", OffsetDateTime.class));
  }

  /**
   * The fund-use supervision report of a period: every project with money paid or spent by the
   * period's end (only one firm's when {@code firmClientId} is set), by reference.
   */
  @Transactional(readOnly = true)
  public FundUseReport report(LocalDate from, LocalDate to, String firmClientId) {
    if (to.isBefore(from)) {
      throw new InvalidFieldException("to", "the period ends before it starts");
    }
    OffsetDateTime asAt = to.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime();
    record Row(
        UUID id,
        String reference,
        int year,
        String track,
        String firm,
        BigDecimal awarded,
        BigDecimal paidInPeriod,
        BigDecimal paidToDate,
        BigDecimal spentInPeriod,
        BigDecimal spentToDate) {}
    List<Row> rows =
        jdbc.sql(
                """
                select p.project_id, p.reference, p.call_year, p.track_code, a.firm_client_id,
                       p.awarded_amount,
                       coalesce(d.in_period, 0) as paid_in_period,
                       coalesce(d.to_date, 0) as paid_to_date,
                       coalesce(e.in_period, 0) as spent_in_period,
                       coalesce(e.to_date, 0) as spent_to_date
                from monitored_project p
                left join monitoring_assignment a on a.project_id = p.project_id
                left join (select grant_id,
                                  sum(amount) filter (where paid_on >= :from) as in_period,
                                  sum(amount) as to_date
                           from fund_disbursement where paid_on <= :to group by grant_id) d
                       on d.grant_id = p.project_id
                left join (select project_id,
                                  sum(amount) filter (where spent_on >= :from) as in_period,
                                  sum(amount) as to_date
                           from fund_expenditure where spent_on <= :to group by project_id) e
                       on e.project_id = p.project_id
                where (d.to_date is not null or e.to_date is not null)
                  and (cast(:firm as text) is null or a.firm_client_id = :firm)
                order by p.reference, p.project_id
                """)
            .param("from", from)
            .param("to", to)
            .param("firm", firmClientId)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getObject("project_id", UUID.class),
                        rs.getString("reference"),
                        rs.getInt("call_year"),
                        rs.getString("track_code"),
                        rs.getString("firm_client_id"),
                        money(rs.getBigDecimal("awarded_amount")),
                        money(rs.getBigDecimal("paid_in_period")),
                        money(rs.getBigDecimal("paid_to_date")),
                        money(rs.getBigDecimal("spent_in_period")),
                        money(rs.getBigDecimal("spent_to_date"))))
            .list();
    List<ProjectLine> lines = new ArrayList<>();
    FlagCounts allFlags = FlagCounts.NONE;
    BigDecimal awarded = ZERO;
    BigDecimal paidInPeriod = ZERO;
    BigDecimal paidToDate = ZERO;
    BigDecimal spentInPeriod = ZERO;
    BigDecimal spentToDate = ZERO;
    for (Row row : rows) {
      FlagCounts flags = flagCounts(row.id(), from, to, asAt);
      lines.add(
          new ProjectLine(
              row.id(),
              row.reference(),
              row.year(),
              row.track(),
              row.firm(),
              row.awarded(),
              row.paidInPeriod(),
              row.paidToDate(),
              row.spentInPeriod(),
              row.spentToDate(),
              categoryLines(row.id(), from, to),
              flags));
      allFlags = allFlags.plus(flags);
      awarded = awarded.add(row.awarded());
      paidInPeriod = paidInPeriod.add(row.paidInPeriod());
      paidToDate = paidToDate.add(row.paidToDate());
      spentInPeriod = spentInPeriod.add(row.spentInPeriod());
      spentToDate = spentToDate.add(row.spentToDate());
    }
    return new FundUseReport(
        new Period(from, to),
        List.copyOf(lines),
        new Totals(
            lines.size(), awarded, paidInPeriod, paidToDate, spentInPeriod, spentToDate, allFlags));
  }

  private List<CategoryLine> categoryLines(UUID project, LocalDate from, LocalDate to) {
    Map<String, BigDecimal[]> spent = new TreeMap<>();
    jdbc.sql(
            """
            select category, coalesce(sum(amount) filter (where spent_on >= :from), 0) as in_period,
                   sum(amount) as to_date
            from fund_expenditure where project_id = :project and spent_on <= :to
            group by category
            """)
        .param("project", project)
        .param("from", from)
        .param("to", to)
        .query(
            rs -> {
              spent.put(
                  rs.getString("category"),
                  new BigDecimal[] {
                    money(rs.getBigDecimal("in_period")), money(rs.getBigDecimal("to_date"))
                  });
            });
    List<CategoryLine> lines = new ArrayList<>();
    Map<String, BigDecimal> approved = approvedBudget(project);
    approved.forEach(
        (category, amount) -> {
          BigDecimal[] s = spent.getOrDefault(category, new BigDecimal[] {ZERO, ZERO});
          lines.add(new CategoryLine(category, amount, s[0], s[1], rate(s[1], amount)));
        });
    spent.forEach(
        (category, s) -> {
          if (!approved.containsKey(category)) {
            lines.add(new CategoryLine(category, ZERO, s[0], s[1], null));
          }
        });
    return List.copyOf(lines);
  }

  private FlagCounts flagCounts(UUID project, LocalDate from, LocalDate to, OffsetDateTime asAt) {
    return jdbc.sql(
            """
            select count(*) as raised,
                   count(*) filter (where f.status = 'CONFIRMED' and f.resolved_at < :asAt)
                     as confirmed,
                   count(*) filter (where f.status = 'CONFIRMED' and f.misappropriation
                                      and f.resolved_at < :asAt) as misappropriations,
                   count(*) filter (where f.status = 'DISMISSED' and f.resolved_at < :asAt)
                     as dismissed
            from fund_flag f join fund_expenditure e on e.expenditure_id = f.expenditure_id
            where f.project_id = :project and e.spent_on between :from and :to
            """)
        .param("project", project)
        .param("from", from)
        .param("to", to)
        .param("asAt", asAt)
        .query(
            (rs, i) -> {
              int raised = rs.getInt("raised");
              int confirmed = rs.getInt("confirmed");
              int dismissed = rs.getInt("dismissed");
              return new FlagCounts(
                  raised,
                  confirmed,
                  rs.getInt("misappropriations"),
                  dismissed,
                  raised - confirmed - dismissed);
            })
        .single();
  }

  /** The ex-post review of a project's final accounts, as the money stands now. */
  @Transactional(readOnly = true)
  public FinalAccounts finalAccounts(UUID projectId) {
    MonitoredProject project = projects.get(projectId);
    LocalDate end = project.implementationEnd();
    BigDecimal disbursed =
        sum("select sum(amount) from fund_disbursement where grant_id = :id", projectId, null);
    BigDecimal spent =
        sum("select sum(amount) from fund_expenditure where project_id = :id", projectId, null);
    BigDecimal carryOver = null;
    BigDecimal spentAfter = ZERO;
    if (end != null) {
      BigDecimal paidByEnd =
          sum(
              "select sum(amount) from fund_disbursement where grant_id = :id and paid_on <= :end",
              projectId,
              end);
      BigDecimal spentByEnd =
          sum(
              "select sum(amount) from fund_expenditure where project_id = :id"
                  + " and spent_on <= :end",
              projectId,
              end);
      carryOver = paidByEnd.subtract(spentByEnd);
      spentAfter = spent.subtract(spentByEnd);
    }
    Map<String, BigDecimal> spentByCategory = new TreeMap<>();
    jdbc.sql(
            """
            select category, sum(amount) as spent from fund_expenditure
            where project_id = :id group by category
            """)
        .param("id", projectId)
        .query(
            rs -> {
              spentByCategory.put(rs.getString("category"), money(rs.getBigDecimal("spent")));
            });
    List<CategoryExecution> categories = new ArrayList<>();
    Map<String, BigDecimal> approved = approvedBudget(projectId);
    approved.forEach(
        (category, amount) -> {
          BigDecimal s = spentByCategory.getOrDefault(category, ZERO);
          categories.add(
              new CategoryExecution(category, amount, s, amount.subtract(s), rate(s, amount)));
        });
    spentByCategory.forEach(
        (category, s) -> {
          if (!approved.containsKey(category)) {
            categories.add(new CategoryExecution(category, ZERO, s, s.negate(), null));
          }
        });
    FlagCounts flags =
        jdbc.sql(
                """
                select count(*) as raised,
                       count(*) filter (where status = 'CONFIRMED') as confirmed,
                       count(*) filter (where status = 'CONFIRMED' and misappropriation)
                         as misappropriations,
                       count(*) filter (where status = 'DISMISSED') as dismissed,
                       count(*) filter (where status = 'OPEN') as open
                from fund_flag where project_id = :id
                """)
            .param("id", projectId)
            .query(
                (rs, i) ->
                    new FlagCounts(
                        rs.getInt("raised"),
                        rs.getInt("confirmed"),
                        rs.getInt("misappropriations"),
                        rs.getInt("dismissed"),
                        rs.getInt("open")))
            .single();
    BigDecimal awarded = money(project.awardedAmount());
    return new FinalAccounts(
        project.projectId(),
        project.reference(),
        project.callYear(),
        project.trackCode(),
        project.status(),
        awarded,
        project.implementationStart(),
        end,
        disbursed,
        awarded.subtract(disbursed),
        spent,
        disbursed.subtract(spent),
        carryOver,
        spentAfter,
        rate(spent, disbursed),
        List.copyOf(categories),
        flags);
  }

  private BigDecimal sum(String sql, UUID project, LocalDate end) {
    var statement = jdbc.sql(sql).param("id", project);
    if (end != null) {
      statement = statement.param("end", end);
    }
    return money(statement.query(BigDecimal.class).optional().orElse(null));
  }

  /** The approved budget by category, in the application's order (lines of one category added). */
  private Map<String, BigDecimal> approvedBudget(UUID project) {
    Map<String, BigDecimal> approved = new LinkedHashMap<>();
    for (BudgetLine line : projects.budgetOf(project)) {
      if (line.category() != null && line.amount() != null) {
        approved.merge(line.category(), money(line.amount()), BigDecimal::add);
      }
    }
    return approved;
  }

  private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
  }
}
