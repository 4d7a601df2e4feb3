package cn.gov.guizhou.ipp.program.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls: their rule versions ({@code catalogue_call}, a published version never changed) and
 * where each call is in its life cycle ({@code call_lifecycle}).
 */
@Repository
public class CallRepository {

  private static final String CALL_COLUMNS =
      """
      l.call_year, l.state, l.current_version, l.application_opens_at, l.application_closes_at,
      c.definition::text as definition
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public CallRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Writes a new call with its first rule version, unless the year has a call.
   *
   * @return whether it was written now
   */
  public boolean insertCall(
      CallDefinition definition,
      CallState state,
      String source,
      String reason,
      String by,
      OffsetDateTime at) {
    int year = definition.call().year();
    int created =
        jdbc.sql(
                """
                insert into call_lifecycle (call_year, state, current_version, updated_by, updated_at)
                values (:year, :state, 1, :by, :at) on conflict (call_year) do nothing
                """)
            .param("year", year)
            .param("state", state.name())
            .param("by", by)
            .param("at", at)
            .update();
    if (created == 0) {
      return false;
    }
    insertVersion(year, 1, definition, source, reason, by, at);
    return true;
  }

  /** Writes a rule version. */
  public void insertVersion(
      int year,
      int version,
      CallDefinition definition,
      String source,
      String reason,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            insert into catalogue_call (call_year, version, definition, source, reason, created_by,
                                        created_at)
            values (:year, :version, cast(:definition as jsonb), :source, :reason, :by, :at)
            """)
        .param("year", year)
        .param("version", version)
        .param("definition", json.writeValueAsString(definition))
        .param("source", source)
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .update();
  }

  /** Rewrites a draft call's only version; a published version is never rewritten. */
  public void rewriteDraftVersion(int year, int version, CallDefinition definition) {
    int updated =
        jdbc.sql(
                """
                update catalogue_call c set definition = cast(:definition as jsonb)
                from call_lifecycle l
                where c.call_year = :year and c.version = :version and l.call_year = c.call_year
                  and l.state = 'DRAFT'
                """)
            .param("year", year)
            .param("version", version)
            .param("definition", json.writeValueAsString(definition))
            .update();
    if (updated != 1) {
      throw new IllegalStateException("version " + version + " of " + year + " is not a draft");
    }
  }

  /** Moves a call in its life cycle and records which rule version is in force. */
  public void updateLifecycle(StoredCall call, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            update call_lifecycle
            set state = :state, current_version = :version, application_opens_at = :opens,
                application_closes_at = :closes, updated_by = :by, updated_at = :at
            where call_year = :year
            """)
        .param("state", call.state().name())
        .param("version", call.version())
        .param("opens", call.applicationOpensAt())
        .param("closes", call.applicationClosesAt())
        .param("by", by)
        .param("at", at)
        .param("year", call.year())
        .update();
  }

  /** A call in any state, with its rule version in force, locked for a change. */
  public Optional<StoredCall> forUpdate(int year) {
    return find(year, "", " for update of l");
  }

  /** A call in any state, with its rule version in force, without locking it. */
  public Optional<StoredCall> current(int year) {
    return find(year, "", "");
  }

  /** A call the public may see (not a draft), with its rule version in force. */
  public Optional<StoredCall> latestPublished(int year) {
    return find(year, " and l.state <> 'DRAFT'", "");
  }

  private Optional<StoredCall> find(int year, String condition, String lock) {
    return jdbc.sql(
            "select "
                + CALL_COLUMNS
                + """
                from call_lifecycle l
                join catalogue_call c on c.call_year = l.call_year and c.version = l.current_version
                where l.call_year = :year"""
                + condition
                + lock)
        .param("year", year)
        .query((rs, i) -> map(rs))
        .optional();
  }

  /** The most recent year with a call the public may see. */
  public Optional<Integer> latestPublishedYear() {
    return jdbc.sql("select max(call_year) from call_lifecycle where state <> 'DRAFT'")
        .query(Integer.class)
        .optional();
  }

  /** Every rule version of a call, oldest first. */
  public List<VersionInfo> versions(int year) {
    return jdbc.sql(
            """
            select version, source, reason, created_by, created_at from catalogue_call
            where call_year = :year order by version
            """)
        .param("year", year)
        .query(
            (rs, i) ->
                new VersionInfo(
                    rs.getInt("version"),
                    rs.getString("source"),
                    rs.getString("reason"),
                    rs.getString("created_by"),
                    rs.getObject("created_at", OffsetDateTime.class)))
        .list();
  }

  private StoredCall map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredCall(
        rs.getInt("call_year"),
        rs.getInt("current_version"),
        CallState.valueOf(rs.getString("state")),
        rs.getObject("application_opens_at", OffsetDateTime.class),
        rs.getObject("application_closes_at", OffsetDateTime.class),
        json.readValue(rs.getString("definition"), CallDefinition.class));
  }

  /**
   * A call with its rule version in force.
   *
   * @param year the call's year
   * @param version its rule version in force
   * @param state where it is in its life cycle
   * @param applicationOpensAt when applications open, if set
   * @param applicationClosesAt when applications close, if set
   * @param definition the call and its tracks
   */
  public record StoredCall(
      int year,
      int version,
      CallState state,
      OffsetDateTime applicationOpensAt,
      OffsetDateTime applicationClosesAt,
      CallDefinition definition) {

    public StoredCall with(CallState newState) {
      return new StoredCall(
          year, version, newState, applicationOpensAt, applicationClosesAt, definition);
    }

    public StoredCall withWindow(OffsetDateTime opens, OffsetDateTime closes) {
      return new StoredCall(year, version, state, opens, closes, definition);
    }

    public StoredCall withVersion(int newVersion, CallDefinition newDefinition) {
      return new StoredCall(
          year, newVersion, state, applicationOpensAt, applicationClosesAt, newDefinition);
    }
  }

  /**
   * One rule version of a call.
   *
   * @param version its number
   * @param source where it came from (the data file, or the API)
   * @param reason why it was made
   * @param createdBy who made it
   * @param createdAt when
   */
  public record VersionInfo(
      int version, String source, String reason, String createdBy, OffsetDateTime createdAt) {}
}
