package cn.gov.guizhou.ipp.review.followup;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.review.applications.ApplicationRegister;
import cn.gov.guizhou.ipp.review.applications.ReviewProgress;
import cn.gov.guizhou.ipp.review.applications.SubmittedApplication;
import cn.gov.guizhou.ipp.review.catalogue.ReviewTrack;
import cn.gov.guizhou.ipp.review.catalogue.ReviewTracks;
import cn.gov.guizhou.ipp.review.scoring.CriterionScore;
import cn.gov.guizhou.ipp.review.scoring.ScoreSheet;
import cn.gov.guizhou.ipp.review.scoring.ScoreSheets;
import cn.gov.guizhou.ipp.review.scoring.SheetScoring;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Yearly evaluations and acceptance of awarded projects, each scored by the programme officers on
 * its sheet (review/follow-up-sheets-&lt;year&gt;.json) like the review's.
 */
@Service
public class FollowUp {

  private static final String GI_BRAND = "GI-BRAND";
  private static final String DATA_IP_LEADER = "DATA-IP-LEADER";

  private final JdbcClient jdbc;
  private final ApplicationRegister register;
  private final ReviewTracks tracks;
  private final ReviewProgress progress;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public FollowUp(
      JdbcClient jdbc,
      ApplicationRegister register,
      ReviewTracks tracks,
      ReviewProgress progress,
      OutboxEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.tracks = tracks;
    this.progress = progress;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Concludes a yearly evaluation of an awarded project.
   *
   * <ul>
   *   <li>GI-BRAND, year 1: TARGETS_MET releases year 2 with an amount the officer sets within the
   *       rule's year-2 range from the year-2 plan; TARGETS_NOT_MET ends the funding.
   *   <li>DATA-IP-LEADER, year 1: EXCELLENT (enters the provincial project library and signs a task
   *       agreement) or NOT_EXCELLENT, no money; years 2 and 3, for a project in the library:
   *       SELECTED brings the stage amount, within the track's budget for that year's selection, or
   *       NOT_SELECTED.
   * </ul>
   */
  @Transactional
  public Evaluation evaluate(
      UUID applicationId,
      int evaluationYear,
      String outcome,
      Map<String, CriterionScore> scores,
      BigDecimal fundedAmount,
      String note,
      CurrentUser officer) {
    SubmittedApplication application = awarded(applicationId);
    BigDecimal score = scored(application, application.trackCode() + "-EVALUATION", scores);
    ReviewTrack track =
        tracks
            .find(application.callYear(), application.ruleVersion(), application.trackCode())
            .orElseThrow(() -> new NotFoundException("track", application.trackCode()));
    if (note == null || note.isBlank()) {
      throw new InvalidFieldException("note", "the evaluators' conclusion is required");
    }
    if (evaluation(applicationId, evaluationYear).isPresent()) {
      throw new ConflictException(
          "ALREADY_EVALUATED", "year " + evaluationYear + " is evaluated already");
    }
    BigDecimal amount =
        switch (application.trackCode()) {
          case GI_BRAND -> giBrand(track.fundingRule(), evaluationYear, outcome, fundedAmount);
          case DATA_IP_LEADER -> dataIpLeader(application, track, evaluationYear, outcome);
          default ->
              throw new ConflictException(
                  "NO_YEARLY_EVALUATION",
                  "track " + application.trackCode() + " has no yearly evaluation");
        };
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            insert into evaluation (application_id, evaluation_year, outcome, score, funded_amount,
                                    note, sheet_scores, concluded_by, concluded_at)
            values (:application, :year, :outcome, :score, :amount, :note,
                    cast(:scores as jsonb), :by, :at)
            """)
        .param("scores", json.writeValueAsString(scores))
        .param("application", applicationId)
        .param("year", evaluationYear)
        .param("outcome", outcome)
        .param("score", score)
        .param("amount", amount)
        .param("note", note.strip())
        .param("by", officer.subject())
        .param("at", now)
        .update();
    ApplicationSubmittedV1 submission = register.submission(applicationId).orElseThrow();
    events.publish(
        new EvaluationConcludedV1(
            applicationId,
            application.reference(),
            application.callYear(),
            application.trackCode(),
            submission.lead().organisationId(),
            evaluationYear,
            outcome,
            score,
            amount,
            note.strip(),
            now));
    audit.recordChange(
        "evaluation." + outcome.toLowerCase(java.util.Locale.ROOT), "application", applicationId);
    return evaluation(applicationId, evaluationYear).orElseThrow();
  }

  private static BigDecimal giBrand(
      FundingRule rule, int evaluationYear, String outcome, BigDecimal fundedAmount) {
    if (evaluationYear != 1) {
      throw new InvalidFieldException(
          "evaluationYear", "GI-BRAND is evaluated once, after its first year");
    }
    RollingWithEvaluation rolling = (RollingWithEvaluation) rule;
    return switch (outcome) {
      case "TARGETS_MET" -> {
        if (fundedAmount == null
            || fundedAmount.compareTo(rolling.secondYearMinimum()) < 0
            || fundedAmount.compareTo(rolling.secondYearMaximum()) > 0) {
          throw new InvalidFieldException(
              "fundedAmount",
              "the year-2 amount must be between CNY "
                  + rolling.secondYearMinimum().toPlainString()
                  + " and CNY "
                  + rolling.secondYearMaximum().toPlainString());
        }
        yield FundingRule.money(fundedAmount, "fundedAmount");
      }
      case "TARGETS_NOT_MET" -> BigDecimal.ZERO.setScale(2);
      default ->
          throw new InvalidFieldException(
              "outcome", "a GI-BRAND evaluation is TARGETS_MET or TARGETS_NOT_MET");
    };
  }

  private BigDecimal dataIpLeader(
      SubmittedApplication application, ReviewTrack track, int evaluationYear, String outcome) {
    StagedPostSubsidy staged = (StagedPostSubsidy) track.fundingRule();
    if (evaluationYear == 1) {
      if (!List.of("EXCELLENT", "NOT_EXCELLENT").contains(outcome)) {
        throw new InvalidFieldException(
            "outcome", "the year-1 evaluation is EXCELLENT or NOT_EXCELLENT");
      }
      return BigDecimal.ZERO.setScale(2);
    }
    if (!List.of("SELECTED", "NOT_SELECTED").contains(outcome)) {
      throw new InvalidFieldException(
          "outcome", "a year-" + evaluationYear + " evaluation is SELECTED or NOT_SELECTED");
    }
    boolean inLibrary =
        evaluation(application.applicationId(), 1)
            .map(e -> "EXCELLENT".equals(e.outcome()))
            .orElse(false);
    if (!inLibrary) {
      throw new ConflictException(
          "NOT_IN_PROJECT_LIBRARY",
          "only a project rated excellent after its first year is evaluated in later years");
    }
    if (evaluationYear > 2 && evaluation(application.applicationId(), 2).isEmpty()) {
      throw new ConflictException("YEAR_2_NOT_EVALUATED", "year 2 is evaluated before year 3");
    }
    BigDecimal paid =
        jdbc.sql(
                "select coalesce(sum(funded_amount), 0) from evaluation where application_id = :id")
            .param("id", application.applicationId())
            .query(BigDecimal.class)
            .single();
    BigDecimal amount =
        staged.awardAfterEvaluation(evaluationYear, "SELECTED".equals(outcome), paid);
    if (amount.signum() > 0 && track.budget() != null) {
      BigDecimal selected =
          jdbc.sql(
                  """
                  select coalesce(sum(e.funded_amount), 0) from evaluation e
                  join submitted_application a on a.application_id = e.application_id
                  where a.call_year = :year and a.track_code = :track and e.evaluation_year = :ey
                  """)
              .param("year", application.callYear())
              .param("track", application.trackCode())
              .param("ey", evaluationYear)
              .query(BigDecimal.class)
              .single();
      if (selected.add(amount).compareTo(track.budget()) > 0) {
        throw new ConflictException(
            "BUDGET_USED",
            "the year-"
                + evaluationYear
                + " selection has used the track's budget of CNY "
                + track.budget().toPlainString());
      }
    }
    return amount;
  }

  /**
   * Concludes an acceptance: passed; a first failure asks for rectification and a second
   * application; a second failure is final — announced so the bureau decides, in funding-service,
   * on the recovery of the unused funds and, in applicant-service, on barring the lead unit.
   */
  @Transactional
  public Acceptance accept(
      UUID applicationId,
      boolean passed,
      Map<String, CriterionScore> scores,
      String reason,
      CurrentUser officer) {
    SubmittedApplication application = awarded(applicationId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "the acceptance conclusion is required");
    }
    BigDecimal score = scored(application, "ACCEPTANCE", scores);
    int attempt = acceptances(applicationId).size() + 1;
    String outcome = passed ? "PASSED" : attempt == 1 ? "FAILED_RECTIFY" : "FAILED_FINALLY";
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            insert into acceptance (application_id, attempt, outcome, score, reason, sheet_scores,
                                    concluded_by, concluded_at)
            values (:application, :attempt, :outcome, :score, :reason, cast(:scores as jsonb), :by,
                    :at)
            """)
        .param("scores", json.writeValueAsString(scores))
        .param("application", applicationId)
        .param("attempt", attempt)
        .param("outcome", outcome)
        .param("score", score)
        .param("reason", reason.strip())
        .param("by", officer.subject())
        .param("at", now)
        .update();
    ApplicationSubmittedV1 submission = register.submission(applicationId).orElseThrow();
    events.publish(
        new AcceptanceConcludedV1(
            applicationId,
            application.reference(),
            application.callYear(),
            application.trackCode(),
            submission.lead().organisationId(),
            submission.lead().creditCode(),
            attempt,
            outcome,
            score,
            reason.strip(),
            now));
    switch (outcome) {
      case "PASSED" -> progress.report(applicationId, "ACCEPTED", null, reason.strip());
      case "FAILED_RECTIFY" ->
          progress.announce(
              applicationId, "IN_IMPLEMENTATION", null, "验收未通过，须整改后重新申请验收：" + reason.strip());
      default -> progress.report(applicationId, "FAILED_ACCEPTANCE", null, reason.strip());
    }
    audit.recordChange(
        "acceptance." + outcome.toLowerCase(java.util.Locale.ROOT), "application", applicationId);
    return acceptances(applicationId).get(attempt - 1);
  }

