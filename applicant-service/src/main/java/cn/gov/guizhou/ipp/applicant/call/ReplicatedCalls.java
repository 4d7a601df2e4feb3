package cn.gov.guizhou.ipp.applicant.call;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The calls replicated from program-service's events, in applicant-service's database. */
@Repository
public class ReplicatedCalls {

  private static final TypeReference<List<Exclusivity>> EXCLUSIVITY = new TypeReference<>() {};
  private static final TypeReference<List<CallPublishedV1.TrackSummary>> TRACKS =
      new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public ReplicatedCalls(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.json = EventJson.mapper();
  }

  /** Keeps a published rule version, and the call's state if it is newer than the one known. */
  public void record(CallPublishedV1 published) {
    jdbc.sql(
            """
            insert into replicated_call_version (call_year, rule_version, exclusivity, tracks, published_at)
            values (:year, :version, cast(:exclusivity as jsonb), cast(:tracks as jsonb), :at)
            on conflict (call_year, rule_version) do update
              set exclusivity = excluded.exclusivity, tracks = excluded.tracks,
                  published_at = excluded.published_at
            """)
        .param("year", published.year())
        .param("version", published.ruleVersion())
        .param(
            "exclusivity",
            json.writeValueAsString(
                published.exclusivity() == null ? List.of() : published.exclusivity()))
        .param("tracks", json.writeValueAsString(published.tracks()))
        .param("at", published.publishedAt())
        .update();
    jdbc.sql(
            """
            insert into replicated_call_state (call_year, state, rule_version, changed_at)
            values (:year, :state, :version, :at)
            on conflict (call_year) do update
              set state = excluded.state, rule_version = excluded.rule_version,
                  changed_at = excluded.changed_at
              where replicated_call_state.changed_at <= excluded.changed_at
            """)
        .param("year", published.year())
        .param("state", published.state())
        .param("version", published.ruleVersion())
        .param("at", published.publishedAt())
        .update();
  }

  /** Keeps a call's state and window if the change is newer than the one known. */
  public void record(CallStateChangedV1 changed) {
    jdbc.sql(
            """
            insert into replicated_call_state (call_year, state, rule_version, application_opens_at,
                                               application_closes_at, changed_at)
            values (:year, :state, :version, :opens, :closes, :at)
            on conflict (call_year) do update
              set state = excluded.state, rule_version = excluded.rule_version,
                  application_opens_at = excluded.application_opens_at,
                  application_closes_at = excluded.application_closes_at,
                  changed_at = excluded.changed_at
              where replicated_call_state.changed_at <= excluded.changed_at
            """)
        .param("year", changed.year())
        .param("state", changed.state())
        .param("version", changed.ruleVersion())
        .param("opens", changed.applicationOpensAt())
        .param("closes", changed.applicationClosesAt())
        .param("at", changed.changedAt())
        .update();
  }

  /**
   * The call as replicated: its latest state and window, with the rules of its version in force.
   */
  public Optional<CallInForce> inForce(int year) {
    return jdbc.sql(
            """
            select state, rule_version, application_opens_at, application_closes_at
            from replicated_call_state where call_year = :year
            """)
        .param("year", year)
        .query(
            (rs, i) ->
                new StateRow(
                    rs.getString("state"),
                    rs.getInt("rule_version"),
                    rs.getObject("application_opens_at", OffsetDateTime.class),
                    rs.getObject("application_closes_at", OffsetDateTime.class)))
        .optional()
        .flatMap(
            state ->
                version(year, state.ruleVersion())
                    .map(
                        rules ->
                            new CallInForce(
                                year,
                                state.ruleVersion(),
                                state.state(),
                                state.opensAt(),
                                state.closesAt(),
                                rules.exclusivity(),
                                rules.tracks(),
                                CallInForce.Source.REPLICA)));
  }

  /** The rules of one version of a call, if replicated. */
  public Optional<VersionRules> version(int year, int ruleVersion) {
    return jdbc.sql(
            """
            select exclusivity::text as exclusivity, tracks::text as tracks
            from replicated_call_version where call_year = :year and rule_version = :version
            """)
        .param("year", year)
        .param("version", ruleVersion)
        .query(
            (rs, i) -> {
              Map<String, TrackInForce> tracks = new LinkedHashMap<>();
              for (CallPublishedV1.TrackSummary t :
                  json.readValue(rs.getString("tracks"), TRACKS)) {
                tracks.put(
                    t.code(),
                    new TrackInForce(
                        t.code(),
                        t.trackNameZh() == null
                            ? t.programmeNameZh()
                            : t.programmeNameZh() + "（" + t.trackNameZh() + "）",
                        t.fundingRule(),
                        t.rules(),
                        t.implementationStartYear(),
                        t.implementationEndYear()));
              }
              return new VersionRules(
                  json.readValue(rs.getString("exclusivity"), EXCLUSIVITY), tracks);
            })
        .optional();
  }

  /**
   * The rules of one version.
   *
   * @param exclusivity the call-wide rules
   * @param tracks the tracks by code
   */
  public record VersionRules(List<Exclusivity> exclusivity, Map<String, TrackInForce> tracks) {}

  private record StateRow(
      String state, int ruleVersion, OffsetDateTime opensAt, OffsetDateTime closesAt) {}
}
