package cn.gov.guizhou.ipp.monitoring.warnings;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import cn.gov.guizhou.ipp.monitoring.ledger.LedgerEntry;
import cn.gov.guizhou.ipp.monitoring.ledger.ProgressLedger;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.rules.LagThreshold;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warning notices and rectification. A review at or above the warning threshold issues a notice
 * (one open notice per project at a time); a later review under it closes the open notices. A
 * notice whose rectification is not accepted by its due date, or which a review after its due date
 * still finds lagging, is overdue. A lag over the serious threshold, an overdue rectification or a
 * serious task deviation produces a risk-disposal recommendation to the bureau (one open at a time
 * per project).
 */
@Service
public class Warnings {

  static final String NOTICE = "warning-notice";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final List<String> OPEN = List.of("OPEN", "PLAN_FILED", "PLAN_ACCEPTED");
  private static final Logger log = LoggerFactory.getLogger(Warnings.class);

  private final JdbcClient jdbc;
  private final ProgressLedger ledger;
  private final LagThreshold threshold;
  private final ApplicationEventPublisher changes;
  private final AuditTrail audit;
  private final Clock clock;
  private final int rectificationDays;
  private final JsonMapper json = EventJson.mapper();

  public Warnings(
      JdbcClient jdbc,
      ProgressLedger ledger,
      LagThreshold threshold,
      ApplicationEventPublisher changes,
      AuditTrail audit,
      Clock clock,
      @Value("${ipp.monitoring.rectification-days:15}") int rectificationDays) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.threshold = threshold;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
    this.rectificationDays = rectificationDays;
  }

  /** Judges a new ledger line: issues, closes or marks overdue notices, recommends disposal. */
  @Transactional
  public void afterReview(LedgerEntry entry) {
    UUID project = entry.projectId();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (threshold.warningDue(entry.lagPoints())) {
      for (UUID notice : noticesIn(project, OPEN)) {
        LocalDate due =
            jdbc.sql("select rectification_due from warning_notice where id = :id")
                .param("id", notice)
                .query(LocalDate.class)
                .single();
        if (entry.reviewDate().isAfter(due)) {
          overdue(notice, "review " + entry.quarter() + " still lags " + entry.lagPoints());
        }
      }
      if (noticesIn(project, List.of("OPEN", "PLAN_FILED", "PLAN_ACCEPTED", "OVERDUE")).isEmpty()) {
        issue(entry, now);
      }
    } else {
      for (UUID notice :
          noticesIn(project, List.of("OPEN", "PLAN_FILED", "PLAN_ACCEPTED", "OVERDUE"))) {
        jdbc.sql(
                """
                update warning_notice set status = 'CLOSED', closed_at = :at, closing_reason = :why
                where id = :id
                """)
            .param("id", notice)
            .param("at", now)
            .param(
                "why",
                entry.quarter()
                    + " 复核滞后 "
                    + entry.lagPoints().toPlainString()
                    + " 个百分点，已低于 "
                    + threshold.warningPoints().toPlainString()
                    + " 个百分点")
            .update();
      }
    }
    if (threshold.serious(entry.lagPoints())) {
      recommend(
          project,
          entry.quarter()
              + " 滞后计划 "
              + entry.lagPoints().toPlainString()
              + " 个百分点，超过 "
              + threshold.seriousPoints().toPlainString()
              + " 个百分点");
    }
    changes.publishEvent(new MonitoredProjects.Changed(project));
  }

  private void issue(LedgerEntry entry, OffsetDateTime now) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into warning_notice (id, project_id, quarter, review_date, planned_completion,
                                        actual_completion, lag_points, rectification_due, status,
                                        issued_at)
            values (:id, :project, :quarter, :date, :planned, :actual, :lag, :due, 'OPEN', :at)
            """)
        .param("id", id)
        .param("project", entry.projectId())
        .param("quarter", entry.quarter())
        .param("date", entry.reviewDate())
        .param("planned", entry.plannedCompletion())
        .param("actual", entry.actualCompletion())
        .param("lag", entry.lagPoints())
        .param("due", LocalDate.now(clock.withZone(BEIJING)).plusDays(rectificationDays))
        .param("at", now)
        .update();
    log.info(
        "Warning notice {} for project {}: lag {} points at {}",
        id,
        entry.projectId(),
        entry.lagPoints(),
        entry.quarter());
  }

  private void overdue(UUID notice, String why) {
    UUID project =
        jdbc.sql(
                """
                update warning_notice set status = 'OVERDUE', closing_reason = :why
                where id = :id and status in ('OPEN', 'PLAN_FILED', 'PLAN_ACCEPTED')
                returning project_id
                """)
            .param("id", notice)
            .param("why", why)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (project != null) {
      recommend(project, "预警告知书整改逾期（" + why + "）");
    }
  }

  /** Marks overdue every notice whose rectification was not accepted by its due date. */
  @Transactional
  public int markOverdue(LocalDate today) {
    List<UUID> late =
        jdbc.sql(
                """
                select id from warning_notice
                where status in ('OPEN', 'PLAN_FILED') and rectification_due < :today
                """)
            .param("today", today)
            .query(UUID.class)
            .list();
    for (UUID notice : late) {
      overdue(notice, "整改方案未在期限内获认可");
      changes.publishEvent(new MonitoredProjects.Changed(projectOf(notice)));
    }
    return late.size();
  }

  @Scheduled(fixedDelayString = "${ipp.monitoring.overdue-check-interval:PT1H}")
  public void markOverdueNow() {
    int marked = markOverdue(LocalDate.now(clock.withZone(BEIJING)));
    if (marked > 0) {
      log.info("{} warning notices became overdue", marked);
    }
  }

  /**
   * Recommends disposal to the bureau for a reason the ledger's figures do not show (a serious task
   * deviation the firm found), within the caller's transaction.
   */
  @Transactional
  public void recommendDisposal(UUID project, String reason) {
    recommend(project, reason);
    changes.publishEvent(new MonitoredProjects.Changed(project));
  }

  private void recommend(UUID project, String reason) {
    Optional<UUID> open =
        jdbc.sql(
                """
                select id from disposal_recommendation
                where project_id = :project and status = 'OPEN'
                """)
            .param("project", project)
            .query(UUID.class)
            .optional();
    if (open.isPresent()) {
      jdbc.sql(
              """
              update disposal_recommendation set reasons = reasons || cast(:reason as jsonb)
              where id = :id and not reasons @> cast(:reason as jsonb)
              """)
          .param("id", open.get())
          .param("reason", json.writeValueAsString(List.of(reason)))
          .update();
      return;
    }
    jdbc.sql(
            """
            insert into disposal_recommendation (id, project_id, reasons, status, recommended_at)
            values (:id, :project, cast(:reasons as jsonb), 'OPEN', :at)
            """)
        .param("id", UUID.randomUUID())
        .param("project", project)
        .param("reasons", json.writeValueAsString(List.of(reason)))
        .param("at", OffsetDateTime.now(clock))
        .update();
  }

  /**
   * The firm issues a notice itself (a deviation the figures do not show), with the latest ledger
   * figures and its reason.
   */
  @Transactional
  public WarningNotice issueByFirm(UUID project, String reason, CurrentUser firm) {
    if (!noticesIn(project, List.of("OPEN", "PLAN_FILED", "PLAN_ACCEPTED", "OVERDUE")).isEmpty()) {
      throw new ConflictException("NOTICE_OPEN", "the project already has an open warning notice");
    }
    LedgerEntry latest =
        ledger
            .latest(project)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "NO_REVIEW_YET", "a notice needs at least one verified review"));
    issue(latest, OffsetDateTime.now(clock));
    UUID id = noticesIn(project, OPEN).get(0);
    jdbc.sql("update warning_notice set closing_reason = :why where id = :id")
        .param("id", id)
        .param("why", "由风控机构发出：" + reason)
        .update();
    audit.recordChange("ISSUE", NOTICE, id);
    changes.publishEvent(new MonitoredProjects.Changed(project));
    return notice(id);
  }

  /** The firm closes a notice with its reason. */
  @Transactional
  public WarningNotice closeByFirm(UUID notice, String reason, CurrentUser firm) {
    WarningNotice current = lockedNotice(notice);
    if ("CLOSED".equals(current.status())) {
      throw new ConflictException("NOTICE_CLOSED", "the notice is already closed");
    }
    jdbc.sql(
            """
            update warning_notice set status = 'CLOSED', closed_at = :at, closing_reason = :why
            where id = :id
            """)
        .param("id", notice)
        .param("at", OffsetDateTime.now(clock))
        .param("why", reason)
        .update();
    audit.recordChange("CLOSE", NOTICE, notice);
    changes.publishEvent(new MonitoredProjects.Changed(current.projectId()));
    return notice(notice);
  }

  /**
   * The unit files a rectification plan for an open (or returned) notice.
   *
   * @throws ConflictException NOTICE_NOT_OPEN
   */
  @Transactional
  public WarningNotice filePlan(
      UUID notice, String content, List<String> measures, CurrentUser unitMember) {
    WarningNotice current = lockedNotice(notice);
    if (!"OPEN".equals(current.status())) {
      throw new ConflictException(
          "NOTICE_NOT_OPEN",
          "a plan is filed for an open notice (or one whose plan was returned); this one is "
              + current.status());
    }
    jdbc.sql(
            """
            insert into rectification_plan (id, notice_id, content, measures, filed_by, filed_at)
            values (:id, :notice, :content, cast(:measures as jsonb), :by, :at)
            """)
        .param("id", UUID.randomUUID())
        .param("notice", notice)
        .param("content", content)
        .param("measures", json.writeValueAsString(measures))
        .param("by", unitMember.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    jdbc.sql("update warning_notice set status = 'PLAN_FILED' where id = :id")
        .param("id", notice)
        .update();
    audit.recordChange("FILE_RECTIFICATION_PLAN", NOTICE, notice);
    return notice(notice);
  }

  /**
   * The firm accepts or returns the plan filed.
   *
   * @throws ConflictException NO_PLAN_FILED
   */
  @Transactional
  public WarningNotice decidePlan(UUID notice, boolean accepted, String reason, CurrentUser firm) {
    WarningNotice current = lockedNotice(notice);
    if (!"PLAN_FILED".equals(current.status())) {
      throw new ConflictException(
          "NO_PLAN_FILED",
          "no rectification plan awaits a decision; the notice is " + current.status());
    }
    jdbc.sql(
            """
            update rectification_plan set decision = :decision, decided_by = :by, decided_at = :at,
                   decision_reason = :reason
            where notice_id = :notice and decision is null
            """)
        .param("notice", notice)
        .param("decision", accepted ? "ACCEPTED" : "RETURNED")
        .param("by", firm.subject())
        .param("at", OffsetDateTime.now(clock))
        .param("reason", reason)
        .update();
    jdbc.sql("update warning_notice set status = :status where id = :id")
        .param("id", notice)
        .param("status", accepted ? "PLAN_ACCEPTED" : "OPEN")
        .update();
    audit.recordChange(
        accepted ? "ACCEPT_RECTIFICATION_PLAN" : "RETURN_RECTIFICATION_PLAN", NOTICE, notice);
    return notice(notice);
  }

  /** One notice. */
  @Transactional(readOnly = true)
  public WarningNotice notice(UUID id) {
    return findNotice(id).orElseThrow(() -> new NotFoundException(NOTICE, id));
  }

  /** The project of a notice, if the notice exists. */
  public Optional<UUID> projectOfNotice(UUID notice) {
    return jdbc.sql("select project_id from warning_notice where id = :id")
        .param("id", notice)
        .query(UUID.class)
        .optional();
  }

  /** One page of a project's notices, newest first, with their number. */
  @Transactional(readOnly = true)
  public Page<WarningNotice> ofProject(UUID project, PageQuery page) {
    long total =
        jdbc.sql("select count(*) from warning_notice where project_id = :id")
            .param("id", project)
            .query(Long.class)
            .single();
    return new Page<>(
            page.bind(
                    jdbc.sql(
                            "select id from warning_notice where project_id = :id"
                                + " order by issued_at desc, id desc"
                                + PageQuery.LIMIT_OFFSET)
                        .param("id", project))
                .query(UUID.class)
                .list(),
            total)
        .map(this::notice);
  }

  /**
   * A risk-disposal recommendation.
   *
   * @param id the recommendation
   * @param projectId the project
   * @param reasons why
   * @param status OPEN or HANDLED
   * @param recommendedAt when
   * @param handledBy the officer who handled it
   * @param decision what the bureau decided
   */
  public record Recommendation(
      UUID id,
      UUID projectId,
      List<String> reasons,
      String status,
      OffsetDateTime recommendedAt,
      String handledBy,
      String decision) {}

  /** Disposal recommendations, the open ones first, newest first. */
  @Transactional(readOnly = true)
  public List<Recommendation> recommendations(UUID project) {
    return recommendations(project, null).items();
  }

  /**
   * One page of the disposal recommendations, the open ones first, newest first, with their number;
   * every one of them for a null page.
   */
  @Transactional(readOnly = true)
  public Page<Recommendation> recommendations(UUID project, PageQuery page) {
    String where = " where cast(:project as uuid) is null or project_id = :project";
    JdbcClient.StatementSpec statement =
        jdbc.sql(
                """
                select id, project_id, reasons::text as reasons, status, recommended_at,
                       handled_by, decision
                from disposal_recommendation"""
                    + where
                    + " order by status desc, recommended_at desc, id desc"
                    + (page == null ? "" : PageQuery.LIMIT_OFFSET))
            .param("project", project);
    List<Recommendation> rows =
        (page == null ? statement : page.bind(statement))
            .query(
                (rs, i) ->
                    new Recommendation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        json.readValue(
                            rs.getString("reasons"), new TypeReference<List<String>>() {}),
                        rs.getString("status"),
                        rs.getObject("recommended_at", OffsetDateTime.class),
                        rs.getString("handled_by"),
                        rs.getString("decision")))
            .list();
    long total =
        page == null
            ? rows.size()
            : jdbc.sql("select count(*) from disposal_recommendation" + where)
                .param("project", project)
                .query(Long.class)
                .single();
    return new Page<>(rows, total);
  }

  /** The bureau records what it decided on a recommendation. */
  @Transactional
  public Recommendation handle(UUID id, String decision, CurrentUser officer) {
    int updated =
        jdbc.sql(
                """
                update disposal_recommendation set status = 'HANDLED', handled_by = :by,
                       handled_at = :at, decision = :decision
                where id = :id and status = 'OPEN'
                """)
            .param("id", id)
            .param("by", officer.subject())
            .param("at", OffsetDateTime.now(clock))
            .param("decision", decision)
            .update();
    if (updated == 0) {
      if (recommendations(null).stream().noneMatch(r -> r.id().equals(id))) {
        throw new NotFoundException("disposal-recommendation", id);
      }
      throw new ConflictException("ALREADY_HANDLED", "the recommendation is already handled");
    }
    audit.recordChange("HANDLE", "disposal-recommendation", id);
    return recommendations(null).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private UUID projectOf(UUID notice) {
    return projectOfNotice(notice).orElseThrow();
  }

  private List<UUID> noticesIn(UUID project, List<String> statuses) {
    return jdbc.sql(
            """
            select id from warning_notice where project_id = :project and status in (:statuses)
            order by issued_at
            """)
        .param("project", project)
        .param("statuses", statuses)
        .query(UUID.class)
        .list();
  }

  private WarningNotice lockedNotice(UUID id) {
    jdbc.sql("select id from warning_notice where id = :id for update")
        .param("id", id)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFoundException(NOTICE, id));
    return notice(id);
  }

  private Optional<WarningNotice> findNotice(UUID id) {
    List<WarningNotice.Plan> plans = new ArrayList<>();
    jdbc.sql(
            """
            select id, content, measures::text as measures, filed_by, filed_at, decision,
                   decided_by, decided_at, decision_reason
            from rectification_plan where notice_id = :id order by filed_at
            """)
        .param("id", id)
        .query(
            rs -> {
              plans.add(
                  new WarningNotice.Plan(
                      rs.getObject("id", UUID.class),
                      rs.getString("content"),
                      json.readValue(
                          rs.getString("measures"), new TypeReference<List<String>>() {}),
                      rs.getString("filed_by"),
                      rs.getObject("filed_at", OffsetDateTime.class),
                      rs.getString("decision"),
                      rs.getString("decided_by"),
                      rs.getObject("decided_at", OffsetDateTime.class),
                      rs.getString("decision_reason")));
            });
    return jdbc.sql(
            """
            select id, project_id, quarter, review_date, planned_completion, actual_completion,
                   lag_points, rectification_due, status, issued_at, closed_at, closing_reason
            from warning_notice where id = :id
            """)
        .param("id", id)
        .query(
            (rs, i) ->
                new WarningNotice(
                    rs.getObject("id", UUID.class),
                    rs.getObject("project_id", UUID.class),
                    rs.getString("quarter"),
                    rs.getObject("review_date", LocalDate.class),
                    rs.getBigDecimal("planned_completion"),
                    rs.getBigDecimal("actual_completion"),
                    rs.getBigDecimal("lag_points"),
                    rs.getObject("rectification_due", LocalDate.class),
                    rs.getString("status"),
                    rs.getObject("issued_at", OffsetDateTime.class),
                    rs.getObject("closed_at", OffsetDateTime.class),
                    rs.getString("closing_reason"),
                    List.copyOf(plans)))
        .optional();
  }
}
