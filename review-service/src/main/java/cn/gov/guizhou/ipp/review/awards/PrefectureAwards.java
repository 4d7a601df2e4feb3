package cn.gov.guizhou.ipp.review.awards;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
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
import cn.gov.guizhou.ipp.review.credit.AwardCreditChecks;
import cn.gov.guizhou.ipp.review.formalcheck.FormalChecks;
import cn.gov.guizhou.ipp.review.organisations.KnownOrganisation;
import cn.gov.guizhou.ipp.review.organisations.OrganisationDirectory;
import cn.gov.guizhou.ipp.review.scoring.PrefectureRanking;
import cn.gov.guizhou.ipp.review.scoring.PrefectureResult;
import cn.gov.guizhou.ipp.review.scoring.PrefectureScores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * CAPABILITY-PREFECTURE (guide 1.4, 4.2): officers score each prefecture-level unit's application
 * on the guide's 9 criteria, with the evidence; the call's weights (equal unless set) give each
 * unit's total; the ranking on the exact totals gives the tiers' amounts, awarded in rank order
 * while the track's budget lasts. The unit an application is scored as is its lead authority's own
 * region, as applicant-service published it for the organisation — never a code an officer types.
 * No expert panel scores this track.
 */
@Service
public class PrefectureAwards {

  /** The track ranked this way. */
  public static final String TRACK = "CAPABILITY-PREFECTURE";

  private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ApplicationRegister register;
  private final ReviewTracks tracks;
  private final ReviewProgress progress;
  private final OrganisationDirectory organisations;
  private final FormalChecks formalChecks;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final AwardCreditChecks credit;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public PrefectureAwards(
      JdbcClient jdbc,
      ApplicationRegister register,
      ReviewTracks tracks,
      ReviewProgress progress,
      OrganisationDirectory organisations,
      FormalChecks formalChecks,
      OutboxEventPublisher events,
      AuditTrail audit,
      AwardCreditChecks credit,
      Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.tracks = tracks;
    this.progress = progress;
    this.organisations = organisations;
    this.formalChecks = formalChecks;
    this.events = events;
    this.audit = audit;
    this.credit = credit;
    this.clock = clock;
  }

