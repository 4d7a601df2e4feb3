package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.contracts.applicant.CreditRecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * What a registry's answer means under the guide. Only the record types the guide names for the
 * registry refuse (信用中国: “行政处罚”“经营异常”“严重失信”; the social-organisation platform: “失信、年检不合格、
 * 政府采购严重违法失信行为记录名单”): an answer holding one is RECORDS_FOUND. Records of any other category are
 * kept and shown with the check but leave it CLEAR. An answer that cannot be read as an answer
 * about the code asked — no record list, another code, a record without a category — is
 * UNAVAILABLE, never CLEAR.
 *
 * @param outcome how the check ends
 * @param records every record the registry holds (refusing or not)
 * @param recordTypes the refusing types found, each once, in the order first found
 * @param unavailableReason why it is UNAVAILABLE, if it is
 * @param detail the reason in words, if UNAVAILABLE
 */
public record CreditFinding(
    CreditCheckOutcome outcome,
    List<CreditRecord> records,
    List<CreditRecordType> recordTypes,
    UnavailableReason unavailableReason,
    String detail) {

  public CreditFinding {
    records = List.copyOf(records);
    recordTypes = List.copyOf(recordTypes);
  }

  /** A check that could not be made. */
  public static CreditFinding unavailable(UnavailableReason reason, String detail) {
    return new CreditFinding(CreditCheckOutcome.UNAVAILABLE, List.of(), List.of(), reason, detail);
  }

  /**
   * Judges an answer of {@code registry} about {@code code}.
   *
   * @param records the records in the answer, null if it had no record list
   * @param answeredCode the code the answer is about
   */
  public static CreditFinding judge(
      CreditRegistry registry, String code, String answeredCode, List<CreditRecord> records) {
    if (records == null || !code.equals(answeredCode)) {
      return unavailable(
          UnavailableReason.UNREADABLE_ANSWER,
          "the registry's answer was not about the code asked");
    }
    List<CreditRecordType> refusing = new ArrayList<>();
    for (CreditRecord record : records) {
      if (record == null || record.category() == null || record.category().isBlank()) {
        return unavailable(
            UnavailableReason.UNREADABLE_ANSWER,
            "the registry's answer holds a record without a category");
      }
      CreditRecordType.refusing(registry.name(), record.category())
          .filter(type -> !refusing.contains(type))
          .ifPresent(refusing::add);
    }
    return new CreditFinding(
        refusing.isEmpty() ? CreditCheckOutcome.CLEAR : CreditCheckOutcome.RECORDS_FOUND,
        records,
        refusing,
        null,
        null);
  }
}
