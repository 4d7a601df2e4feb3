package cn.gov.guizhou.ipp.review.awards;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
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
import cn.gov.guizhou.ipp.review.experts.Assignment;
import cn.gov.guizhou.ipp.review.experts.Assignments;
import cn.gov.guizhou.ipp.review.formalcheck.FormalChecks;
import cn.gov.guizhou.ipp.review.scoring.AwardProposal;
import cn.gov.guizhou.ipp.review.scoring.Candidate;
import cn.gov.guizhou.ipp.review.scoring.ProposedAward;
import cn.gov.guizhou.ipp.review.scoring.Ranking;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposes and decides the awards of a track. */
@Service
public class Awards {

  private static final Set<String> STILL_IN_REVIEW =
      Set.of("SUBMITTED", "FORMAL_CHECK_PASSED", "UNDER_REVIEW");

  private final JdbcClient jdbc;
  private final ApplicationRegister register;
  private final Assignments assignments;
  private final ReviewTracks tracks;
  private final ReviewProgress progress;
  private final FormalChecks formalChecks;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final AwardCreditChecks credit;
  private final Clock clock;

  public Awards(
      JdbcClient jdbc,
      ApplicationRegister register,
      Assignments assignments,
      ReviewTracks tracks,
      ReviewProgress progress,
      FormalChecks formalChecks,
      OutboxEventPublisher events,
      AuditTrail audit,
      AwardCreditChecks credit,
      Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.assignments = assignments;
    this.tracks = tracks;
    this.progress = progress;
    this.formalChecks = formalChecks;
    this.events = events;
    this.audit = audit;
    this.credit = credit;
    this.clock = clock;
  }

  /**
   * The track's scored applications in rank order, proposed for award until the budget is used:
   * what each award commits (the fixed amount; a rolling programme's first year plus the most its
   * second year can get; a post-subsidy's maximum in all) is taken from what the budget has left
   * after the track's earlier awards.
   */
  @Transactional(readOnly = true)
  public Proposal proposal(int year, String trackCode) {
    ReviewTrack track =
        tracks
            .latest(year, trackCode)
            .orElseThrow(() -> new NotFoundException("track", year + "/" + trackCode));
    List<SubmittedApplication> scored = register.scored(year, trackCode);
    List<Candidate> candidates =
        scored.stream()
            .map(
                a ->
                    new Candidate(
                        a.applicationId(),
                        a.reference(),
                        register.finalScore(a.applicationId()).orElseThrow(),
                        assignments.ofApplication(a.applicationId()).stream()
                            .filter(s -> "SCORED".equals(s.status()))
                            .map(Assignment::total)
                            .toList(),
                        a.submittedAt()))
            .toList();
    BigDecimal committedBefore = committed(year, trackCode);
    BigDecimal available =
        track.budget() == null
            ? null
            : track.budget().subtract(committedBefore).max(BigDecimal.ZERO);
    List<ProposedAward> proposed =
        track.budget() == null
            // No budget set yet: the ranking stands, nothing is proposed.
            ? Ranking.rank(candidates).stream()
                .map(
                    r -> {
                      BigDecimal amount = amountFor(track, r.candidate());
                      return new ProposedAward(
                          r, amount, track.fundingRule().committedOnAward(amount), false);
                    })
                .toList()
            : AwardProposal.within(
                Ranking.rank(candidates),
                available,
                c -> amountFor(track, c),
                track.fundingRule()::committedOnAward);
    long stillInReview =
        register.ofCall(year, trackCode).stream()
            .filter(a -> STILL_IN_REVIEW.contains(a.status()))
            .count();
    return new Proposal(
        year, trackCode, track.budget(), committedBefore, available, proposed, stillInReview);
  }

  /** What the track's earlier awards of the call commit against its budget. */
  private BigDecimal committed(int year, String trackCode) {
    return jdbc.sql(
            """
            select coalesce(sum(committed), 0) from award_decision
            where call_year = :year and track_code = :track and awarded
            """)
        .param("year", year)
        .param("track", trackCode)
        .query(BigDecimal.class)
        .single()
        .setScale(2);
  }

