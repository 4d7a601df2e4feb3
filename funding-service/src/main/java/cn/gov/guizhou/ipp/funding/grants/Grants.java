package cn.gov.guizhou.ipp.funding.grants;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.contracts.programme.ConditionalOnThreshold;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.funding.rules.AccountKind;
import cn.gov.guizhou.ipp.funding.rules.EvaluatedTranche;
import cn.gov.guizhou.ipp.funding.rules.LedgerTransaction;
import cn.gov.guizhou.ipp.funding.rules.PlannedTranche;
import cn.gov.guizhou.ipp.funding.rules.RankOrder;
import cn.gov.guizhou.ipp.funding.rules.TrancheSchedule;
import cn.gov.guizhou.ipp.funding.rules.TrancheTrigger;
import cn.gov.guizhou.ipp.funding.rules.UnitCeiling;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Grants from awards, their tranches, and what evaluations release. */
@Service
public class Grants {

  private static final Logger log = LoggerFactory.getLogger(Grants.class);

  private final JdbcClient jdbc;
  private final LedgerRepository ledger;
  private final AuditTrail audit;
  private final OutboxEventPublisher events;
  private final AwardDecisions decisions;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public Grants(
      JdbcClient jdbc,
      LedgerRepository ledger,
      AuditTrail audit,
      OutboxEventPublisher events,
      AwardDecisions decisions,
      Clock clock) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.events = events;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens the grants of review's awards in rank order within their track's budget (guide:
   * 各类项目支持数量根据年度经费预算确定). An award that is part of a decision ({@code decisionId}) is kept until
   * every award of its decision ({@code awardedInDecision}) has arrived, whatever order their
   * events come in; the decision's grants are then opened together, best rank first, and a refusal
   * over budget hits the worst-ranked (see {@link RankOrder}). An award of an earlier producer,
   * without a decision, is committed at once. A refused award is kept as REFUSED_OVER_BUDGET with
   * its reason and nothing committed, for the bureau to resolve, and the unit is told in its
   * application's story. An award delivered again changes nothing.
   */
  public void onAward(AwardDecidedV1 award) {
    if (!award.awarded()) {
      return;
    }
    if (award.decisionId() == null
        || award.awardedInDecision() == null
        || award.awardedInDecision() < 1) {
      openInRankOrder(List.of(award));
      return;
    }
    AwardDecisions.Kept kept = decisions.keep(award);
    if (kept instanceof AwardDecisions.Complete complete) {
      openInRankOrder(complete.awards());
    } else if (kept instanceof AwardDecisions.Waiting waiting) {
      log.info(
          "Award {} kept: {} of the {} awards of decision {} have arrived",
          award.reference(),
          waiting.arrived(),
          waiting.expected(),
          award.decisionId());
    } else if (kept instanceof AwardDecisions.Late) {
      log.warn(
          "Award {} arrived after decision {} was opened without it; committed on its own",
          award.reference(),
          award.decisionId());
      openInRankOrder(List.of(award));
    } else {
      log.info(
          "Award {} of decision {} was opened with its decision; nothing to do",
          award.reference(),
          award.decisionId());
    }
  }

