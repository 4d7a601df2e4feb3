package cn.gov.guizhou.ipp.funding.budgets;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.funding.rules.LedgerTransaction;
import cn.gov.guizhou.ipp.funding.rules.Posting;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracks' funding rules and budgets, kept from program-service's events. A budget set or
 * changed is allocated (or, lowered, returned) in the ledger, so a track's budget account always
 * holds what it may still commit; the ledger refuses to lower a budget below what is committed.
 */
@Service
public class FundingTracks {

  private final JdbcClient jdbc;
  private final LedgerRepository ledger;
  private final JsonMapper json = EventJson.mapper();

  public FundingTracks(JdbcClient jdbc, LedgerRepository ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  /** Keeps every track of a version newer than the one known, allocating budget changes. */
  public void record(CallPublishedV1 published) {
    for (CallPublishedV1.TrackSummary t : published.tracks()) {
      Optional<FundingTrack> known = find(published.year(), t.code());
      if (known.isPresent() && known.get().ruleVersion() > published.ruleVersion()) {
        continue;
      }
      jdbc.sql(
              """
              insert into funding_track (call_year, track_code, rule_version, funding_rule, budget,
                                         published_at, materials, implementation_start_year,
                                         implementation_end_year)
              values (:year, :code, :version, cast(:rule as jsonb), :budget, :at,
                      cast(:materials as jsonb), :start, :end)
              on conflict (call_year, track_code) do update
                set rule_version = excluded.rule_version, funding_rule = excluded.funding_rule,
                    budget = excluded.budget, published_at = excluded.published_at,
                    materials = excluded.materials,
                    implementation_start_year = excluded.implementation_start_year,
                    implementation_end_year = excluded.implementation_end_year
              """)
          .param("year", published.year())
          .param("code", t.code())
          .param("version", published.ruleVersion())
          .param("rule", json.writeValueAsString(t.fundingRule()))
          .param("budget", effectiveBudget(t))
          .param("at", published.publishedAt())
          .param(
              "materials",
              t.rules() == null ? null : json.writeValueAsString(t.rules().materials()))
          .param("start", t.implementationStartYear() > 0 ? t.implementationStartYear() : null)
          .param("end", t.implementationEndYear() > 0 ? t.implementationEndYear() : null)
          .update();
      BigDecimal before =
          known.map(FundingTrack::budget).orElse(null) == null
              ? BigDecimal.ZERO
              : known.get().budget();
      BigDecimal after = effectiveBudget(t) == null ? BigDecimal.ZERO : effectiveBudget(t);
      BigDecimal change = after.subtract(before);
      String key = published.year() + "/" + t.code();
      String reference =
          "call " + published.year() + " v" + published.ruleVersion() + " " + t.code();
      if (change.signum() > 0) {
        ledger.record(LedgerTransaction.allocation(key, change), published.publishedAt());
      } else if (change.signum() < 0) {
        BigDecimal lowered = change.negate();
        ledger.record(
            new LedgerTransaction(
                LedgerTransaction.ALLOCATION,
                reference + " (budget lowered)",
                List.of(
                    Posting.debit(Account.appropriation(String.valueOf(published.year())), lowered),
                    Posting.credit(Account.trackBudget(key), lowered))),
            published.publishedAt());
      }
    }
  }

  /**
   * What a track may commit: the budget the catalogue gives it; for a percentage subsidy with an
   * annual cap and no budget of its own (the securitisation subsidy), the annual cap; null when
   * neither is set.
   */
  private static BigDecimal effectiveBudget(CallPublishedV1.TrackSummary t) {
    if (t.budget() != null) {
      return t.budget();
    }
    return t.fundingRule() instanceof PercentageWithAnnualCap capped ? capped.annualCap() : null;
  }

  public Optional<FundingTrack> find(int year, String code) {
    return jdbc.sql(
            """
            select call_year, track_code, rule_version, funding_rule::text as rule, budget,
                   materials::text as materials, implementation_start_year,
                   implementation_end_year
            from funding_track where call_year = :year and track_code = :code
            """)
        .param("year", year)
        .param("code", code)
        .query(
            (rs, i) ->
                new FundingTrack(
                    rs.getInt("call_year"),
                    rs.getString("track_code"),
                    rs.getInt("rule_version"),
                    json.readValue(rs.getString("rule"), FundingRule.class),
                    rs.getBigDecimal("budget"),
                    rs.getString("materials") == null
                        ? null
                        : List.of(json.readValue(rs.getString("materials"), Material[].class)),
                    rs.getObject("implementation_start_year", Integer.class),
                    rs.getObject("implementation_end_year", Integer.class)))
        .optional();
  }
}
