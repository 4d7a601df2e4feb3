package cn.gov.guizhou.ipp.contracts.programme;

import java.util.List;

/**
 * What an application of a track must satisfy: who may apply, with whom, the eligibility criteria
 * and the materials. Published with each version of a call so applicant-service judges a submission
 * at the call's rule version even when program-service cannot be reached.
 *
 * @param eligibleApplicantTypes who may apply or lead
 * @param application alone or jointly, and with whom
 * @param criteria eligibility criteria
 * @param materials the materials an application carries
 */
public record TrackRules(
    List<String> eligibleApplicantTypes,
    ApplicationRules application,
    List<Criterion> criteria,
    List<Material> materials) {

  public TrackRules {
    eligibleApplicantTypes =
        eligibleApplicantTypes == null ? List.of() : List.copyOf(eligibleApplicantTypes);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    materials = materials == null ? List.of() : List.copyOf(materials);
  }
}
