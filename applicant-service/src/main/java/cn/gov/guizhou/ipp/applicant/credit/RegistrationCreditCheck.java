package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.applicant.followup.FollowUpHandler;
import cn.gov.guizhou.ipp.applicant.followup.FollowUpJob;
import cn.gov.guizhou.ipp.applicant.followup.FollowUpJobs;
import cn.gov.guizhou.ipp.applicant.organisation.Organisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationRepository;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationService;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The credit check that follows every registration. It is recorded as a follow-up job in the
 * registration's own transaction, so no registration commits without it, and the worker runs it in
 * the background, on behalf of the registering user (it is audited as theirs), so a slow registry
 * never slows the registration.
 *
 * <p>A definitive answer — CLEAR, RECORDS_FOUND, or a code the registry does not know — ends the
 * job. A registry that cannot be asked (UNAVAILABLE for any other reason, ADR 0004) leaves it to be
 * tried again with the worker's backoff, for as long as it takes, across restarts: an
 * organisation's first check is never lost to an outage. The first attempt's check is kept whatever
 * its outcome, as every check is; a retry keeps only its definitive check, so an outage of a day
 * adds one UNAVAILABLE check per organisation, not one per retry.
 */
@Component
public class RegistrationCreditCheck implements FollowUpHandler {

  /** The follow-up job's kind. */
  public static final String KIND = "credit-check.registration";

  private final CreditCheckService checks;
  private final OrganisationRepository organisations;
  private final FollowUpJobs jobs;
  private final boolean enabled;

  public RegistrationCreditCheck(
      CreditCheckService checks,
      OrganisationRepository organisations,
      FollowUpJobs jobs,
      @Value("${ipp.credit.check-at-registration:true}") boolean enabled) {
    this.checks = checks;
    this.organisations = organisations;
    this.jobs = jobs;
    this.enabled = enabled;
  }

  /** Records the check of a newly registered organisation, in the registration's transaction. */
  @EventListener
  public void on(OrganisationService.Registered registered) {
    if (enabled) {
      jobs.record(KIND, registered.organisationId(), registered.registrant());
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Attempt attempt(FollowUpJob job) {
    // The registration authorised the check; it runs even if the registrant has left the
    // organisation since, and is still audited as theirs.
    Optional<Organisation> found = organisations.findById(job.subjectId());
    if (found.isEmpty()) {
      return Attempt.done("NO_SUCH_ORGANISATION", () -> {});
    }
    Organisation organisation = found.get();
    CreditCheck check =
        checks.askInBackground(organisation, CreditRegistry.of(organisation.type()));
    if (definitive(check)) {
      return Attempt.done(check.outcome().name(), () -> checks.keep(check));
    }
    String error = check.unavailableReason() + ": " + check.detail();
    return job.attempt() == 1
        ? Attempt.retry(error, () -> checks.keep(check))
        : Attempt.retry(error);
  }

  /**
   * Whether a check settles the organisation's record: the registry answered, with or without
   * records, or does not know the code (asking again would not change that). Any other UNAVAILABLE
   * check says only that the registry could not be asked.
   */
  static boolean definitive(CreditCheck check) {
    return check.outcome() != CreditCheckOutcome.UNAVAILABLE
        || check.unavailableReason() == UnavailableReason.UNKNOWN_CODE;
  }
}
