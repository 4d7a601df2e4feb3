package cn.gov.guizhou.ipp.monitoring.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's lines, one per project and review date, never changed once written. */
@Repository
public class ProgressLedger {

  private final JdbcClient jdbc;

  public ProgressLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void append(LedgerEntry entry) {
    jdbc.sql(
            """
            insert into progress_ledger_entry
              (project_id, review_date, quarter, planned_completion, actual_completion,
               lag_points, recorded_by, recorded_at)
            values (:project, :date, :quarter, :planned, :actual, :lag, :by, :at)
            """)
        .param("project", entry.projectId())
        .param("date", entry.reviewDate())
        .param("quarter", entry.quarter())
        .param("planned", entry.plannedCompletion())
        .param("actual", entry.actualCompletion())
        .param("lag", entry.lagPoints())
        .param("by", entry.recordedBy())
        .param("at", entry.recordedAt())
        .update();
  }

  /** Every line of every project, by project and review date: for the reports. */
  public List<LedgerEntry> all(LocalDate from, LocalDate to) {
    return jdbc.sql(
            SELECT + " where review_date between :from and :to order by project_id, review_date")
        .param("from", from)
        .param("to", to)
        .query(ProgressLedger::map)
        .list();
  }

  public List<LedgerEntry> forProject(UUID projectId) {
    return jdbc.sql(SELECT + " where project_id = :project order by review_date")
        .param("project", projectId)
        .query(ProgressLedger::map)
        .list();
  }

  /** The project's latest line, if it has one. */
  public Optional<LedgerEntry> latest(UUID projectId) {
    return jdbc.sql(SELECT + " where project_id = :project order by review_date desc limit 1")
        .param("project", projectId)
        .query(ProgressLedger::map)
        .optional();
  }

  private static final String SELECT =
      """
      select project_id, review_date, quarter, planned_completion, actual_completion,
             recorded_by, recorded_at
      from progress_ledger_entry
      """;

  private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
    return new LedgerEntry(
        rs.getObject("project_id", UUID.class),
        rs.getObject("review_date", LocalDate.class),
        rs.getString("quarter"),
        rs.getBigDecimal("planned_completion"),
        rs.getBigDecimal("actual_completion"),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }
}
