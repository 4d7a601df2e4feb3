package cn.gov.guizhou.ipp.monitoring.risk;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.monitoring.RiskAlertChangedV1;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.rules.LagThreshold;
import cn.gov.guizhou.ipp.monitoring.rules.RiskRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes a project's colour from what is known of it, in the transaction of the change that
 * moved it; a change of colour is kept in the history and published ({@code
 * risk-alert.changed.v1}): funding-service holds the grant of a RED project.
 */
@Service
public class RiskColours {

  private final JdbcClient jdbc;
  private final OutboxEventPublisher events;
  private final RiskRules rules;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public RiskColours(
      JdbcClient jdbc, OutboxEventPublisher events, LagThreshold threshold, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.rules = RiskRules.current(threshold);
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void on(MonitoredProjects.Changed changed) {
    recompute(changed.projectId());
  }

  /** The facts the rules judge, read from the project's ledger, notices and flags. */
  public RiskRules.Facts factsOf(UUID projectId) {
    record Latest(BigDecimal lag, String quarter) {}
    Latest latest =
        jdbc.sql(
                """
                select lag_points, coalesce(quarter, to_char(review_date, 'YYYY-MM-DD')) as quarter
                from progress_ledger_entry where project_id = :id
                order by review_date desc limit 1
                """)
            .param("id", projectId)
            .query((rs, i) -> new Latest(rs.getBigDecimal("lag_points"), rs.getString("quarter")))
            .optional()
            .orElse(new Latest(null, null));
    return jdbc.sql(
            """
            select
              (select count(*) from warning_notice where project_id = :id
                 and status in ('OPEN', 'PLAN_FILED', 'PLAN_ACCEPTED', 'OVERDUE')) as open_warnings,
              (select count(*) from warning_notice where project_id = :id
                 and status = 'OVERDUE') as overdue,
              (select count(*) from fund_flag where project_id = :id
                 and status = 'OPEN') as open_flags,
              (select count(*) from fund_flag where project_id = :id
                 and status = 'CONFIRMED' and misappropriation) as misappropriations,
              (select credit_record from monitored_project where project_id = :id) as credit
            """)
        .param("id", projectId)
        .query(
            (rs, i) ->
                new RiskRules.Facts(
                    latest.lag(),
                    latest.quarter(),
                    rs.getInt("open_warnings"),
                    rs.getInt("overdue"),
                    rs.getInt("open_flags"),
                    rs.getInt("misappropriations"),
                    rs.getBoolean("credit")))
        .single();
  }

  /** Recomputes the colour; returns the assessment. */
  @Transactional
  public RiskRules.Assessment recompute(UUID projectId) {
    record Current(String colour, List<String> reasons, String reference, int year, String track) {}
    Current current =
        jdbc.sql(
                """
                select colour, colour_reasons::text as reasons, reference, call_year, track_code
                from monitored_project where project_id = :id for update
                """)
            .param("id", projectId)
            .query(
                (rs, i) ->
                    new Current(
                        rs.getString("colour"),
                        json.readValue(
                            rs.getString("reasons"), new TypeReference<List<String>>() {}),
                        rs.getString("reference"),
                        rs.getInt("call_year"),
                        rs.getString("track_code")))
            .optional()
            .orElse(null);
    if (current == null) {
      return null;
    }
    RiskRules.Assessment assessment = rules.assess(factsOf(projectId));
    boolean colourChanged = !assessment.colour().equals(current.colour());
    if (!colourChanged && assessment.reasons().equals(current.reasons())) {
      return assessment;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            update monitored_project set colour = :colour, colour_reasons = cast(:reasons as jsonb),
                   colour_rules = :rules, colour_changed_at = :at
            where project_id = :id
            """)
        .param("id", projectId)
        .param("colour", assessment.colour())
        .param("reasons", json.writeValueAsString(assessment.reasons()))
        .param("rules", assessment.rules())
        .param("at", now)
        .update();
    jdbc.sql(
            """
            insert into colour_change (project_id, colour, previous, reasons, rules, changed_at)
            values (:id, :colour, :previous, cast(:reasons as jsonb), :rules, :at)
            """)
        .param("id", projectId)
        .param("colour", assessment.colour())
        .param("previous", current.colour())
        .param("reasons", json.writeValueAsString(assessment.reasons()))
        .param("rules", assessment.rules())
        .param("at", now)
        .update();
    if (colourChanged) {
      events.publish(
          new RiskAlertChangedV1(
              projectId,
              current.reference(),
              current.year(),
              current.track(),
              assessment.colour(),
              current.colour(),
              assessment.reasons(),
              now));
    }
    return assessment;
  }

  /**
   * One colour a project had.
   *
   * @param colour the colour
   * @param previous the one before
   * @param reasons why
   * @param rules the rules' version
   * @param changedAt when
   */
  public record ColourChange(
      String colour,
      String previous,
      List<String> reasons,
      String rules,
      OffsetDateTime changedAt) {}

  /** A project's colours, oldest first. */
  @Transactional(readOnly = true)
  public List<ColourChange> history(UUID projectId) {
    return jdbc.sql(
            """
            select colour, previous, reasons::text as reasons, rules, changed_at
            from colour_change where project_id = :id order by id
            """)
        .param("id", projectId)
        .query(
            (rs, i) ->
                new ColourChange(
                    rs.getString("colour"),
                    rs.getString("previous"),
                    json.readValue(rs.getString("reasons"), new TypeReference<List<String>>() {}),
                    rs.getString("rules"),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .list();
  }
}
