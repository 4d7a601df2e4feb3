package cn.gov.guizhou.ipp.monitoring.budgetreview;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.MoneyLimit;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The firm's ex-ante budget reviews: each recorded against the project, audited, kept in order (a
 * later review after the unit revised its budget does not erase the earlier one).
 */
@Service
public class BudgetReviews {

  static final Set<String> OUTCOMES = Set.of("APPROVED", "ADJUSTMENTS_SUGGESTED");

  private final JdbcClient jdbc;
  private final MonitoredProjects projects;
  private final AuditTrail audit;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public BudgetReviews(JdbcClient jdbc, MonitoredProjects projects, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records the firm's review.
   *
   * @throws InvalidFieldException naming {@code outcome}, {@code suggestions} or {@code note}
   */
  @Transactional
  public BudgetReview record(
      UUID projectId,
      String outcome,
      List<BudgetReview.Suggestion> suggestions,
      String note,
      CurrentUser firm) {
    MonitoredProject project =
        projects
            .find(projectId)
            .orElseThrow(() -> new NotFoundException("monitored-project", projectId));
    List<BudgetReview.Suggestion> given = suggestions == null ? List.of() : suggestions;
    List<FieldViolation> violations = new ArrayList<>();
    if (outcome == null || !OUTCOMES.contains(outcome)) {
      violations.add(new FieldViolation("outcome", "must be APPROVED or ADJUSTMENTS_SUGGESTED"));
    }
    if ("ADJUSTMENTS_SUGGESTED".equals(outcome) && given.isEmpty()) {
      violations.add(
          new FieldViolation(
              "suggestions", "at least one suggestion when adjustments are suggested"));
    }
    for (int i = 0; i < given.size(); i++) {
      BudgetReview.Suggestion s = given.get(i);
      if (s == null || s.suggestion() == null || s.suggestion().isBlank()) {
        violations.add(new FieldViolation("suggestions[" + i + "].suggestion", "is required"));
      } else if (s.suggestedAmount() != null
          && (s.suggestedAmount().signum() < 0 || !MoneyLimit.within(s.suggestedAmount()))) {
        violations.add(
            new FieldViolation(
                "suggestions[" + i + "].suggestedAmount",
                "must be CNY, zero or more, at most two decimals and at most "
                    + MoneyLimit.MAX
                    + " (金额至多两位小数，且不超过 "
                    + MoneyLimit.MAX
                    + " 元)"));
      }
    }
    if (note == null || note.isBlank()) {
      violations.add(new FieldViolation("note", "is required: what the firm reviewed"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
    BudgetReview review =
        new BudgetReview(
            UUID.randomUUID(),
            project.projectId(),
            outcome,
            given,
            note.strip(),
            String.valueOf(firm.clientId()),
            firm.subject(),
            OffsetDateTime.now(clock));
    jdbc.sql(
            """
            insert into budget_review (id, project_id, outcome, suggestions, note, firm_client,
                                       reviewed_by, reviewed_at)
            values (:id, :project, :outcome, cast(:suggestions as jsonb), :note, :firm, :by, :at)
            """)
        .param("id", review.id())
        .param("project", review.projectId())
        .param("outcome", review.outcome())
        .param("suggestions", json.writeValueAsString(given))
        .param("note", review.note())
        .param("firm", review.firmClientId())
        .param("by", review.reviewedBy())
        .param("at", review.reviewedAt())
        .update();
    audit.recordChange("BUDGET_REVIEW", "monitored-project", project.projectId());
    return review;
  }

  /** A project's budget reviews, oldest first. */
  @Transactional(readOnly = true)
  public List<BudgetReview> ofProject(UUID projectId) {
    return jdbc.sql(
            """
            select id, project_id, outcome, suggestions::text as suggestions, note, firm_client,
                   reviewed_by, reviewed_at
            from budget_review where project_id = :project order by reviewed_at, id
            """)
        .param("project", projectId)
        .query(
            (rs, i) ->
                new BudgetReview(
                    rs.getObject("id", UUID.class),
                    rs.getObject("project_id", UUID.class),
                    rs.getString("outcome"),
                    json.readValue(
                        rs.getString("suggestions"),
                        new TypeReference<List<BudgetReview.Suggestion>>() {}),
                    rs.getString("note"),
                    rs.getString("firm_client"),
                    rs.getString("reviewed_by"),
                    rs.getObject("reviewed_at", OffsetDateTime.class)))
        .list();
  }
}
