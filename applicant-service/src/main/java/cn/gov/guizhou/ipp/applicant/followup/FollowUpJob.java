package cn.gov.guizhou.ipp.applicant.followup;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A follow-up job as a worker took it.
 *
 * @param id the job
 * @param kind what is to be done (a handler's {@link FollowUpHandler#kind()})
 * @param subjectId what it is done for (an organisation, ...)
 * @param requestedBy who made the change the job follows: the work runs, and is audited, on their
 *     behalf
 * @param attempt which attempt this is, from 1
 * @param createdAt when the change committed
 */
public record FollowUpJob(
    UUID id,
    String kind,
    UUID subjectId,
    CurrentUser requestedBy,
    int attempt,
    OffsetDateTime createdAt) {}
