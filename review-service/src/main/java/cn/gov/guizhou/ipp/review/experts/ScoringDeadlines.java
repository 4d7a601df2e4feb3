package cn.gov.guizhou.ipp.review.experts;

import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline for scoring a track's applications. When it passes, every application of the track
 * still under review whose experts have scored with a quorum gets its final score from the scores
 * given; one without a quorum stays under review for an officer to decide (a new draw, or closing
 * it by hand).
 */
@Service
public class ScoringDeadlines {

  private static final Logger log = LoggerFactory.getLogger(ScoringDeadlines.class);

  private final JdbcClient jdbc;
  private final Assignments assignments;
  private final ReviewSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  public ScoringDeadlines(
      JdbcClient jdbc,
      Assignments assignments,
      ReviewSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.assignments = assignments;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Sets (or moves) the deadline of a track's scoring. */
  @Transactional
  public void set(int year, String trackCode, OffsetDateTime deadline, CurrentUser officer) {
    jdbc.sql(
            """
            insert into scoring_deadline (call_year, track_code, deadline, set_by, set_at)
            values (:year, :track, :deadline, :by, :at)
            on conflict (call_year, track_code) do update
              set deadline = excluded.deadline, set_by = excluded.set_by, set_at = excluded.set_at
            """)
        .param("year", year)
        .param("track", trackCode)
        .param("deadline", deadline)
        .param("by", officer.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    audit.recordChange("review.scoring-deadline", "track", year + "/" + trackCode);
  }

  /** Closes the scoring of every application past its track's deadline that has a quorum. */
  @Scheduled(fixedDelayString = "${ipp.review.deadline-check-interval:60s}")
  public void closeDue() {
    List<UUID> due =
        jdbc.sql(
                """
                select a.application_id from submitted_application a
                join scoring_deadline d on d.call_year = a.call_year and d.track_code = a.track_code
                where a.status = 'UNDER_REVIEW' and d.deadline <= :now
                  and (select count(*) from expert_assignment s
                       where s.application_id = a.application_id and s.status = 'SCORED') >= :quorum
                order by a.submitted_at
                """)
            .param("now", OffsetDateTime.now(clock))
            .param("quorum", settings.quorum())
            .query(UUID.class)
            .list();
    for (UUID application : due) {
      try {
        assignments.closeScoring(application);
      } catch (ConflictException e) {
        log.info("Scoring of {} not closed at its deadline: {}", application, e.getMessage());
      }
    }
  }
}
