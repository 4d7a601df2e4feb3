package cn.gov.guizhou.ipp.kit.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message this service could never process, as an administrator sees it.
 *
 * @param id the dead letter's id
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset
 * @param key its key (the aggregate's id)
 * @param eventId its CloudEvents id, if it had one
 * @param eventType its CloudEvents type, if it had one
 * @param error why it could not be processed
 * @param deadLetteredAt when it was set aside
 * @param replayAttempts how often an administrator replayed it
 * @param lastReplayAt when it was last replayed
 * @param lastReplayError why the last replay failed, if it did
 * @param replayedAt when a replay processed it; null while it is still open
 */
public record DeadLetter(
    UUID id,
    String topic,
    int partition,
    long offset,
    String key,
    String eventId,
    String eventType,
    String error,
    OffsetDateTime deadLetteredAt,
    int replayAttempts,
    OffsetDateTime lastReplayAt,
    String lastReplayError,
    OffsetDateTime replayedAt) {

  /** Whether a replay has processed it. */
  public boolean replayed() {
    return replayedAt != null;
  }
}