  /**
   * Opens the grants of one decision's awards (all of the same track) in one transaction: the track
   * is locked, what it has left read once, and each award opened or refused in rank order.
   */
  private void openInRankOrder(List<AwardDecidedV1> awards) {
    List<Opening> openings = new ArrayList<>();
    for (AwardDecidedV1 award : awards) {
      if (grantExists(award.applicationId())) {
        log.info("Award {} already has its grant; nothing to do", award.reference());
        continue;
      }
      List<PlannedTranche> tranches;
      try {
        tranches = TrancheSchedule.forAward(award.fundingRule(), award.amount());
      } catch (IllegalArgumentException e) {
        if (awards.size() == 1) {
          throw e;
        }
        // One malformed award must not keep the rest of its decision from being opened.
        log.error(
            "Award {} of decision {} cannot be opened and is left out: {}",
            award.reference(),
            award.decisionId(),
            e.getMessage());
        continue;
      }
      openings.add(new Opening(award, tranches, TrancheSchedule.committed(tranches)));
    }
    if (openings.isEmpty()) {
      return;
    }
    AwardDecidedV1 first = openings.get(0).award();
    String trackKey = first.callYear() + "/" + first.trackCode();
    // One decision's commitments against one track at a time: concurrent decisions of the same
    // track (on other partitions) wait here, so what the track has left is read once and true.
    jdbc.sql(
            "select 1 from funding_track where call_year = :year and track_code = :track"
                + " for update")
        .param("year", first.callYear())
        .param("track", first.trackCode())
        .query(Integer.class)
        .optional();
    BigDecimal available = ledger.balance(Account.trackBudget(trackKey)).max(BigDecimal.ZERO);
    Map<UUID, Opening> byApplication = new HashMap<>();
    List<RankOrder.Award> ranked = new ArrayList<>();
    for (Opening o : openings) {
      byApplication.put(o.award().applicationId(), o);
      ranked.add(
          new RankOrder.Award(
              o.award().applicationId(),
              Math.max(1, o.award().rank()),
              o.award().reference(),
              o.committed()));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (RankOrder.Placement placement : RankOrder.place(ranked, available)) {
      Opening o = byApplication.get(placement.award().applicationId());
      open(o, placement, trackKey, now);
    }
  }

  private void open(Opening o, RankOrder.Placement placement, String trackKey, OffsetDateTime now) {
    AwardDecidedV1 award = o.award();
    boolean fits = placement.opened();
    int inserted =
        jdbc.sql(
                """
                insert into grant_award (application_id, reference, call_year, track_code,
                                         rule_version, lead_organisation_id, lead_credit_code,
                                         awarded_amount, committed_amount, funding_rule, status,
                                         refusal, awarded_at)
                values (:id, :reference, :year, :track, :version, :lead, :code, :awarded,
                        :committed, cast(:rule as jsonb), :status, :refusal, :at)
                on conflict (application_id) do nothing
                """)
            .param("id", award.applicationId())
            .param("reference", award.reference())
            .param("year", award.callYear())
            .param("track", award.trackCode())
            .param("version", award.ruleVersion())
            .param("lead", award.leadOrganisationId())
            .param("code", award.leadCreditCode())
            .param("awarded", award.amount())
            .param("committed", fits ? o.committed() : BigDecimal.ZERO)
            .param("rule", json.writeValueAsString(award.fundingRule()))
            .param("status", fits ? "ACTIVE" : "REFUSED_OVER_BUDGET")
            .param("refusal", placement.reasonEn(trackKey))
            .param("at", award.decidedAt())
            .update();
    if (inserted == 0) {
      return;
    }
    if (!fits) {
      log.warn(
          "Award {} (rank {}) refused: {}",
          award.reference(),
          award.rank(),
          placement.reasonEn(trackKey));
      // The unit is told, in its application's story, that funding could not open its grant.
      events.publish(
          new ApplicationStatusReportedV1(
              award.applicationId(),
              "REJECTED",
              null,
              placement.reasonZh(),
              "funding-service",
              award.decidedAt() == null || now.isAfter(award.decidedAt())
                  ? now
                  : award.decidedAt().plusNanos(1000)));
      return;
    }
    for (PlannedTranche t : o.tranches()) {
      jdbc.sql(
              """
              insert into grant_tranche (application_id, sequence, trigger_kind, amount, minimum,
                                         maximum, status, description_zh, description_en,
                                         changed_at)
              values (:id, :sequence, :trigger, :amount, :minimum, :maximum, :status, :zh, :en, :at)
              """)
          .param("id", award.applicationId())
          .param("sequence", t.sequence())
          .param("trigger", t.trigger().name())
          .param("amount", t.amount())
          .param("minimum", t.minimum())
          .param("maximum", t.maximum())
          .param("status", t.trigger() == TrancheTrigger.ON_AWARD ? "DUE" : "PLANNED")
          .param("zh", t.descriptionZh())
          .param("en", t.descriptionEn())
          .param("at", now)
          .update();
    }
    if (o.committed().signum() > 0) {
      ledger.record(
          LedgerTransaction.commitment(trackKey, award.applicationId().toString(), o.committed()),
          award.decidedAt());
    }
  }

  private boolean grantExists(UUID applicationId) {
    return jdbc.sql("select exists (select 1 from grant_award where application_id = :id)")
        .param("id", applicationId)
        .query(Boolean.class)
        .single();
  }

  /** An award about to be opened: its schedule and what it commits. */
  private record Opening(
      AwardDecidedV1 award, List<PlannedTranche> tranches, BigDecimal committed) {}

  /**
   * Releases the tranche an evaluation decides: GI-BRAND's second year for the amount the
   * evaluation set, or a DATA-IP-LEADER stage; what the evaluation does not release goes back to
   * the track's budget. A DATA-IP-LEADER stage is also held to the per-unit ceiling (guide 2.1:
   * 项目实施期内单个单位累计补助20万元): cut to what the unit has left, or refused when it has nothing left, and
   * the unit is told why.
   */
  public void onEvaluation(EvaluationConcludedV1 evaluation) {
    Optional<Grant> found = find(evaluation.applicationId());
    if (found.isEmpty() || !"ACTIVE".equals(found.get().status())) {
      log.warn("Evaluation of {} for no active grant; ignored", evaluation.reference());
      return;
    }
    Grant grant = found.get();
    if (List.of("EXCELLENT", "NOT_EXCELLENT").contains(evaluation.outcome())) {
      // DATA-IP-LEADER's first year decides the project library, not money.
      return;
    }
    Grant.Tranche waiting =
        grant.tranches().stream()
            .filter(t -> "PLANNED".equals(t.status()))
            .filter(
                t ->
                    t.trigger().equals(TrancheTrigger.AFTER_MET_EVALUATION.name())
                        || t.trigger().equals(TrancheTrigger.AFTER_SELECTING_EVALUATION.name()))
            .findFirst()
            .orElse(null);
    if (waiting == null) {
      log.info("Evaluation of {} releases no tranche", evaluation.reference());
      return;
    }
    PlannedTranche planned =
        new PlannedTranche(
            waiting.sequence(),
            TrancheTrigger.valueOf(waiting.trigger()),
            waiting.amount(),
            waiting.minimum(),
            waiting.maximum(),
            waiting.descriptionZh(),
            waiting.descriptionEn());
    BigDecimal released =
        planned.trigger() == TrancheTrigger.AFTER_MET_EVALUATION
            ? EvaluatedTranche.releaseAfterEvaluation(
                planned,
                evaluation.outcome(),
                evaluation.fundedAmount().signum() == 0 ? null : evaluation.fundedAmount())
            : EvaluatedTranche.stageRelease(planned, evaluation.outcome(), releasedSoFar(grant));
    UnitCeiling.Release underCeiling = null;
    if (planned.trigger() == TrancheTrigger.AFTER_SELECTING_EVALUATION
        && released.signum() > 0
        && grant.fundingRule() instanceof StagedPostSubsidy staged) {
      underCeiling =
          new UnitCeiling(staged.maximumTotal()).release(released, receivedByUnit(grant));
      released = underCeiling.amount();
    }
    String note = underCeiling == null ? null : underCeiling.reasonZh();
    jdbc.sql(
            """
            update grant_tranche set amount = :amount, status = :status, note = :note,
                                     changed_at = :at
            where application_id = :id and sequence = :sequence
            """)
        .param("id", grant.applicationId())
        .param("sequence", waiting.sequence())
        .param("amount", released)
        .param("status", released.signum() > 0 ? "DUE" : "LAPSED")
        .param("note", note)
        .param("at", OffsetDateTime.now(clock))
        .update();
    if (note != null) {
      // The unit is told, in its application's story, why its stage was cut or refused.
      events.publish(
          new ApplicationStatusReportedV1(
              grant.applicationId(),
              "IN_IMPLEMENTATION",
              null,
              "第 " + waiting.sequence() + " 笔阶段补助：" + note,
              "funding-service",
              evaluation.concludedAt()));
      log.info(
          "Stage {} of {}: {}", waiting.sequence(), grant.reference(), underCeiling.reasonEn());
    }
    BigDecimal reserved = planned.mostPayable();
    BigDecimal unused = reserved.subtract(released);
    if (unused.signum() > 0) {
      ledger.record(
          LedgerTransaction.release(
              grant.callYear() + "/" + grant.trackCode(), grant.applicationId().toString(), unused),
          evaluation.concludedAt());
    }
  }

  /**
   * What an officer recorded of an AGENCY-BRAND unit's revenue and statistics, and what it decided:
   * the tranche becomes due when the threshold is met, and lapses (its commitment returning to the
   * track's budget) when not. Recorded once per grant.
   *
   * @throws ConflictException NO_THRESHOLD (the grant's rule has none), THRESHOLD_RECORDED
   */
  @Transactional
  public ThresholdRecord recordThreshold(
      UUID grantId, BigDecimal revenue, boolean inStatistics, String note, CurrentUser officer) {
    jdbc.sql("select application_id from grant_award where application_id = :id for update")
        .param("id", grantId)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("grant", grantId));
    Grant grant = get(grantId);
    if (!(grant.fundingRule() instanceof ConditionalOnThreshold threshold)) {
      throw new ConflictException(
          "NO_THRESHOLD", "the grant's funding rule does not depend on a threshold");
    }
    if (!"ACTIVE".equals(grant.status())) {
      throw new ConflictException("GRANT_NOT_ACTIVE", "the grant is " + grant.status());
    }
    Boolean recorded =
        jdbc.sql("select exists (select 1 from threshold_record where application_id = :id)")
            .param("id", grantId)
            .query(Boolean.class)
            .single();
    if (recorded) {
      throw new ConflictException(
          "THRESHOLD_RECORDED", "the threshold of this grant is already recorded");
    }
    boolean met = threshold.met(revenue, inStatistics);
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            insert into threshold_record (application_id, revenue, in_statistics, met, note,
                                          recorded_by, recorded_at)
            values (:id, :revenue, :stats, :met, :note, :by, :at)
            """)
        .param("id", grantId)
        .param("revenue", revenue)
        .param("stats", inStatistics)
        .param("met", met)
        .param("note", note)
        .param("by", officer.subject())
        .param("at", now)
        .update();
    for (Grant.Tranche t : grant.tranches()) {
      if (!"PLANNED".equals(t.status())
          || !TrancheTrigger.ON_THRESHOLD_MET.name().equals(t.trigger())) {
        continue;
      }
      jdbc.sql(
              """
              update grant_tranche set status = :status, changed_at = :at
              where application_id = :id and sequence = :sequence
              """)
          .param("id", grantId)
          .param("sequence", t.sequence())
          .param("status", met ? "DUE" : "LAPSED")
          .param("at", now)
          .update();
      if (!met) {
        ledger.record(
            LedgerTransaction.release(
                grant.callYear() + "/" + grant.trackCode(), grantId.toString(), t.amount()),
            now);
      }
    }
    audit.recordChange("RECORD_THRESHOLD", "grant", grantId, grant.leadOrganisationId());
    return new ThresholdRecord(
        revenue, inStatistics, met, threshold.minimumRevenue(), threshold.revenueYear(), note);
  }

  /**
   * What was recorded of a threshold.
   *
   * @param revenue the unit's revenue in the rule's year, CNY
   * @param inStatistics whether it is in the statistics (入库纳统)
   * @param met whether the threshold is met (reaching it exactly is enough)
   * @param minimumRevenue the rule's threshold
   * @param revenueYear the year whose revenue counts
   * @param note the officer's note (the evidence seen)
   */
  public record ThresholdRecord(
      BigDecimal revenue,
      boolean inStatistics,
      boolean met,
      BigDecimal minimumRevenue,
      int revenueYear,
      String note) {}

  /**
   * What the grant's unit (by credit code) has released so far in stages of the grant's track, due
   * or paid, over every one of its grants whose implementation period overlaps this grant's (the
   * call years where the track does not say): the ceiling of guide 2.1 is per unit, not per
   * application.
   */
  private BigDecimal receivedByUnit(Grant grant) {
    return jdbc.sql(
            """
            with period as (
                select coalesce(ft.implementation_start_year, g.call_year) as first_year,
                       coalesce(ft.implementation_end_year, g.call_year) as last_year,
                       g.lead_credit_code, g.track_code
                from grant_award g
                left join funding_track ft
                       on ft.call_year = g.call_year and ft.track_code = g.track_code
                where g.application_id = :id
            )
            select coalesce(sum(t.amount), 0)
            from grant_tranche t
            join grant_award g on g.application_id = t.application_id
            left join funding_track ft on ft.call_year = g.call_year and ft.track_code = g.track_code
            join period p on p.lead_credit_code = g.lead_credit_code
                         and p.track_code = g.track_code
            where t.trigger_kind = 'AFTER_SELECTING_EVALUATION'
              and t.status in ('DUE', 'PAID')
              and coalesce(ft.implementation_start_year, g.call_year) <= p.last_year
              and coalesce(ft.implementation_end_year, g.call_year) >= p.first_year
            """)
        .param("id", grant.applicationId())
        .query(BigDecimal.class)
        .single();
  }

  private BigDecimal releasedSoFar(Grant grant) {
    return grant.tranches().stream()
        .filter(t -> t.trigger().equals(TrancheTrigger.AFTER_SELECTING_EVALUATION.name()))
        .filter(t -> "DUE".equals(t.status()) || "PAID".equals(t.status()))
        .map(Grant.Tranche::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  @Transactional(readOnly = true)
  public Grant get(UUID applicationId) {
    return find(applicationId).orElseThrow(() -> new NotFoundException("grant", applicationId));
  }

  /** The grants of a call's track. */
  @Transactional(readOnly = true)
  public List<Grant> ofTrack(int year, String trackCode) {
    return jdbc
        .sql(
            "select application_id from grant_award where call_year = :year and track_code = :track"
                + " order by awarded_at, reference")
        .param("year", year)
        .param("track", trackCode)
        .query(UUID.class)
        .list()
        .stream()
        .map(this::get)
        .toList();
  }

  private Optional<Grant> find(UUID applicationId) {
    List<Grant.Tranche> tranches =
        jdbc.sql(
                """
                select sequence, trigger_kind, amount, minimum, maximum, status, description_zh,
                       description_en, note
                from grant_tranche where application_id = :id order by sequence
                """)
            .param("id", applicationId)
            .query(
                (rs, i) ->
                    new Grant.Tranche(
                        rs.getInt("sequence"),
                        rs.getString("trigger_kind"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("minimum"),
                        rs.getBigDecimal("maximum"),
                        rs.getString("status"),
                        rs.getString("description_zh"),
                        rs.getString("description_en"),
                        rs.getString("note")))
            .list();
    return jdbc.sql(
            """
            select application_id, reference, call_year, track_code, lead_organisation_id,
                   lead_credit_code, awarded_amount, committed_amount, funding_rule::text as rule,
                   status, on_hold, refusal, awarded_at
            from grant_award where application_id = :id
            """)
        .param("id", applicationId)
        .query((rs, i) -> map(rs, tranches))
        .optional();
  }

  private Grant map(ResultSet rs, List<Grant.Tranche> tranches) throws SQLException {
    UUID id = rs.getObject("application_id", UUID.class);
    return new Grant(
        id,
        rs.getString("reference"),
        rs.getInt("call_year"),
        rs.getString("track_code"),
        rs.getObject("lead_organisation_id", UUID.class),
        rs.getString("lead_credit_code"),
        rs.getBigDecimal("awarded_amount"),
        rs.getBigDecimal("committed_amount"),
        json.readValue(rs.getString("rule"), FundingRule.class),
        rs.getString("status"),
        rs.getBoolean("on_hold"),
        rs.getString("refusal"),
        rs.getObject("awarded_at", OffsetDateTime.class),
        tranches,
        ledger.balance(Account.ofGrant(AccountKind.GRANT, id.toString())));
  }
}
