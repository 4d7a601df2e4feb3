package cn.gov.guizhou.ipp.review.credit;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import cn.gov.guizhou.ipp.kit.calls.ServiceAccountToken;
import cn.gov.guizhou.ipp.kit.web.CreditNotClearException;
import cn.gov.guizhou.ipp.review.credit.client.ApplicantCreditApi;
import cn.gov.guizhou.ipp.review.credit.client.ApplicantCreditClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Before an award is decided, a fresh credit check of the application's lead and participants on
 * the registry its track names (申报主体…在“信用中国”平台中无“行政处罚”“经营异常”“严重失信”记录; associations of 1.3 and 1.6.1
 * on the social-organisation platform). Only CLEAR lets the award through: records refuse it naming
 * their types (409), and a check that could not be made — the registry late or failing,
 * applicant-service not answering, an outcome not understood — refuses it as retryable (503). Each
 * refusal is audited; nothing of the decision is written.
 */
@Service
public class AwardCreditChecks {

  private final ApplicantCreditApi applicants;
  private final ServiceAccountToken token;
  private final ResilientCalls calls;
  private final AuditTrail audit;

  public AwardCreditChecks(
      ApplicantCreditClient applicants,
      ServiceAccountToken token,
      ResilientCalls calls,
      AuditTrail audit) {
    this.applicants = applicants.api();
    this.token = token;
    this.calls = calls;
    this.audit = audit;
  }

  /**
   * Refuses the award of {@code submission} unless every unit's fresh check is CLEAR.
   *
   * @throws CreditNotClearException for the first unit whose check is not CLEAR
   */
  public void requireClear(ApplicationSubmittedV1 submission) {
    List<ApplicationParty> parties = new ArrayList<>();
    parties.add(submission.lead());
    if (submission.participants() != null) {
      parties.addAll(submission.participants());
    }
    for (ApplicationParty party : parties) {
      check(party.creditCode(), submission)
          .ifPresent(
              refusal -> {
                audit.recordRefusal(
                    "award.decide",
                    "application",
                    submission.applicationId(),
                    AuditOutcome.REFUSED,
                    refusal.refusal().code() + ": " + refusal.getMessage());
                throw refusal;
              });
    }
  }

  private Optional<CreditNotClearException> check(
      String creditCode, ApplicationSubmittedV1 submission) {
    return calls.idempotent(
        ApplicantCreditClient.REMOTE,
        () -> {
          ApplicantCreditApi.CheckView check =
              applicants.check(
                  token.authorization(),
                  new ApplicantCreditApi.CheckRequest(
                      creditCode,
                      "AWARD",
                      submission.reference(),
                      submission.callYear(),
                      submission.trackCode()));
          return CreditNotClearException.unlessClear(
              creditCode,
              check.registry(),
              check.outcome(),
              check.recordTypes(),
              check.unavailableReason(),
              check.id());
        },
        failure -> CreditNotClearException.unlessClear(creditCode, null, null, null, null, null));
  }
}
