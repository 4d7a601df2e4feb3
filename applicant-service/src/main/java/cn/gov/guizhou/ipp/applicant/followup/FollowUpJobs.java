package cn.gov.guizhou.ipp.applicant.followup;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code follow_up_job} table: jobs are recorded in the transaction of the change they follow,
 * taken by a worker when due, and marked done or failed.
 */
@Repository
public class FollowUpJobs {

  private static final JsonMapper JSON = EventJson.mapper();

  private final JdbcClient jdbc;
  private final Clock clock;

  public FollowUpJobs(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.clock = clock;
    Gauge.builder("ipp.follow-up.jobs.pending", this, FollowUpJobs::safePending)
        .description("Follow-up jobs not yet done (due, waiting for a retry or running)")
        .register(meters);
    Gauge.builder("ipp.follow-up.jobs.failing", this, FollowUpJobs::safeFailing)
        .description("Follow-up jobs not done whose last attempt failed")
        .register(meters);
  }

  /**
   * Records a job to run after the current transaction commits, in that transaction: the change and
   * the work that must follow it commit together or not at all.
   *
   * @return the job's id
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID record(String kind, UUID subjectId, CurrentUser requestedBy) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            insert into follow_up_job (id, kind, subject_id, requested_by, created_at, due_at)
            values (:id, :kind, :subject, cast(:requestedBy as jsonb), :now, :now)
            """)
        .param("id", id)
        .param("kind", kind)
        .param("subject", subjectId)
        .param("requestedBy", requesterJson(requestedBy))
        .param("now", now)
        .update();
    return id;
  }

  /**
   * Takes up to {@code limit} due jobs, oldest first, skipping those another worker holds, and
   * holds them for {@code lease}: each counts one more attempt, and comes due again when the lease
   * ends unless it is marked done or failed before (a worker that dies mid-job leaves it to the
   * next). Runs in the caller's transaction, which should be a short one of its own.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public List<FollowUpJob> takeDue(int limit, Duration lease) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return jdbc.sql(
            """
            with due as (
                select id from follow_up_job
                where done_at is null and due_at <= :now
                order by due_at, id
                limit :limit
                for update skip locked
            )
            update follow_up_job j
               set attempts = j.attempts + 1, last_attempt_at = :now, due_at = :leaseEnd
              from due where j.id = due.id
            returning j.id, j.kind, j.subject_id, j.requested_by::text as requested_by,
                      j.attempts, j.created_at
            """)
        .param("now", now)
        .param("limit", limit)
        .param("leaseEnd", now.plus(lease))
        .query(
            (rs, i) ->
                new FollowUpJob(
                    rs.getObject("id", UUID.class),
                    rs.getString("kind"),
                    rs.getObject("subject_id", UUID.class),
                    requesterOf(rs.getString("requested_by")),
                    rs.getInt("attempts"),
                    rs.getObject("created_at", OffsetDateTime.class)))
        .list();
  }

  /**
   * Marks the job done, in the caller's transaction (with the work's effect).
   *
   * @throws IllegalStateException if the job is done already or another worker took it over since
   *     (its lease ran out): the caller's transaction must roll back, the work is not written twice
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void done(FollowUpJob job, String outcome) {
    int updated =
        jdbc.sql(
                """
                update follow_up_job set done_at = :now, outcome = :outcome, last_error = null
                where id = :id and done_at is null and attempts = :attempt
                """)
            .param("now", OffsetDateTime.now(clock))
            .param("outcome", outcome)
            .param("id", job.id())
            .param("attempt", job.attempt())
            .update();
    requireHeld(job, updated);
  }

  /**
   * Records a failed attempt and when to try again, in the caller's transaction.
   *
   * @throws IllegalStateException if the job is done already or another worker took it over since
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void failed(FollowUpJob job, String error, Duration retryAfter) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int updated =
        jdbc.sql(
                """
                update follow_up_job set last_error = :error, due_at = :due
                where id = :id and done_at is null and attempts = :attempt
                """)
            .param("error", error)
            .param("due", now.plus(retryAfter))
            .param("id", job.id())
            .param("attempt", job.attempt())
            .update();
    requireHeld(job, updated);
  }

  /** Jobs not yet done. */
  public long pending() {
    return jdbc.sql("select count(*) from follow_up_job where done_at is null")
        .query(Long.class)
        .single();
  }

  /** Jobs not yet done whose last attempt failed. */
  public long failing() {
    return jdbc.sql(
            "select count(*) from follow_up_job where done_at is null and last_error is not null")
        .query(Long.class)
        .single();
  }

  private double safePending() {
    try {
      return pending();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private double safeFailing() {
    try {
      return failing();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static void requireHeld(FollowUpJob job, int updated) {
    if (updated != 1) {
      throw new IllegalStateException(
          "follow-up job " + job.id() + " is no longer held by attempt " + job.attempt());
    }
  }

  static String requesterJson(CurrentUser user) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("subject", user.subject());
    json.put("clientId", user.clientId());
    json.put("username", user.username());
    json.put("roles", new TreeSet<>(user.roles()));
    return JSON.writeValueAsString(json);
  }

  static CurrentUser requesterOf(String json) {
    JsonNode node = JSON.readTree(json);
    Set<String> roles = new TreeSet<>();
    node.path("roles").forEach(r -> roles.add(r.asString()));
    return new CurrentUser(
        text(node, "subject"), text(node, "clientId"), text(node, "username"), Set.copyOf(roles));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
