package cn.gov.guizhou.ipp.monitoring.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
              (project_id, review_date, planned_completion, actual_completion, lag_points,
               recorded_by, recorded_at)
            values (:project, :date, :planned, :actual, :lag, :by, :at)
            """)
        .param("project", entry.projectId())
        .param("date", entry.reviewDate())
        .param("planned", entry.plannedCompletion())
        .param("actual", entry.actualCompletion())
        .param("lag", entry.lagPoints())
        .param("by", entry.recordedBy())
        .param("at", entry.recordedAt())
        .update();
  }

  public List<LedgerEntry> forProject(UUID projectId) {
    return jdbc.sql(
            """
            select project_id, review_date, planned_completion, actual_completion, recorded_by,
                   recorded_at
            from progress_ledger_entry where project_id = :project order by review_date
            """)
        .param("project", projectId)
        .query(
            (rs, i) ->
                new LedgerEntry(
                    rs.getObject("project_id", UUID.class),
                    rs.getObject("review_date", LocalDate.class),
                    rs.getBigDecimal("planned_completion"),
                    rs.getBigDecimal("actual_completion"),
                    rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }
}
