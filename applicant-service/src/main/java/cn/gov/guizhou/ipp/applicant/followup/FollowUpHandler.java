package cn.gov.guizhou.ipp.applicant.followup;

/**
 * Does one kind of follow-up work. The worker calls {@link #attempt} outside any transaction, with
 * the requester's identity as the security context; the handler does its remote calls there and
 * returns what to write: the worker writes it in one transaction with the job's new state, so the
 * work's effect and "done" commit together or not at all.
 */
public interface FollowUpHandler {

  /** The kind of job this handler does, as recorded in {@code follow_up_job.kind}. */
  String kind();

  /**
   * One attempt at the job. An exception is a failed attempt, retried later.
   *
   * @return done, or to be retried, each with what to write
   */
  Attempt attempt(FollowUpJob job);

  /**
   * How an attempt ended.
   *
   * @param done whether the job is done (never to run again)
   * @param note the outcome when done, the error when not
   * @param write what to write with the job's new state, in the same transaction
   */
  record Attempt(boolean done, String note, Runnable write) {

    /** The work is done; {@code write} commits with the job's completion. */
    public static Attempt done(String outcome, Runnable write) {
      return new Attempt(true, outcome, write);
    }

    /** The work could not be done now and is to be tried again later. */
    public static Attempt retry(String error, Runnable write) {
      return new Attempt(false, error, write);
    }

    /** The work could not be done now and is to be tried again later; nothing to keep. */
    public static Attempt retry(String error) {
      return new Attempt(false, error, () -> {});
    }
  }
}