  /**
   * The total of a sheet scored by the officers (the evaluation of the track, or the acceptance),
   * each criterion within its range with a comment; refused field by field.
   */
  private BigDecimal scored(
      SubmittedApplication application, String sheetKey, Map<String, CriterionScore> scores) {
    return SheetScoring.total(SheetScoring.followUpSheet(application.callYear(), sheetKey), scores);
  }

  /** The acceptance sheet and, where the track has one, its evaluation sheet. */
  @Transactional(readOnly = true)
  public List<ScoreSheet> sheets(UUID applicationId) {
    SubmittedApplication application =
        register
            .find(applicationId)
            .orElseThrow(() -> new NotFoundException("application", applicationId));
    ScoreSheets sheets = ScoreSheets.followUpInForce(application.callYear());
    List<ScoreSheet> found = new java.util.ArrayList<>();
    sheets.forTrack("ACCEPTANCE").ifPresent(found::add);
    sheets.forTrack(application.trackCode() + "-EVALUATION").ifPresent(found::add);
    return found;
  }

  /** The evaluations and acceptances of an application. */
  @Transactional(readOnly = true)
  public Record record(UUID applicationId) {
    register
        .find(applicationId)
        .orElseThrow(() -> new NotFoundException("application", applicationId));
    return new Record(
        jdbc.sql(
                """
                select evaluation_year, outcome, score, funded_amount, note, concluded_at
                from evaluation where application_id = :id order by evaluation_year
                """)
            .param("id", applicationId)
            .query(FollowUp::evaluation)
            .list(),
        acceptances(applicationId));
  }

