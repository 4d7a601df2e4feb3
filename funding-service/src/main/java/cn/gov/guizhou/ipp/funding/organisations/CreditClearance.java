package cn.gov.guizhou.ipp.funding.organisations;

import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceApi;
import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceClient;
import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import cn.gov.guizhou.ipp.kit.calls.ServiceAccountToken;
import cn.gov.guizhou.ipp.kit.web.CreditNotClearException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A fresh credit check of the organisation about to be paid, asked of applicant-service as
 * funding-service itself, on the registry the grant's track names. Only CLEAR clears a payment:
 * records refuse it naming their types, and a check that could not be made — the registry late or
 * failing, applicant-service not answering within its timeout, an outcome not understood — is
 * UNAVAILABLE and refuses it as retryable (fail closed).
 */
@Service
public class CreditClearance {

  private final ApplicantServiceApi applicants;
  private final ServiceAccountToken token;
  private final ResilientCalls calls;

  public CreditClearance(
      ApplicantServiceClient applicants, ServiceAccountToken token, ResilientCalls calls) {
    this.applicants = applicants.creditChecks();
    this.token = token;
    this.calls = calls;
  }

  /** Checks {@code creditCode} now, for {@code reference}, outside any track. */
  public Verdict check(String creditCode, String reference) {
    return check(creditCode, null, null, reference);
  }

  /**
   * Checks {@code creditCode} now, for the payment {@code reference} of a grant of {@code
   * trackCode} in the {@code callYear} call.
   *
   * @return the verdict; {@link Verdict#clear()} only for a CLEAR check
   */
  public Verdict check(String creditCode, Integer callYear, String trackCode, String reference) {
    return calls.idempotent(
        ApplicantServiceClient.CREDIT_CHECKS,
        () -> {
          ApplicantServiceApi.CreditCheckView check =
              applicants.check(
                  token.authorization(),
                  new ApplicantServiceApi.CheckRequest(
                      creditCode, "DISBURSEMENT", reference, callYear, trackCode));
          return new Verdict(
              creditCode,
              check.registry(),
              check.outcome(),
              check.id(),
              check.detail(),
              check.recordTypes(),
              check.unavailableReason());
        },
        failure ->
            new Verdict(
                creditCode,
                null,
                "UNAVAILABLE",
                null,
                "applicant-service could not check the credit record: " + failure.getMessage(),
                List.of(),
                null));
  }

  /**
   * How a check ended.
   *
   * @param creditCode the unit checked
   * @param registry where it was checked, if it was
   * @param outcome CLEAR, RECORDS_FOUND or UNAVAILABLE (anything else is treated as UNAVAILABLE)
   * @param checkId the check, where one was made
   * @param detail why it was unavailable, if it was
   * @param recordTypes the record types found that refuse
   * @param unavailableReason why the registry could not be consulted, if it could not
   */
  public record Verdict(
      String creditCode,
      String registry,
      String outcome,
      UUID checkId,
      String detail,
      List<String> recordTypes,
      String unavailableReason) {

    public Verdict {
      recordTypes = recordTypes == null ? List.of() : List.copyOf(recordTypes);
    }

    public boolean clear() {
      return "CLEAR".equals(outcome);
    }

    /** The refusal this verdict calls for: none only when CLEAR. */
    public Optional<CreditNotClearException> refusal() {
      return CreditNotClearException.unlessClear(
          creditCode, registry, outcome, recordTypes, unavailableReason, checkId);
    }
  }
}
