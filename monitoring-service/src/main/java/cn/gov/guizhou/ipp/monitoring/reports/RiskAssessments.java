package cn.gov.guizhou.ipp.monitoring.reports;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.rules.LagThreshold;
import cn.gov.guizhou.ipp.monitoring.rules.RiskRules;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Builds the risk assessment report of a period from the colour history, notices and flags. */
@Service
public class RiskAssessments {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final TypeReference<List<String>> LINES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final MonitoredProjects projects;
  private final String rulesVersion;
  private final JsonMapper json = EventJson.mapper();

  public RiskAssessments(JdbcClient jdbc, MonitoredProjects projects, LagThreshold threshold) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.rulesVersion = RiskRules.current(threshold).version();
  }

  /**
   * The report of the period from {@code from} to {@code to} (both included, Beijing dates), of
   * every project or only a firm's.
   */
  @Transactional(readOnly = true)
  public RiskAssessmentReport of(LocalDate from, LocalDate to, String firmClientId) {
    OffsetDateTime start = from.atStartOfDay(BEIJING).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime();
    List<MonitoredProject> scope =
        projects.list(firmClientId, null).stream()
            .filter(p -> p.startedAt().isBefore(end))
            .sorted(
                Comparator.comparing(MonitoredProject::reference)
                    .thenComparing(MonitoredProject::projectId))
            .toList();
    Set<UUID> visible = scope.stream().map(MonitoredProject::projectId).collect(Collectors.toSet());

    record Last(String colour, List<String> reasons, OffsetDateTime at) {}
    Map<UUID, Last> last = new HashMap<>();
    jdbc.sql(
            """
            select distinct on (project_id) project_id, colour, reasons::text as reasons,
                   changed_at
            from colour_change where changed_at < :end
            order by project_id, changed_at desc, id desc
            """)
        .param("end", end)
        .query(
            rs -> {
              last.put(
                  rs.getObject("project_id", UUID.class),
                  new Last(
                      rs.getString("colour"),
                      json.readValue(rs.getString("reasons"), LINES),
                      rs.getObject("changed_at", OffsetDateTime.class)));
            });
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("GREEN", 0L);
    counts.put("YELLOW", 0L);
    counts.put("RED", 0L);
    List<RiskAssessmentReport.ProjectColour> colours = new ArrayList<>();
    for (MonitoredProject p : scope) {
      Last l = last.getOrDefault(p.projectId(), new Last("GREEN", List.of(), null));
      counts.merge(l.colour(), 1L, Long::sum);
      colours.add(
          new RiskAssessmentReport.ProjectColour(
              p.projectId(),
              p.reference(),
              p.trackCode(),
              p.firmClientId(),
              l.colour(),
              l.reasons(),
              l.at(),
              RiskResponsePlans.of(rulesVersion, l.colour()).actionsZh()));
    }

    List<RiskAssessmentReport.ColourChange> changes = new ArrayList<>();
    jdbc.sql(
            """
            select c.project_id, p.reference, c.previous, c.colour, c.reasons::text as reasons,
                   c.rules, c.changed_at
            from colour_change c join monitored_project p on p.project_id = c.project_id
            where c.changed_at >= :start and c.changed_at < :end
              and c.previous is distinct from c.colour
            order by c.changed_at, p.reference, c.id
            """)
        .param("start", start)
        .param("end", end)
        .query(
            rs -> {
              if (visible.contains(rs.getObject("project_id", UUID.class))) {
                changes.add(
                    new RiskAssessmentReport.ColourChange(
                        rs.getString("reference"),
                        rs.getString("previous"),
                        rs.getString("colour"),
                        json.readValue(rs.getString("reasons"), LINES),
                        rs.getString("rules"),
                        rs.getObject("changed_at", OffsetDateTime.class)));
              }
            });

    List<RiskAssessmentReport.Notice> issued =
        notices("n.issued_at >= :start and n.issued_at < :end", "n.issued_at", start, end, visible);
    List<RiskAssessmentReport.Notice> closed =
        notices("n.closed_at >= :start and n.closed_at < :end", "n.closed_at", start, end, visible);
    List<RiskAssessmentReport.Notice> overdue =
        notices(
            """
            n.rectification_due between cast(:fromDate as date) and cast(:toDate as date)
            and (n.status = 'OVERDUE' or n.closed_at is not null)
            and (n.closed_at is null
                 or n.closed_at >= cast(n.rectification_due + 1 as timestamp)
                                   at time zone 'Asia/Shanghai')
            and not exists (select 1 from rectification_plan r where r.notice_id = n.id
                            and r.decision = 'ACCEPTED'
                            and r.decided_at < cast(n.rectification_due + 1 as timestamp)
                                               at time zone 'Asia/Shanghai')
            """,
            "n.rectification_due",
            start,
            end,
            visible);

    List<RiskAssessmentReport.Recommendation> recommendations = new ArrayList<>();
    jdbc.sql(
            """
            select d.id, d.project_id, p.reference, d.reasons::text as reasons, d.recommended_at,
                   d.handled_at, d.decision
            from disposal_recommendation d join monitored_project p on p.project_id = d.project_id
            where d.recommended_at >= :start and d.recommended_at < :end
            order by d.recommended_at, p.reference, d.id
            """)
        .param("start", start)
        .param("end", end)
        .query(
            rs -> {
              if (visible.contains(rs.getObject("project_id", UUID.class))) {
                OffsetDateTime handled = rs.getObject("handled_at", OffsetDateTime.class);
                boolean handledByEnd = handled != null && handled.isBefore(end);
                recommendations.add(
                    new RiskAssessmentReport.Recommendation(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        json.readValue(rs.getString("reasons"), LINES),
                        rs.getObject("recommended_at", OffsetDateTime.class),
                        handledByEnd ? "HANDLED" : "OPEN",
                        handledByEnd ? rs.getString("decision") : null));
              }
            });

    return new RiskAssessmentReport(
        from,
        to,
        rulesVersion,
        counts,
        List.copyOf(colours),
        List.copyOf(changes),
        issued,
        closed,
        overdue,
        List.copyOf(recommendations),
        RiskResponsePlans.forRules(rulesVersion));
  }

  private List<RiskAssessmentReport.Notice> notices(
      String where, String order, OffsetDateTime start, OffsetDateTime end, Set<UUID> visible) {
    LocalDate fromDate = start.atZoneSameInstant(BEIJING).toLocalDate();
    LocalDate toDate = end.atZoneSameInstant(BEIJING).toLocalDate().minusDays(1);
    List<RiskAssessmentReport.Notice> notices = new ArrayList<>();
    jdbc.sql(
            """
            select n.id, n.project_id, p.reference, n.quarter, n.lag_points, n.rectification_due,
                   n.issued_at, n.closed_at, n.closing_reason
            from warning_notice n join monitored_project p on p.project_id = n.project_id
            where %s
            order by %s, p.reference, n.id
            """
                .formatted(where, order))
        .param("start", start)
        .param("end", end)
        .param("fromDate", fromDate)
        .param("toDate", toDate)
        .query(
            rs -> {
              if (visible.contains(rs.getObject("project_id", UUID.class))) {
                notices.add(notice(rs, end));
              }
            });
    return List.copyOf(notices);
  }

  private static RiskAssessmentReport.Notice notice(ResultSet rs, OffsetDateTime end)
      throws SQLException {
    OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
    boolean closedByEnd = closedAt != null && closedAt.isBefore(end);
    BigDecimal lag = rs.getBigDecimal("lag_points");
    return new RiskAssessmentReport.Notice(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getString("quarter"),
        lag,
        rs.getObject("rectification_due", LocalDate.class),
        rs.getObject("issued_at", OffsetDateTime.class),
        closedByEnd ? closedAt : null,
        closedByEnd ? rs.getString("closing_reason") : null);
  }
}
