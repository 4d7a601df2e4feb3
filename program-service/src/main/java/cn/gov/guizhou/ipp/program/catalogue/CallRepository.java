package cn.gov.guizhou.ipp.program.catalogue;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The calls, one row per version; a version, once written, is never changed. */
@Repository
public class CallRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public CallRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Writes the first version of a call unless the call exists.
   *
   * @return whether it was written now
   */
  public boolean insertFirstVersion(
      CallDefinition definition, CallState state, String source, OffsetDateTime at) {
    return jdbc.sql(
                """
                insert into catalogue_call (call_year, version, state, definition, source,
                                            created_by, created_at)
                select :year, 1, :state, cast(:definition as jsonb), :source, 'catalogue-seed', :at
                where not exists (select 1 from catalogue_call where call_year = :year)
                """)
            .param("year", definition.call().year())
            .param("state", state.name())
            .param("definition", json.writeValueAsString(definition))
            .param("source", source)
            .param("at", at)
            .update()
        == 1;
  }

  /** The latest version of a call that the public may see (not a draft). */
  public Optional<StoredCall> latestPublished(int year) {
    return jdbc.sql(
            """
            select call_year, version, state, definition::text as definition
            from catalogue_call where call_year = :year and state <> 'DRAFT'
            order by version desc limit 1
            """)
        .param("year", year)
        .query(
            (rs, i) ->
                new StoredCall(
                    rs.getInt("call_year"),
                    rs.getInt("version"),
                    CallState.valueOf(rs.getString("state")),
                    json.readValue(rs.getString("definition"), CallDefinition.class)))
        .optional();
  }

  /** The most recent year with a call the public may see. */
  public Optional<Integer> latestPublishedYear() {
    return jdbc.sql("select max(call_year) from catalogue_call where state <> 'DRAFT'")
        .query(Integer.class)
        .optional();
  }

  /**
   * A version of a call.
   *
   * @param year the call's year
   * @param version its rule version
   * @param state where it is in its life cycle
   * @param definition the call and its tracks
   */
  public record StoredCall(int year, int version, CallState state, CallDefinition definition) {}
}
