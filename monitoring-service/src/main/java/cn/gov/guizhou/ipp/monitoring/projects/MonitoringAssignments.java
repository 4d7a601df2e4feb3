package cn.gov.guizhou.ipp.monitoring.projects;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which risk-control firm monitors which project. */
@Repository
public class MonitoringAssignments {

  private final JdbcClient jdbc;

  public MonitoringAssignments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Assigns (or reassigns) a project to a firm's client. */
  public void assign(UUID projectId, String firmClientId, String assignedBy) {
    jdbc.sql(
            """
            insert into monitoring_assignment (project_id, firm_client_id, assigned_by, assigned_at)
            values (:project, :firm, :by, now())
            on conflict (project_id) do update
              set firm_client_id = excluded.firm_client_id, assigned_by = excluded.assigned_by,
                  assigned_at = excluded.assigned_at
            """)
        .param("project", projectId)
        .param("firm", firmClientId)
        .param("by", assignedBy)
        .update();
  }

  public Optional<String> firmOf(UUID projectId) {
    return jdbc.sql("select firm_client_id from monitoring_assignment where project_id = :project")
        .param("project", projectId)
        .query(String.class)
        .optional();
  }
}
