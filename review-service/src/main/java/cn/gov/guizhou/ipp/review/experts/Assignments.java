package cn.gov.guizhou.ipp.review.experts;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.review.applications.ApplicationRegister;
import cn.gov.guizhou.ipp.review.applications.ReviewProgress;
import cn.gov.guizhou.ipp.review.applications.SubmittedApplication;
import cn.gov.guizhou.ipp.review.scoring.CriterionScore;
import cn.gov.guizhou.ipp.review.scoring.FinalScore;
import cn.gov.guizhou.ipp.review.scoring.ScoreSheet;
import cn.gov.guizhou.ipp.review.scoring.ScoreSheets;
import cn.gov.guizhou.ipp.review.scoring.SheetScoring;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws experts for applications that passed the formal check, handles declines and conflicts (each
 * with a replacement drawn at once), shows an expert only its own assignments, and takes score
 * sheets; when every assigned expert has scored, the application's final score is computed.
 */
@Service
public class Assignments {

  /** Object type of assignments in the audit trail. */
  public static final String OBJECT_TYPE = "expert-assignment";

  private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, application_id, expert_id, call_year, draw_id, status, decline_reason, total,"
          + " assigned_at, scored_at";

  private final JdbcClient jdbc;
  private final ApplicationRegister register;
  private final ReviewProgress progress;
  private final ExpertPool pool;
  private final ReviewSettings settings;
  private final AuditTrail audit;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();
  private final JsonMapper json = EventJson.mapper();

  public Assignments(
      JdbcClient jdbc,
      ApplicationRegister register,
      ReviewProgress progress,
      ExpertPool pool,
      ReviewSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.progress = progress;
    this.pool = pool;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Draws the track's number of experts for an application that passed its formal check, from the
   * active experts of the track who have no conflict with it and free capacity in the call.
   */
  @Transactional
  public Draw draw(UUID applicationId, CurrentUser officer) {
    SubmittedApplication application = lockApplication(applicationId);
    if (!"FORMAL_CHECK_PASSED".equals(application.status())) {
      throw new ConflictException(
          "NOT_READY_FOR_REVIEW",
          "experts are drawn for an application that passed its formal check; this one is "
              + application.status());
    }
    recordAutomaticConflicts(application);
    Draw draw =
        drawInto(application, settings.expertsFor(application.trackCode()), "DRAW", officer);
    if (draw.drawn().isEmpty()) {
      throw new ConflictException(
          "NO_EXPERTS", "no expert of track " + application.trackCode() + " is free of conflicts");
    }
    progress.report(applicationId, "UNDER_REVIEW", null, null);
    return draw;
  }

  /** Every expert of the track whose organisation takes part in the application is conflicted. */
  private void recordAutomaticConflicts(SubmittedApplication application) {
    jdbc.sql(
            """
            insert into expert_conflict (application_id, expert_id, source, reason, recorded_by,
                                         recorded_at)
            select :application, e.id, 'AUTOMATIC',
                   'the expert''s organisation ' || e.organisation_credit_code
                     || ' takes part in the application', 'review-service', :at
            from expert e
            where e.organisation_credit_code in (select p.credit_code from application_party p
                                                 where p.application_id = :application)
            on conflict do nothing
            """)
        .param("application", application.applicationId())
        .param("at", OffsetDateTime.now(clock))
        .update();
  }

  private Draw drawInto(
      SubmittedApplication application, int wanted, String purpose, CurrentUser by) {
    List<UUID> candidates =
        jdbc.sql(
                """
                select e.id from expert e
                where e.active and e.track_codes @> jsonb_build_array(cast(:track as text))
                  and e.organisation_credit_code not in (
                        select p.credit_code from application_party p
                        where p.application_id = :application)
                  and not exists (select 1 from expert_conflict c
                                  where c.application_id = :application and c.expert_id = e.id)
                  and not exists (select 1 from expert_assignment a
                                  where a.application_id = :application and a.expert_id = e.id)
                  and (select count(*) from expert_assignment a
                       where a.expert_id = e.id and a.call_year = :year
                         and a.status <> 'DECLINED') < e.max_assignments_per_call
                order by e.id
                """)
            .param("track", application.trackCode())
            .param("application", application.applicationId())
            .param("year", application.callYear())
            .query(UUID.class)
            .list();
    long seed = seeds.nextLong();
    List<UUID> drawn = candidates.isEmpty() ? List.of() : ExpertDraw.draw(candidates, wanted, seed);
    OffsetDateTime now = OffsetDateTime.now(clock);
    UUID drawId = UUID.randomUUID();
    jdbc.sql(
            """
            insert into assignment_draw (id, application_id, seed, wanted, candidates, drawn,
                                         purpose, drawn_by, drawn_at)
            values (:id, :application, :seed, :wanted, cast(:candidates as jsonb),
                    cast(:drawn as jsonb), :purpose, :by, :at)
            """)
        .param("id", drawId)
        .param("application", application.applicationId())
        .param("seed", seed)
        .param("wanted", wanted)
        .param("candidates", json.writeValueAsString(candidates))
        .param("drawn", json.writeValueAsString(drawn))
        .param("purpose", purpose)
        .param("by", by.subject())
        .param("at", now)
        .update();
    for (UUID expert : drawn) {
      jdbc.sql(
              """
              insert into expert_assignment (id, application_id, expert_id, call_year, draw_id,
                                             status, assigned_at)
              values (:id, :application, :expert, :year, :draw, 'ASSIGNED', :at)
              """)
          .param("id", UUID.randomUUID())
          .param("application", application.applicationId())
          .param("expert", expert)
          .param("year", application.callYear())
          .param("draw", drawId)
          .param("at", now)
          .update();
    }
    audit.recordChange("expert.draw", "application", application.applicationId());
    return new Draw(
        drawId, application.applicationId(), seed, wanted, candidates, drawn, purpose, now);
  }

  /** The draws of an application, for the bureau to audit and repeat. */
  @Transactional(readOnly = true)
  public List<Draw> draws(UUID applicationId) {
    return jdbc.sql(
            """
            select id, application_id, seed, wanted, candidates::text as candidates,
                   drawn::text as drawn, purpose, drawn_at
            from assignment_draw where application_id = :application order by drawn_at, id
            """)
        .param("application", applicationId)
        .query(
            (rs, i) ->
                new Draw(
                    rs.getObject("id", UUID.class),
                    rs.getObject("application_id", UUID.class),
                    rs.getLong("seed"),
                    rs.getInt("wanted"),
                    json.readValue(rs.getString("candidates"), IDS),
                    json.readValue(rs.getString("drawn"), IDS),
                    rs.getString("purpose"),
                    rs.getObject("drawn_at", OffsetDateTime.class)))
        .list();
  }

  /** The assignments of an application (bureau staff). */
  @Transactional(readOnly = true)
  public List<Assignment> ofApplication(UUID applicationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from expert_assignment where application_id = :application"
                + " order by assigned_at, id")
        .param("application", applicationId)
        .query(Assignments::map)
        .list();
  }

