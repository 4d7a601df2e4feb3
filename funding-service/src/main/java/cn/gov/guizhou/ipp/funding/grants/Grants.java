package cn.gov.guizhou.ipp.funding.grants;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.funding.rules.AccountKind;
import cn.gov.guizhou.ipp.funding.rules.EvaluatedTranche;
import cn.gov.guizhou.ipp.funding.rules.LedgerTransaction;
import cn.gov.guizhou.ipp.funding.rules.PlannedTranche;
import cn.gov.guizhou.ipp.funding.rules.TrancheSchedule;
import cn.gov.guizhou.ipp.funding.rules.TrancheTrigger;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public Grants(JdbcClient jdbc, LedgerRepository ledger, Clock clock) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Opens the grant of an awarded application and commits what it can pay against its track's
   * budget. An award that would take the track over its budget is refused: the grant is kept as
   * REFUSED_OVER_BUDGET, with nothing committed, for the bureau to resolve.
   */
  public void onAward(AwardDecidedV1 award) {
    if (!award.awarded()) {
      return;
    }
    List<PlannedTranche> tranches = TrancheSchedule.forAward(award.fundingRule(), award.amount());
    BigDecimal committed = TrancheSchedule.committed(tranches);
    String trackKey = award.callYear() + "/" + award.trackCode();
    BigDecimal available = ledger.balance(Account.trackBudget(trackKey));
    boolean fits = committed.compareTo(available) <= 0;
    jdbc.sql(
            """
            insert into grant_award (application_id, reference, call_year, track_code, rule_version,
                                     lead_organisation_id, lead_credit_code, awarded_amount,
                                     committed_amount, funding_rule, status, refusal, awarded_at)
            values (:id, :reference, :year, :track, :version, :lead, :code, :awarded, :committed,
                    cast(:rule as jsonb), :status, :refusal, :at)
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
        .param("committed", fits ? committed : BigDecimal.ZERO)
        .param("rule", json.writeValueAsString(award.fundingRule()))
        .param("status", fits ? "ACTIVE" : "REFUSED_OVER_BUDGET")
        .param(
            "refusal",
            fits
                ? null
                : "committing CNY "
                    + committed.toPlainString()
                    + " would exceed what track "
                    + trackKey
                    + " has left (CNY "
                    + available.toPlainString()
                    + ")")
        .param("at", award.decidedAt())
        .update();
    if (!fits) {
      log.warn(
          "Award {} refused: it would take track {} over its budget", award.reference(), trackKey);
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (PlannedTranche t : tranches) {
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
    if (committed.signum() > 0) {
      ledger.record(
          LedgerTransaction.commitment(trackKey, award.applicationId().toString(), committed),
          award.decidedAt());
    }
  }

  /**
   * Releases the tranche an evaluation decides: GI-BRAND's second year for the amount the
   * evaluation set, or a DATA-IP-LEADER stage; what the evaluation does not release goes back to
   * the track's budget.
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
    jdbc.sql(
            """
            update grant_tranche set amount = :amount, status = :status, changed_at = :at
            where application_id = :id and sequence = :sequence
            """)
        .param("id", grant.applicationId())
        .param("sequence", waiting.sequence())
        .param("amount", released)
        .param("status", released.signum() > 0 ? "DUE" : "LAPSED")
        .param("at", OffsetDateTime.now(clock))
        .update();
    BigDecimal reserved = planned.mostPayable();
    BigDecimal unused = reserved.subtract(released);
    if (unused.signum() > 0) {
      ledger.record(
          LedgerTransaction.release(
              grant.callYear() + "/" + grant.trackCode(), grant.applicationId().toString(), unused),
          evaluation.concludedAt());
    }
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
                       description_en
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
                        rs.getString("description_en")))
            .list();
    return jdbc.sql(
            """
            select application_id, reference, call_year, track_code, lead_organisation_id,
                   lead_credit_code, awarded_amount, committed_amount, funding_rule::text as rule,
                   status, refusal, awarded_at
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
        rs.getString("refusal"),
        rs.getObject("awarded_at", OffsetDateTime.class),
        tranches,
        ledger.balance(Account.ofGrant(AccountKind.GRANT, id.toString())));
  }
}
