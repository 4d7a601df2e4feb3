package cn.gov.guizhou.ipp.funding.grants;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The awards of one review decision, kept in the database as they arrive (each in the transaction
 * of its event) until every award the decision makes is here. Review keys its events by
 * application, so a decision's awards reach funding-service on different partitions in any order;
 * only once the last one is here can they be committed in rank order.
 */
@Repository
class AwardDecisions {

  private static final Logger log = LoggerFactory.getLogger(AwardDecisions.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  AwardDecisions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What keeping an award leads to. */
  sealed interface Kept {}

  /** The decision still waits for some of its awards. */
  record Waiting(int arrived, int expected) implements Kept {}

  /** The award was the decision's last: here are all of them, to open together. */
  record Complete(List<AwardDecidedV1> awards) implements Kept {}

  /** The decision's grants were opened before: the award was already among them. */
  record AlreadyOpened() implements Kept {}

  /**
   * The decision's grants were opened before and this award was not among them (a producer that
   * counted fewer awards than it sent): it stands alone.
   */
  record Late() implements Kept {}

  /**
   * Keeps an award of a decision, once however often it is delivered. The decision's row is locked
   * first, so two of its awards arriving at once on two partitions are kept one after the other and
   * exactly one of them finds the decision complete.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Kept keep(AwardDecidedV1 award) {
    UUID decision = award.decisionId();
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            insert into award_decision_batch (decision_id, call_year, track_code, awarded,
                                              first_received_at)
            values (:decision, :year, :track, :awarded, :at)
            on conflict (decision_id) do nothing
            """)
        .param("decision", decision)
        .param("year", award.callYear())
        .param("track", award.trackCode())
        .param("awarded", award.awardedInDecision())
        .param("at", now)
        .update();
    Batch batch =
        jdbc.sql(
                """
                select awarded, opened_at is not null as opened from award_decision_batch
                where decision_id = :decision for update
                """)
            .param("decision", decision)
            .query((rs, i) -> new Batch(rs.getInt("awarded"), rs.getBoolean("opened")))
            .single();
    if (batch.awarded() != award.awardedInDecision()) {
      log.warn(
          "Award {} of decision {} counts {} awards, the decision's first award {}; the first"
              + " count stands",
          award.reference(),
          decision,
          award.awardedInDecision(),
          batch.awarded());
    }
    int inserted =
        jdbc.sql(
                """
                insert into award_decision_member (decision_id, application_id, rank, reference,
                                                   award, received_at)
                values (:decision, :application, :rank, :reference, cast(:award as jsonb), :at)
                on conflict (decision_id, application_id) do nothing
                """)
            .param("decision", decision)
            .param("application", award.applicationId())
            .param("rank", award.rank())
            .param("reference", award.reference())
            .param("award", json.writeValueAsString(award))
            .param("at", now)
            .update();
    if (batch.opened()) {
      return inserted == 0 ? new AlreadyOpened() : new Late();
    }
    if (inserted == 0) {
      return new Waiting(arrived(decision), batch.awarded());
    }
    int arrived = arrived(decision);
    if (arrived < batch.awarded()) {
      return new Waiting(arrived, batch.awarded());
    }
    jdbc.sql("update award_decision_batch set opened_at = :at where decision_id = :decision")
        .param("decision", decision)
        .param("at", now)
        .update();
    List<AwardDecidedV1> awards =
        jdbc.sql(
                """
                select award::text from award_decision_member where decision_id = :decision
                order by rank, reference, application_id
                """)
            .param("decision", decision)
            .query((rs, i) -> json.readValue(rs.getString(1), AwardDecidedV1.class))
            .list();
    return new Complete(awards);
  }

  private int arrived(UUID decision) {
    return jdbc.sql("select count(*) from award_decision_member where decision_id = :decision")
        .param("decision", decision)
        .query(Integer.class)
        .single();
  }

  private record Batch(int awarded, boolean opened) {}
}
