package cn.gov.guizhou.ipp.review.catalogue;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The tracks of every published call version, in review-service's database. */
@Repository
public class ReviewTracks {

  private final JdbcClient jdbc;
  private final JsonMapper json = EventJson.mapper();

  public ReviewTracks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps every track of a published version (a version seen again replaces itself). */
  public void record(CallPublishedV1 published) {
    for (CallPublishedV1.TrackSummary t : published.tracks()) {
      jdbc.sql(
              """
              insert into review_track (call_year, rule_version, track_code, name_zh, funding_rule,
                                        rules, budget, planned_projects)
              values (:year, :version, :code, :name, cast(:rule as jsonb), cast(:rules as jsonb),
                      :budget, :planned)
              on conflict (call_year, rule_version, track_code) do update
                set name_zh = excluded.name_zh, funding_rule = excluded.funding_rule,
                    rules = excluded.rules, budget = excluded.budget,
                    planned_projects = excluded.planned_projects
              """)
          .param("year", published.year())
          .param("version", published.ruleVersion())
          .param("code", t.code())
          .param(
              "name",
              t.trackNameZh() == null
                  ? t.programmeNameZh()
                  : t.programmeNameZh() + "（" + t.trackNameZh() + "）")
          .param("rule", json.writeValueAsString(t.fundingRule()))
          .param("rules", t.rules() == null ? null : json.writeValueAsString(t.rules()))
          .param("budget", t.budget())
          .param("planned", t.plannedProjects())
          .update();
    }
  }

  /** A track under one rule version. */
  public Optional<ReviewTrack> find(int year, int ruleVersion, String code) {
    return query(
        "where call_year = :year and rule_version = :version and track_code = :code",
        year,
        ruleVersion,
        code);
  }

  /** A track under the latest version published (the one whose budget is in force). */
  public Optional<ReviewTrack> latest(int year, String code) {
    return query(
        "where call_year = :year and track_code = :code and rule_version >= :version"
            + " order by rule_version desc limit 1",
        year,
        0,
        code);
  }

  private Optional<ReviewTrack> query(String where, int year, int version, String code) {
    return jdbc.sql(
            "select call_year, rule_version, track_code, name_zh, funding_rule::text as rule,"
                + " rules::text as rules, budget, planned_projects from review_track "
                + where)
        .param("year", year)
        .param("version", version)
        .param("code", code)
        .query(
            (rs, i) ->
                new ReviewTrack(
                    rs.getInt("call_year"),
                    rs.getInt("rule_version"),
                    rs.getString("track_code"),
                    rs.getString("name_zh"),
                    json.readValue(rs.getString("rule"), FundingRule.class),
                    rs.getString("rules") == null
                        ? null
                        : json.readValue(rs.getString("rules"), TrackRules.class),
                    rs.getBigDecimal("budget"),
                    (Integer) rs.getObject("planned_projects")))
        .optional();
  }
}