  /** The expert's own assignments. */
  @Transactional(readOnly = true)
  public List<Assignment> mine(CurrentUser user) {
    Expert expert = expertOf(user);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from expert_assignment where expert_id = :expert"
                + " order by assigned_at desc, id")
        .param("expert", expert.id())
        .query(Assignments::map)
        .list();
  }

  /**
   * One of the expert's assignments with the application as submitted. Anything else — another
   * expert's assignment, a declined one, an id guessed — is not found, and audited.
   */
  @Transactional(readOnly = true)
  public AssignedApplication open(UUID assignmentId, CurrentUser user) {
    Assignment assignment = own(assignmentId, user, "expert-assignment.read");
    ApplicationSubmittedV1 submission =
        register.submission(assignment.applicationId()).orElseThrow();
    ScoreSheet sheet =
        ScoreSheets.inForce(submission.callYear()).forTrack(submission.trackCode()).orElse(null);
    return new AssignedApplication(assignment, submission, sheet);
  }

  /** The expert declines with a reason; a replacement is drawn at once. */
  @Transactional
  public Assignment decline(UUID assignmentId, String reason, CurrentUser user) {
    Assignment assignment = own(assignmentId, user, "expert-assignment.decline");
    if (!"ASSIGNED".equals(assignment.status())) {
      throw new ConflictException(
          "NOT_DECLINABLE", "an assignment that is " + assignment.status() + " cannot be declined");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "is required");
    }
    withdraw(assignment, reason.strip());
    replace(assignment.applicationId(), user);
    audit.recordChange("expert-assignment.decline", OBJECT_TYPE, assignmentId);
    return get(assignmentId);
  }

  /**
   * A conflict of interest declared by the expert or marked by an officer: the expert is never
   * drawn for the application, and an assignment not yet scored is withdrawn and replaced.
   */
  @Transactional
  public void conflict(
      UUID applicationId, UUID expertId, String source, String reason, CurrentUser by) {
    SubmittedApplication application = lockApplication(applicationId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "is required");
    }
    jdbc.sql(
            """
            insert into expert_conflict (application_id, expert_id, source, reason, recorded_by,
                                         recorded_at)
            values (:application, :expert, :source, :reason, :by, :at)
            on conflict (application_id, expert_id, source)
              do update set reason = excluded.reason, recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at
            """)
        .param("application", applicationId)
        .param("expert", expertId)
        .param("source", source)
        .param("reason", reason.strip())
        .param("by", by.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    jdbc.sql(
            "select "
                + COLUMNS
                + " from expert_assignment where application_id = :application"
                + " and expert_id = :expert and status = 'ASSIGNED'")
        .param("application", applicationId)
        .param("expert", expertId)
        .query(Assignments::map)
        .optional()
        .ifPresent(
            assignment -> {
              withdraw(assignment, "conflict of interest: " + reason.strip());
              replace(application.applicationId(), by);
            });
    audit.recordChange(
        "expert.conflict." + source.toLowerCase(java.util.Locale.ROOT),
        "application",
        applicationId);
  }

  /** An expert declares a conflict with an application (assigned to it or not). */
  @Transactional
  public void declareConflict(UUID applicationId, String reason, CurrentUser user) {
    Expert expert = expertOf(user);
    if (register.find(applicationId).isEmpty()) {
      throw new NotFoundException("application", applicationId);
    }
    conflict(applicationId, expert.id(), "DECLARED", reason, user);
  }

  /**
   * The expert's score sheet: every criterion of the track's sheet within its range, with a
   * comment. It may be corrected until the application's final score is computed.
   */
  @Transactional
  public Assignment score(UUID assignmentId, Map<String, CriterionScore> scores, CurrentUser user) {
    Assignment assignment = own(assignmentId, user, "expert-assignment.score");
    SubmittedApplication application = lockApplication(assignment.applicationId());
    if ("DECLINED".equals(assignment.status()) || !"UNDER_REVIEW".equals(application.status())) {
      throw new ConflictException(
          "SCORING_CLOSED", "scoring of this application is closed (" + application.status() + ")");
    }
    BigDecimal total =
        SheetScoring.total(
            SheetScoring.reviewSheet(application.callYear(), application.trackCode()), scores);
    jdbc.sql(
            """
            update expert_assignment set status = 'SCORED', scores = cast(:scores as jsonb),
                   total = :total, scored_at = :at
            where id = :id
            """)
        .param("id", assignmentId)
        .param("scores", json.writeValueAsString(scores))
        .param("total", total)
        .param("at", OffsetDateTime.now(clock))
        .update();
    audit.recordChange("expert-assignment.score", OBJECT_TYPE, assignmentId);
    List<Assignment> all = ofApplication(application.applicationId());
    boolean everyoneScored =
        all.stream()
            .filter(a -> !"DECLINED".equals(a.status()))
            .allMatch(a -> "SCORED".equals(a.status()));
    if (everyoneScored) {
      finalScore(application.applicationId(), all);
    }
    return get(assignmentId);
  }

  /**
   * After the deadline, an officer computes the final score from the scores given, if they make a
   * quorum; assignments not scored are closed.
   */
  @Transactional
  public BigDecimal closeScoring(UUID applicationId) {
    SubmittedApplication application = lockApplication(applicationId);
    if (!"UNDER_REVIEW".equals(application.status())) {
      throw new ConflictException(
          "SCORING_CLOSED", "the application is " + application.status() + ", not under review");
    }
    List<Assignment> all = ofApplication(applicationId);
    long scored = all.stream().filter(a -> "SCORED".equals(a.status())).count();
    if (scored < settings.quorum()) {
      throw new ConflictException(
          "NO_QUORUM", scored + " score(s) given; at least " + settings.quorum() + " are needed");
    }
    jdbc.sql(
            """
            update expert_assignment set status = 'DECLINED', decline_reason = 'not scored by the deadline',
                   declined_at = :at
            where application_id = :application and status = 'ASSIGNED'
            """)
        .param("application", applicationId)
        .param("at", OffsetDateTime.now(clock))
        .update();
    audit.recordChange("review.close-scoring", "application", applicationId);
    return finalScore(applicationId, ofApplication(applicationId));
  }

  private BigDecimal finalScore(UUID applicationId, List<Assignment> all) {
    List<BigDecimal> totals =
        all.stream().filter(a -> "SCORED".equals(a.status())).map(Assignment::total).toList();
    BigDecimal score = FinalScore.of(totals);
    register.setFinalScore(applicationId, score);
    return score;
  }

  private void withdraw(Assignment assignment, String reason) {
    jdbc.sql(
            """
            update expert_assignment set status = 'DECLINED', decline_reason = :reason,
                   declined_at = :at
            where id = :id
            """)
        .param("id", assignment.id())
        .param("reason", reason)
        .param("at", OffsetDateTime.now(clock))
        .update();
  }

  private void replace(UUID applicationId, CurrentUser by) {
    SubmittedApplication application = register.find(applicationId).orElseThrow();
    if ("UNDER_REVIEW".equals(application.status())) {
      drawInto(application, 1, "REPLACEMENT", by);
    }
  }

  private Assignment own(UUID assignmentId, CurrentUser user, String action) {
    Expert expert = expertOf(user);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from expert_assignment where id = :id and expert_id = :expert"
                + " and status <> 'DECLINED'")
        .param("id", assignmentId)
        .param("expert", expert.id())
        .query(Assignments::map)
        .optional()
        .orElseThrow(
            () -> {
              audit.recordRefusal(
                  action, OBJECT_TYPE, assignmentId, AuditOutcome.NOT_VISIBLE, null);
              return new NotFoundException(OBJECT_TYPE, assignmentId);
            });
  }

  private Assignment get(UUID assignmentId) {
    return jdbc.sql("select " + COLUMNS + " from expert_assignment where id = :id")
        .param("id", assignmentId)
        .query(Assignments::map)
        .single();
  }

  private Expert expertOf(CurrentUser user) {
    return pool.ofUser(user.subject())
        .orElseThrow(
            () -> {
              audit.recordRefusal(
                  "expert.read",
                  ExpertPool.OBJECT_TYPE,
                  user.subject(),
                  AuditOutcome.NOT_VISIBLE,
                  null);
              return new NotFoundException(ExpertPool.OBJECT_TYPE, user.subject());
            });
  }

  private SubmittedApplication lockApplication(UUID applicationId) {
    return register
        .lock(applicationId)
        .orElseThrow(() -> new NotFoundException("application", applicationId));
  }

  private static Assignment map(ResultSet rs, int row) throws SQLException {
    return new Assignment(
        rs.getObject("id", UUID.class),
        rs.getObject("application_id", UUID.class),
        rs.getObject("expert_id", UUID.class),
        rs.getInt("call_year"),
        rs.getObject("draw_id", UUID.class),
        rs.getString("status"),
        rs.getString("decline_reason"),
        rs.getBigDecimal("total"),
        rs.getObject("assigned_at", OffsetDateTime.class),
        rs.getObject("scored_at", OffsetDateTime.class));
  }

  /**
   * A draw.
   *
   * @param id the draw
   * @param applicationId the application
   * @param seed the seed of the pseudo-random generator
   * @param wanted how many experts were wanted
   * @param candidates the eligible experts, in the order they were drawn from (by id)
   * @param drawn the experts drawn
   * @param purpose DRAW or REPLACEMENT
   * @param drawnAt when
   */
  public record Draw(
      UUID id,
      UUID applicationId,
      long seed,
      int wanted,
      List<UUID> candidates,
      List<UUID> drawn,
      String purpose,
      OffsetDateTime drawnAt) {}

  /**
   * What an expert sees of an assignment.
   *
   * @param assignment the assignment
   * @param application the application as submitted
   * @param scoreSheet the sheet to score it on
   */
  public record AssignedApplication(
      Assignment assignment, ApplicationSubmittedV1 application, ScoreSheet scoreSheet) {}
}
