package cn.gov.guizhou.ipp.review.credit.client;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** What review-service asks applicant-service about credit. */
public interface ApplicantCreditApi {

  /** A fresh credit check by credit code, asked with the service's own token. */
  @PostMapping("/api/credit-checks")
  CheckView check(
      @RequestHeader("Authorization") String authorization, @RequestBody CheckRequest request);

  /**
   * What a check is asked for.
   *
   * @param creditCode the unit's credit code
   * @param purpose AWARD
   * @param reference the application it is for
   * @param callYear the application's call
   * @param trackCode its track, whose rules name the registry
   */
  record CheckRequest(
      String creditCode, String purpose, String reference, Integer callYear, String trackCode) {}

  /**
   * A check as applicant-service keeps it.
   *
   * @param id the check
   * @param creditCode the unit
   * @param registry where it was checked
   * @param outcome CLEAR, RECORDS_FOUND or UNAVAILABLE
   * @param recordTypes the record types found that refuse
   * @param unavailableReason why it is unavailable, if it is
   */
  record CheckView(
      UUID id,
      String creditCode,
      String registry,
      String outcome,
      List<String> recordTypes,
      String unavailableReason) {}
}
