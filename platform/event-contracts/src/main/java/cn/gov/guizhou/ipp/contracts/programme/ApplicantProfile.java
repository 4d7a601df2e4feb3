package cn.gov.guizhou.ipp.contracts.programme;

import java.util.List;
import java.util.Map;

/**
 * What the applicant declares (or applicant-service knows) when eligibility is assessed.
 *
 * @param organisationType kind of applicant unit (ENTERPRISE, INDUSTRY_ASSOCIATION, ...)
 * @param region where it is registered; OUTSIDE_PROVINCE if not in Guizhou
 * @param creditStatus the latest credit check: CLEAR, RECORDS_FOUND or UNAVAILABLE
 * @param facts declared profile facts, by name (validPatentCount, hasProvincialPlatform,
 *     inNationalDemonstrationList, revenue2026, inStatistics, giRightsHolderLevel, ...)
 * @param otherApplicationsInCall codes of the other tracks it applies for in the same call
 */
public record ApplicantProfile(
    String organisationType,
    String region,
    String creditStatus,
    Map<String, Object> facts,
    List<String> otherApplicationsInCall) {

  public ApplicantProfile {
    facts = facts == null ? Map.of() : Map.copyOf(facts);
    otherApplicationsInCall =
        otherApplicationsInCall == null ? List.of() : List.copyOf(otherApplicationsInCall);
  }
}
