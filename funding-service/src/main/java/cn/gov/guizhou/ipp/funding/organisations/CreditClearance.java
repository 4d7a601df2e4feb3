package cn.gov.guizhou.ipp.funding.organisations;

import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceApi;
import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceClient;
import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import cn.gov.guizhou.ipp.kit.calls.ServiceAccountToken;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A fresh credit check of the organisation about to be paid, asked of applicant-service as
 * funding-service itself. Only CLEAR clears a payment; a check that could not be made is
 * UNAVAILABLE, never clear.
 */
@Service
public class CreditClearance {

  private final ApplicantServiceApi applicants;
  private final ServiceAccountToken token;
  private final ResilientCalls calls;

  public CreditClearance(
      ApplicantServiceClient applicants, ServiceAccountToken token, ResilientCalls calls) {
    this.applicants = applicants.api();
    this.token = token;
    this.calls = calls;
  }

  /**
   * Checks {@code creditCode} now, for the payment {@code reference}.
   *
   * @return the verdict; {@link Verdict#clear()} only for a CLEAR check
   */
  public Verdict check(String creditCode, String reference) {
    return calls.idempotent(
        ApplicantServiceClient.REMOTE,
        () -> {
          ApplicantServiceApi.CreditCheckView check =
              applicants.check(
                  token.authorization(),
                  new ApplicantServiceApi.CheckRequest(creditCode, "DISBURSEMENT", reference));
          return new Verdict(check.outcome(), check.id(), check.detail());
        },
        failure ->
            new Verdict(
                "UNAVAILABLE",
                null,
                "applicant-service could not check the credit record: " + failure.getMessage()));
  }

  /**
   * How a check ended.
   *
   * @param outcome CLEAR, RECORDS_FOUND or UNAVAILABLE
   * @param checkId the check, where one was made
   * @param detail why it was unavailable, if it was
   */
  public record Verdict(String outcome, UUID checkId, String detail) {

    public boolean clear() {
      return "CLEAR".equals(outcome);
    }
  }
}
