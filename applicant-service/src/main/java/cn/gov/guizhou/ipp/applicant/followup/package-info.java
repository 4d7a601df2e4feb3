/**
 * Follow-up work: what must happen after a committed change (the credit check that follows a
 * registration) is recorded as a {@code follow_up_job} in the change's own transaction and run by
 * {@link cn.gov.guizhou.ipp.applicant.followup.FollowUpWorker} until its handler says it is done,
 * retried with a capped exponential {@link cn.gov.guizhou.ipp.applicant.followup.Backoff} for as
 * long as it takes, across restarts and on any number of replicas.
 */
package cn.gov.guizhou.ipp.applicant.followup;
