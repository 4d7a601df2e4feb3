package cn.gov.guizhou.ipp.funding.organisations.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** What funding-service asks applicant-service. */
public interface ApplicantServiceApi {

  /** A fresh credit check by credit code, asked with the service's own token. */
  @PostMapping("/api/credit-checks")
  CreditCheckView check(
      @RequestHeader("Authorization") String authorization, @RequestBody CheckRequest request);

  /**
   * What a check is asked for.
   *
   * @param creditCode the organisation's credit code
   * @param purpose DISBURSEMENT
   * @param reference the tranche or claim it is for
   * @param callYear the grant's call, whose track names the registry (optional)
   * @param trackCode the grant's track (optional, with callYear)
   */
  record CheckRequest(
      String creditCode, String purpose, String reference, Integer callYear, String trackCode) {}

  /**
   * A credit check as applicant-service keeps it.
   *
   * @param id the check
   * @param organisationId the organisation
   * @param creditCode its credit code
   * @param outcome CLEAR, RECORDS_FOUND or UNAVAILABLE
   * @param detail why it is unavailable, if it is
   * @param checkedAt when
   * @param registry where it was checked
   * @param recordTypes the record types found that refuse
   * @param unavailableReason why it is unavailable, if it is
   */
  record CreditCheckView(
      UUID id,
      UUID organisationId,
      String creditCode,
      String outcome,
      String detail,
      OffsetDateTime checkedAt,
      String registry,
      List<String> recordTypes,
      String unavailableReason) {}
}