  /**
   * Decides the track's awards. Awarding exactly the proposal needs no justification; any other set
   * — skipping a proposed application or funding one below the cut-off — needs one, and the awards
   * never exceed the budget. Every unit of an awarded application is credit-checked afresh first
   * (before anything is written or locked): anything but CLEAR refuses the whole decision.
   */
  @Transactional
  public List<Decision> decide(
      int year, String trackCode, List<UUID> awarded, String justification, CurrentUser officer) {
    Proposal proposal = proposal(year, trackCode);
    if (proposal.budget() == null) {
      throw new ConflictException(
          "NO_BUDGET",
          "the track has no budget in the " + year + " call; the bureau sets it first");
    }
    if (proposal.stillInReview() > 0) {
      throw new ConflictException(
          "REVIEW_NOT_FINISHED",
          proposal.stillInReview() + " application(s) of the track are still in review");
    }
    if (proposal.ranking().isEmpty()) {
      throw new ConflictException("NOTHING_TO_DECIDE", "no scored application in the track");
    }
    Set<UUID> chosen = new HashSet<>(awarded);
    Set<UUID> ranked =
        proposal.ranking().stream()
            .map(p -> p.ranked().candidate().applicationId())
            .collect(Collectors.toSet());
    if (!ranked.containsAll(chosen)) {
      throw new InvalidFieldException("awarded", "lists an application not ranked in the track");
    }
    Set<UUID> proposed =
        proposal.ranking().stream()
            .filter(ProposedAward::withinBudget)
            .map(p -> p.ranked().candidate().applicationId())
            .collect(Collectors.toSet());
    boolean followed = proposed.equals(chosen);
    if (!followed && (justification == null || justification.isBlank())) {
      throw new InvalidFieldException(
          "justification",
          "a decision that departs from the proposal needs a written justification");
    }
    BigDecimal total =
        proposal.ranking().stream()
            .filter(p -> chosen.contains(p.ranked().candidate().applicationId()))
            .map(ProposedAward::committed)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(proposal.available()) > 0) {
      throw new InvalidFieldException(
          "awarded",
          "awards committing CNY "
              + total.toPlainString()
              + " exceed what the track's budget of CNY "
              + proposal.budget().toPlainString()
              + " has left (CNY "
              + proposal.available().toPlainString()
              + " after earlier awards of CNY "
              + proposal.committedBefore().toPlainString()
              + ")");
    }
    List<String> unconfirmed = new java.util.ArrayList<>();
    for (ProposedAward p : proposal.ranking()) {
      Candidate c = p.ranked().candidate();
      if (chosen.contains(c.applicationId())) {
        List<String> facts = formalChecks.unconfirmedFacts(c.applicationId());
        if (!facts.isEmpty()) {
          unconfirmed.add(c.reference() + " (" + String.join(", ", facts) + ")");
        }
      }
    }
    if (!unconfirmed.isEmpty()) {
      throw new ConflictException(
          "FACTS_NOT_CONFIRMED",
          "self-declared facts not confirmed at the formal check: "
              + String.join("; ", unconfirmed));
    }
    proposal.ranking().stream()
        .map(p -> p.ranked().candidate().applicationId())
        .filter(chosen::contains)
        .forEach(id -> credit.requireClear(register.submission(id).orElseThrow()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    ReviewTrack track = tracks.latest(year, trackCode).orElseThrow();
    Batch batch = new Batch(UUID.randomUUID(), chosen.size());
    List<Decision> decisions =
        proposal.ranking().stream()
            .map(p -> record(p, chosen, followed, justification, track, officer, now, batch))
            .toList();
    audit.recordChange(
        followed ? "award.decide" : "award.decide-with-departure", "track", year + "/" + trackCode);
    return decisions;
  }

  private Decision record(
      ProposedAward p,
      Set<UUID> chosen,
      boolean followed,
      String justification,
      ReviewTrack track,
      CurrentUser officer,
      OffsetDateTime now,
      Batch batch) {
    Candidate c = p.ranked().candidate();
    boolean awarded = chosen.contains(c.applicationId());
    BigDecimal amount = awarded ? p.amount() : BigDecimal.ZERO.setScale(2);
    BigDecimal committed = awarded ? p.committed() : BigDecimal.ZERO.setScale(2);
    String why = followed ? null : justification.strip();
    jdbc.sql(
            """
            insert into award_decision (application_id, call_year, track_code, rank, final_score,
                                        proposed, awarded, amount, committed, justification,
                                        decided_by, decided_at, decision_id)
            values (:application, :year, :track, :rank, :score, :proposed, :awarded, :amount,
                    :committed, :justification, :by, :at, :decision)
            """)
        .param("committed", committed)
        .param("decision", batch.id())
        .param("application", c.applicationId())
        .param("year", track.callYear())
        .param("track", track.code())
        .param("rank", p.ranked().rank())
        .param("score", c.finalScore())
        .param("proposed", p.withinBudget())
        .param("awarded", awarded)
        .param("amount", amount)
        .param("justification", why)
        .param("by", officer.subject())
        .param("at", now)
        .update();
    ApplicationSubmittedV1 submission = register.submission(c.applicationId()).orElseThrow();
    events.publish(
        new AwardDecidedV1(
            c.applicationId(),
            c.reference(),
            track.callYear(),
            track.code(),
            submission.ruleVersion(),
            submission.lead().organisationId(),
            submission.lead().creditCode(),
            awarded,
            amount,
            track.fundingRule(),
            p.ranked().rank(),
            c.finalScore(),
            followed,
            why,
            now,
            batch.id(),
            batch.awarded(),
            committed));
    progress.report(
        c.applicationId(),
        awarded ? "APPROVED" : "REJECTED",
        // An approval reports the money it brings now; a post-subsidy (STAGED_POST_SUBSIDY) brings
        // none at the award, its money follows its evaluations, so it reports no amount (the
        // status report's amount is greater than zero or null).
        awarded && amount.signum() > 0 ? amount : null,
        awarded
            ? "第" + p.ranked().rank() + "名，综合得分 " + c.finalScore().toPlainString()
            : "第"
                + p.ranked().rank()
                + "名，综合得分 "
                + c.finalScore().toPlainString()
                + "，未列入年度预算资助范围");
    return new Decision(
        c.applicationId(), c.reference(), p.ranked().rank(), c.finalScore(), awarded, amount);
  }

  /**
   * What one application is awarded now: a fixed-amount track its amount (每项资助X万元, whatever was
   * requested: the submission states that amount), a rolling programme its first year's amount, a
   * post-subsidy nothing until its evaluations select it, any other its request within the track's
   * amount.
   */
  private BigDecimal amountFor(ReviewTrack track, Candidate candidate) {
    if (track.fundingRule().fixedAward() != null) {
      return track.fundingRule().fixedAward();
    }
    if (track.fundingRule() instanceof RollingWithEvaluation rolling) {
      return rolling.firstYearAmount();
    }
    if (track.fundingRule() instanceof StagedPostSubsidy) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal requested =
        register.submission(candidate.applicationId()).orElseThrow().requestedAmount();
    BigDecimal maximum = track.fundingRule().maximumPerProject();
    return maximum == null || requested.compareTo(maximum) <= 0 ? requested : maximum;
  }

  /**
   * A track's proposal.
   *
   * @param year the call's year
   * @param trackCode the track
   * @param budget its budget in the call (null until the bureau sets it: then nothing is proposed)
   * @param committedBefore what the track's earlier awards of the call commit
   * @param available what the budget has left for this proposal (null without a budget)
   * @param ranking the scored applications in rank order, each with its amount, what it commits and
   *     whether it is within budget
   * @param stillInReview applications of the track not scored yet
   */
  public record Proposal(
      int year,
      String trackCode,
      BigDecimal budget,
      BigDecimal committedBefore,
      BigDecimal available,
      List<ProposedAward> ranking,
      long stillInReview) {}

  /** One officer's decision: its id and how many applications it awards. */
  private record Batch(UUID id, int awarded) {}

  /**
   * A decision.
   *
   * @param applicationId the application
   * @param reference its reference
   * @param rank its rank
   * @param finalScore its final score
   * @param awarded whether it is funded
   * @param amount the amount awarded
   */
  public record Decision(
      UUID applicationId,
      String reference,
      int rank,
      BigDecimal finalScore,
      boolean awarded,
      BigDecimal amount) {}
}