  private Optional<Evaluation> evaluation(UUID applicationId, int year) {
    return jdbc.sql(
            """
            select evaluation_year, outcome, score, funded_amount, note, concluded_at
            from evaluation where application_id = :id and evaluation_year = :year
            """)
        .param("id", applicationId)
        .param("year", year)
        .query(FollowUp::evaluation)
        .optional();
  }

  private static Evaluation evaluation(java.sql.ResultSet rs, int row)
      throws java.sql.SQLException {
    return new Evaluation(
        rs.getInt("evaluation_year"),
        rs.getString("outcome"),
        rs.getBigDecimal("score"),
        rs.getBigDecimal("funded_amount"),
        rs.getString("note"),
        rs.getObject("concluded_at", OffsetDateTime.class));
  }

  private List<Acceptance> acceptances(UUID applicationId) {
    return jdbc.sql(
            """
            select attempt, outcome, score, reason, concluded_at from acceptance
            where application_id = :id order by attempt
            """)
        .param("id", applicationId)
        .query(
            (rs, i) ->
                new Acceptance(
                    rs.getInt("attempt"),
                    rs.getString("outcome"),
                    rs.getBigDecimal("score"),
                    rs.getString("reason"),
                    rs.getObject("concluded_at", OffsetDateTime.class)))
        .list();
  }

  /** An awarded application, locked; anything else cannot be evaluated or accepted. */
  private SubmittedApplication awarded(UUID applicationId) {
    SubmittedApplication application =
        register
            .lock(applicationId)
            .orElseThrow(() -> new NotFoundException("application", applicationId));
    if (!"APPROVED".equals(application.status())) {
      throw new ConflictException(
          "NOT_AWARDED",
          "the application is "
              + application.status()
              + "; only an awarded project in progress"
              + " is evaluated or accepted");
    }
    return application;
  }

  /**
   * An evaluation.
   *
   * @param evaluationYear the project year evaluated
   * @param outcome its outcome
   * @param score its score out of 100, where scored
   * @param fundedAmount the money it releases
   * @param note the conclusion
   * @param concludedAt when
   */
  public record Evaluation(
      int evaluationYear,
      String outcome,
      BigDecimal score,
      BigDecimal fundedAmount,
      String note,
      OffsetDateTime concludedAt) {}

  /**
   * An acceptance attempt.
   *
   * @param attempt 1 or 2
   * @param outcome PASSED, FAILED_RECTIFY or FAILED_FINALLY
   * @param score its score out of 100, where scored
   * @param reason the conclusion
   * @param concludedAt when
   */
  public record Acceptance(
      int attempt, String outcome, BigDecimal score, String reason, OffsetDateTime concludedAt) {}

  /**
   * Everything after the award.
   *
   * @param evaluations the yearly evaluations
   * @param acceptances the acceptance attempts
   */
  public record Record(List<Evaluation> evaluations, List<Acceptance> acceptances) {}
}