  /**
   * Records a unit's scores on the 9 criteria, with the evidence they rest on. The unit is the lead
   * authority's region; a unit given in the request must be that region.
   */
  @Transactional
  public void score(
      int year,
      UUID applicationId,
      String claimedUnit,
      Map<String, BigDecimal> scores,
      List<String> evidence,
      CurrentUser officer) {
    SubmittedApplication application =
        register
            .lock(applicationId)
            .orElseThrow(() -> new NotFoundException("application", applicationId));
    if (application.callYear() != year || !TRACK.equals(application.trackCode())) {
      throw new InvalidFieldException(
          "applicationId", "is not a " + TRACK + " application of the " + year + " call");
    }
    if (!"FORMAL_CHECK_PASSED".equals(application.status())) {
      throw new ConflictException(
          "NOT_READY_FOR_REVIEW",
          "the application is " + application.status() + "; it is scored after its formal check");
    }
    if (evidence == null || evidence.isEmpty()) {
      throw new InvalidFieldException("evidence", "the scores rest on evidence; name it");
    }
    String unit = unitOf(application);
    if (claimedUnit != null && !claimedUnit.isBlank() && !claimedUnit.equals(unit)) {
      throw new InvalidFieldException(
          "unit",
          "is "
              + claimedUnit
              + ", but the applicant authority "
              + application.leadName()
              + " is registered in "
              + unit
              + "; the unit is taken from its organisation and may be left out");
    }
    try {
      // The ranking's own checks: every criterion, each within 0..100, a known unit.
      PrefectureRanking.rank(
          List.of(new PrefectureScores(unit, scores)), weights(year), tiers(year));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(
          new IllegalArgumentException(e.getMessage().replaceFirst("^units\\[0\\]\\.", "")));
    }
    try {
      jdbc.sql(
              """
              insert into prefecture_score (application_id, call_year, unit, scores, evidence,
                                            entered_by, entered_at)
              values (:application, :year, :unit, cast(:scores as jsonb), cast(:evidence as jsonb),
                      :by, :at)
              on conflict (application_id) do update
                set unit = excluded.unit, scores = excluded.scores, evidence = excluded.evidence,
                    entered_by = excluded.entered_by, entered_at = excluded.entered_at
              """)
          .param("application", applicationId)
          .param("year", year)
          .param("unit", unit)
          .param("scores", json.writeValueAsString(scores))
          .param("evidence", json.writeValueAsString(evidence))
          .param("by", officer.subject())
          .param("at", OffsetDateTime.now(clock))
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          "UNIT_SCORED", unit + " is scored already for another application of the call");
    }
    audit.recordChange("prefecture.score", "application", applicationId);
  }

  /** The applicant authority's own region, as its organisation's events published it. */
  private String unitOf(SubmittedApplication application) {
    KnownOrganisation lead =
        organisations
            .findByCreditCode(application.leadCreditCode())
            .orElseThrow(
                () ->
                    new ConflictException(
                        "ORGANISATION_UNKNOWN",
                        "the applicant authority "
                            + application.leadCreditCode()
                            + " is not known to review yet; its region decides the unit"));
    if (!PrefectureRanking.UNITS.contains(lead.region())) {
      throw new ConflictException(
          "NOT_A_PREFECTURE_UNIT",
          "the applicant authority "
              + lead.legalName()
              + " is registered in "
              + lead.region()
              + ", not one of the ten units "
              + PrefectureRanking.UNITS);
    }
    return lead.region();
  }

  /** Sets the call's weights of the 9 criteria (equal unless set). */
  @Transactional
  public void setWeights(int year, Map<String, BigDecimal> weights, CurrentUser officer) {
    try {
      PrefectureRanking.rank(List.of(), weights, tiers(year));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
    jdbc.sql(
            """
            insert into prefecture_weights (call_year, weights, set_by, set_at)
            values (:year, cast(:weights as jsonb), :by, :at)
            on conflict (call_year) do update
              set weights = excluded.weights, set_by = excluded.set_by, set_at = excluded.set_at
            """)
        .param("year", year)
        .param("weights", json.writeValueAsString(weights))
        .param("by", officer.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    audit.recordChange("prefecture.weights", "call", year);
  }

  /** The ranking of the units scored so far, with the tiers' amounts. */
  @Transactional(readOnly = true)
  public Ranking ranking(int year) {
    List<Entry> entries = entries(year);
    List<PrefectureResult> results =
        PrefectureRanking.rank(
            entries.stream().map(e -> new PrefectureScores(e.unit(), e.scores())).toList(),
            weights(year),
            tiers(year));
    Map<String, UUID> applications = new HashMap<>();
    entries.forEach(e -> applications.put(e.unit(), e.applicationId()));
    BigDecimal budget = track(year).budget();
    List<Boolean> funded = PrefectureRanking.fundedWithin(results, budget);
    List<RankedUnit> ranked = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      PrefectureResult r = results.get(i);
      ranked.add(
          new RankedUnit(
              r.rank(), r.unit(), applications.get(r.unit()), r.total(), r.award(), funded.get(i)));
    }
    return new Ranking(year, weights(year), budget, ranked);
  }

  /**
   * Decides the track's awards from the ranking and announces each one. Every unit awarded money is
   * credit-checked afresh first, before any row is locked: anything but CLEAR refuses the decision.
   */
  @Transactional
  public Ranking decide(int year, CurrentUser officer) {
    Ranking ranking = ranking(year);
    if (ranking.units().isEmpty()) {
      throw new ConflictException("NOTHING_TO_DECIDE", "no prefecture-level unit is scored");
    }
    ranking.units().stream()
        .filter(unit -> unit.award().signum() > 0)
        .forEach(
            unit -> credit.requireClear(register.submission(unit.applicationId()).orElseThrow()));
    ReviewTrack track = track(year);
    if (ranking.budget() == null) {
      throw new ConflictException(
          "NO_BUDGET",
          "the track has no budget in the " + year + " call; the bureau sets it first");
    }
    for (RankedUnit unit : ranking.units()) {
      List<String> facts = formalChecks.unconfirmedFacts(unit.applicationId());
      if (unit.withinBudget() && !facts.isEmpty()) {
        throw new ConflictException(
            "FACTS_NOT_CONFIRMED",
            unit.unit()
                + ": self-declared facts not confirmed at the formal check: "
                + String.join(", ", facts));
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    UUID decisionId = UUID.randomUUID();
    int awardedInDecision = (int) ranking.units().stream().filter(RankedUnit::withinBudget).count();
    for (RankedUnit unit : ranking.units()) {
      SubmittedApplication application = register.lock(unit.applicationId()).orElseThrow();
      if (!"FORMAL_CHECK_PASSED".equals(application.status())) {
        throw new ConflictException(
            "ALREADY_DECIDED", application.reference() + " is " + application.status());
      }
      boolean awarded = unit.withinBudget();
      BigDecimal amount = awarded ? unit.award() : BigDecimal.ZERO.setScale(2);
      jdbc.sql(
              """
              insert into award_decision (application_id, call_year, track_code, rank, final_score,
                                          proposed, awarded, amount, committed, justification,
                                          decided_by, decided_at, decision_id)
              values (:application, :year, :track, :rank, :score, :awarded, :awarded, :amount,
                      :amount, null, :by, :at, :decision)
              """)
          .param("application", unit.applicationId())
          .param("year", year)
          .param("track", TRACK)
          .param("rank", unit.rank())
          .param("score", unit.total())
          .param("awarded", awarded)
          .param("amount", amount)
          .param("decision", decisionId)
          .param("by", officer.subject())
          .param("at", now)
          .update();
      ApplicationSubmittedV1 submission = register.submission(unit.applicationId()).orElseThrow();
      events.publish(
          new AwardDecidedV1(
              unit.applicationId(),
              application.reference(),
              year,
              TRACK,
              submission.ruleVersion(),
              submission.lead().organisationId(),
              submission.lead().creditCode(),
              awarded,
              amount,
              track.fundingRule(),
              unit.rank(),
              unit.total(),
              true,
              null,
              now,
              decisionId,
              awardedInDecision,
              amount));
      progress.report(
          unit.applicationId(),
          awarded ? "APPROVED" : "REJECTED",
          awarded ? amount : null,
          "第"
              + unit.rank()
              + "名，综合得分 "
              + unit.total().toPlainString()
              + (awarded ? "" : unit.award().signum() > 0 ? "，未列入年度预算资助范围" : "，排名在资助名额之外"));
    }
    audit.recordChange("prefecture.decide", "call", year);
    return ranking;
  }

  private List<Entry> entries(int year) {
    return jdbc.sql(
            "select application_id, unit, scores::text as scores from prefecture_score"
                + " where call_year = :year order by unit")
        .param("year", year)
        .query(
            (rs, i) ->
                new Entry(
                    rs.getObject("application_id", UUID.class),
                    rs.getString("unit"),
                    json.readValue(rs.getString("scores"), SCORES)))
        .list();
  }

  private Map<String, BigDecimal> weights(int year) {
    return jdbc.sql("select weights::text from prefecture_weights where call_year = :year")
        .param("year", year)
        .query(String.class)
        .optional()
        .map(w -> json.readValue(w, SCORES))
        .orElse(Map.of());
  }

  private RankTiers tiers(int year) {
    if (track(year).fundingRule() instanceof RankTiers tiers) {
      return tiers;
    }
    throw new ConflictException(
        "NOT_RANKED", TRACK + " of the " + year + " call is not ranked into tiers");
  }

  private ReviewTrack track(int year) {
    return tracks
        .latest(year, TRACK)
        .orElseThrow(() -> new NotFoundException("track", year + "/" + TRACK));
  }

  private record Entry(UUID applicationId, String unit, Map<String, BigDecimal> scores) {}

  /**
   * A ranked unit.
   *
   * @param rank its rank
   * @param unit its region code
   * @param applicationId its application
   * @param total its weighted total, rounded to two decimals for display (the rank is on the exact
   *     total)
   * @param award its tier's amount
   * @param withinBudget whether its tier's amount fits in the track's budget in rank order (false
   *     while no budget is set): only these are awarded
   */
  public record RankedUnit(
      int rank,
      String unit,
      UUID applicationId,
      BigDecimal total,
      BigDecimal award,
      boolean withinBudget) {}

  /**
   * The ranking of a call.
   *
   * @param year the call's year
   * @param weights the weights set for the call (empty: equal)
   * @param budget the track's budget in the call (null until the bureau sets it)
   * @param units the units in rank order
   */
  public record Ranking(
      int year, Map<String, BigDecimal> weights, BigDecimal budget, List<RankedUnit> units) {}
}
