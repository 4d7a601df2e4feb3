package cn.gov.guizhou.ipp.program.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the published tracks of a call. */
@Repository
public class CatalogueRepository {

  private static final String SELECT =
      """
      select code, call_year, section, programme_name_zh, track_name_zh, name_en, category,
             funding_rule, standard_award, maximum_award, monitored
      from programme_track
      """;

  private final JdbcClient jdbc;

  public CatalogueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ProgrammeTrack> findByYear(int year) {
    return jdbc.sql(SELECT + " where call_year = :year order by display_order")
        .param("year", year)
        .query(CatalogueRepository::map)
        .list();
  }

  public Optional<ProgrammeTrack> findByCode(String code, int year) {
    return jdbc.sql(SELECT + " where code = :code and call_year = :year")
        .param("code", code)
        .param("year", year)
        .query(CatalogueRepository::map)
        .optional();
  }

  /** The most recent call year in the catalogue, if any. */
  public Optional<Integer> latestYear() {
    return jdbc.sql("select max(call_year) from programme_track").query(Integer.class).optional();
  }

  private static ProgrammeTrack map(ResultSet rs, int row) throws SQLException {
    return new ProgrammeTrack(
        rs.getString("code"),
        rs.getInt("call_year"),
        rs.getString("section"),
        rs.getString("programme_name_zh"),
        rs.getString("track_name_zh"),
        rs.getString("name_en"),
        SubsidyCategory.valueOf(rs.getString("category")),
        FundingRuleKind.valueOf(rs.getString("funding_rule")),
        rs.getBigDecimal("standard_award"),
        rs.getBigDecimal("maximum_award"),
        rs.getBoolean("monitored"));
  }
}
