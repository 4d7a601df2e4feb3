package cn.gov.guizhou.ipp.applicant.call.client;

import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** What applicant-service asks program-service's public catalogue. */
public interface ProgramCatalogueApi {

  @GetMapping("/api/calls/{year}")
  CallView call(@PathVariable("year") int year);

  @GetMapping("/api/programmes/{code}")
  TrackView track(@PathVariable("code") String code, @RequestParam("year") int year);

  /**
   * A call as program-service publishes it.
   *
   * @param year its year
   * @param ruleVersion the version of its rules in force
   * @param state PUBLISHED, OPEN, CLOSED or ARCHIVED
   * @param exclusivity call-wide rules
   * @param trackCodes its tracks
   * @param applicationOpensAt when applications open
   * @param applicationClosesAt when they close
   */
  record CallView(
      int year,
      int ruleVersion,
      String state,
      List<Exclusivity> exclusivity,
      List<String> trackCodes,
      OffsetDateTime applicationOpensAt,
      OffsetDateTime applicationClosesAt) {}

  /**
   * A track as program-service publishes it.
   *
   * @param code its code
   * @param programmeNameZh the programme's name
   * @param trackNameZh the track's name within it, if any
   * @param eligibleApplicantTypes who may apply or lead
   * @param application alone or jointly
   * @param criteria eligibility criteria
   * @param fundingRule how its money is determined
   * @param implementationPeriod when the work runs
   * @param materials the materials an application carries
   * @param creditRegistries the registry by applicant type where the guide names another than 信用中国
   */
  record TrackView(
      String code,
      String programmeNameZh,
      String trackNameZh,
      List<String> eligibleApplicantTypes,
      ApplicationRules application,
      List<Criterion> criteria,
      FundingRule fundingRule,
      Period implementationPeriod,
      List<Material> materials,
      List<TrackRules.CreditRegistryChoice> creditRegistries) {}

  /**
   * When a track's work runs.
   *
   * @param startYear first year
   * @param endYear last year
   */
  record Period(int startYear, int endYear) {}
}
