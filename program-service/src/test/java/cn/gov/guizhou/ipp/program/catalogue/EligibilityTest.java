package cn.gov.guizhou.ipp.program.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.contracts.programme.ApplicantProfile;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility.Assessment;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility.Overall;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2027 call's criteria judged against profiles, at the guide's own thresholds. */
class EligibilityTest {

  private static final CallDefinition CALL = CallData.call2027();

  private static Assessment assess(String code, ApplicantProfile profile) {
    return CALL.assess(CALL.track(code).orElseThrow(), profile);
  }

  private static Result resultOf(Assessment assessment, String fact) {
    CallDefinition.Track track = CALL.track(assessment.track()).orElseThrow();
    String id =
        track.criteria().stream()
            .filter(c -> fact.equals(c.fact()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no criterion on " + fact))
            .id();
    return assessment.criteria().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow()
        .result();
  }

  private static ApplicantProfile university(int patents, String credit) {
    return new ApplicantProfile(
        "UNIVERSITY_OR_RESEARCH_INSTITUTE",
        "GUIYANG",
        credit,
        Map.of("validPatentCount", patents, "hasProvincialPlatform", true),
        List.of());
  }

  @Test
  void aUniversityNeedsAtLeastThirtyValidPatents() {
    // 有效专利不少于30件: 30 declared meets it, but a declaration is confirmed at the formal check
    assertThat(resultOf(assess("HVP", university(30, "CLEAR")), "validPatentCount"))
        .isEqualTo(Result.TO_BE_CONFIRMED);
    Assessment twentyNine = assess("HVP", university(29, "CLEAR"));
    assertThat(resultOf(twentyNine, "validPatentCount")).isEqualTo(Result.FAIL);
    assertThat(twentyNine.overall()).isEqualTo(Overall.NOT_ELIGIBLE);
  }

  @Test
  void aUniversityThatMeetsTheNumbersStillFacesTheFormalCheck() {
    Assessment assessment = assess("HVP", university(45, "CLEAR"));
    assertThat(assessment.overall()).isEqualTo(Overall.SUBJECT_TO_FORMAL_CHECK);
    assertThat(assessment.criteria()).anyMatch(r -> r.result() == Result.TO_BE_CONFIRMED);
    assertThat(assessment.criteria()).noneMatch(r -> r.result() == Result.FAIL);
  }

  @Test
  void anUnavailableCreditCheckIsNeverAPass() {
    assertThat(resultOf(assess("HVP", university(45, "UNAVAILABLE")), "creditClear"))
        .isEqualTo(Result.TO_BE_CONFIRMED);
    assertThat(resultOf(assess("HVP", university(45, null)), "creditClear"))
        .isEqualTo(Result.TO_BE_CONFIRMED);
    Assessment records = assess("HVP", university(45, "RECORDS_FOUND"));
    assertThat(resultOf(records, "creditClear")).isEqualTo(Result.FAIL);
    assertThat(records.overall()).isEqualTo(Overall.NOT_ELIGIBLE);
  }

  @Test
  void aSelfDeclaredFactThatMeetsACriterionIsNeverASilentPass() {
    Assessment assessment = assess("HVP", university(45, "CLEAR"));
    for (String fact : List.of("validPatentCount", "hasProvincialPlatform")) {
      Eligibility.CriterionResult result =
          assessment.criteria().stream()
              .filter(r -> r.id().equals(fact.equals("validPatentCount") ? "HVP-C07" : "HVP-C05"))
              .findFirst()
              .orElseThrow();
      assertThat(result.result()).as(fact).isEqualTo(Result.TO_BE_CONFIRMED);
      assertThat(result.reason()).as(fact).contains("confirms it against its evidence");
    }
    assertThat(Eligibility.SELF_DECLARED_FACTS)
        .containsExactlyInAnyOrder(
            "validPatentCount",
            "hasProvincialPlatform",
            "inNationalDemonstrationList",
            "giRightsHolderLevel",
            "revenue2026",
            "inStatistics");
  }

  @Test
  void anUndeclaredFactIsToBeConfirmedNotAPass() {
    ApplicantProfile silent =
        new ApplicantProfile(
            "UNIVERSITY_OR_RESEARCH_INSTITUTE", "GUIYANG", "CLEAR", Map.of(), List.of());
    assertThat(resultOf(assess("HVP", silent), "validPatentCount"))
        .isEqualTo(Result.TO_BE_CONFIRMED);
  }

  @Test
  void anAgencyWithExactlyTenMillionInTheStatisticsQualifies() {
    ApplicantProfile exactly =
        new ApplicantProfile(
            "IP_SERVICE_AGENCY",
            "GUIYANG",
            "CLEAR",
            Map.of("revenue2026", 10_000_000, "inStatistics", true),
            List.of());
    assertThat(resultOf(assess("AGENCY-BRAND", exactly), "revenue2026"))
        .isEqualTo(Result.TO_BE_CONFIRMED);
    ApplicantProfile short1 =
        new ApplicantProfile(
            "IP_SERVICE_AGENCY",
            "GUIYANG",
            "CLEAR",
            Map.of("revenue2026", "9999999.99", "inStatistics", true),
            List.of());
    assertThat(resultOf(assess("AGENCY-BRAND", short1), "revenue2026")).isEqualTo(Result.FAIL);
  }

  @Test
  void theWrongKindOfApplicantIsNotEligible() {
    ApplicantProfile association =
        new ApplicantProfile("INDUSTRY_ASSOCIATION", "ZUNYI", "CLEAR", Map.of(), List.of());
    Assessment assessment = assess("DATA-IP-LEADER", association);
    assertThat(assessment.overall()).isEqualTo(Overall.NOT_ELIGIBLE);
    assertThat(assessment.criteria().get(0).id()).isEqualTo("DATA-IP-LEADER-TYPE");
    assertThat(assessment.criteria().get(0).result()).isEqualTo(Result.FAIL);
  }

  @Test
  void theRiskControlApplicantMayApplyForNothingElseEitherWay() {
    ApplicantProfile firmAlsoApplyingForHvp =
        new ApplicantProfile(
            "ACCOUNTING_OR_CONSULTING_FIRM", "GUIYANG", "CLEAR", Map.of(), List.of("HVP"));
    assertThat(assess("RISK-CONTROL", firmAlsoApplyingForHvp).overall())
        .isEqualTo(Overall.NOT_ELIGIBLE);

    ApplicantProfile enterpriseAlsoApplyingForRiskControl =
        new ApplicantProfile("ENTERPRISE", "GUIYANG", "CLEAR", Map.of(), List.of("RISK-CONTROL"));
    Assessment hvp = assess("HVP", enterpriseAlsoApplyingForRiskControl);
    assertThat(hvp.overall()).isEqualTo(Overall.NOT_ELIGIBLE);
    assertThat(hvp.criteria())
        .anyMatch(r -> r.id().equals("CALL-EXCLUSIVE-RISK-CONTROL") && r.result() == Result.FAIL);
  }

  @Test
  void criteriaForOtherApplicantTypesDoNotApply() {
    ApplicantProfile enterprise =
        new ApplicantProfile("ENTERPRISE", "GUIYANG", "CLEAR", Map.of(), List.of());
    assertThat(resultOf(assess("HVP", enterprise), "validPatentCount"))
        .isEqualTo(Result.NOT_APPLICABLE);
  }
}
