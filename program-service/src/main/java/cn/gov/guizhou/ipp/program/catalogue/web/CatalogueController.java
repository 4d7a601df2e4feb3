package cn.gov.guizhou.ipp.program.catalogue.web;

import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.contracts.programme.ApplicantProfile;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility;
import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import cn.gov.guizhou.ipp.program.catalogue.CallDefinition;
import cn.gov.guizhou.ipp.program.catalogue.CallRepository.StoredCall;
import cn.gov.guizhou.ipp.program.catalogue.CallState;
import cn.gov.guizhou.ipp.program.catalogue.CatalogueService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published programme catalogue, open to anyone (the call itself is public), and the
 * eligibility assessment for signed-in callers.
 */
@RestController
public class CatalogueController {

  private final CatalogueService catalogue;

  public CatalogueController(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  /** The tracks of a published call with every rule and amount; without year, the latest call. */
  @Operation(summary = "List the programme tracks of a year with their rules")
  @GetMapping("/api/programmes")
  public List<CallDefinition.Track> tracks(
      @RequestParam(required = false) @Min(2020) @Max(2100) Integer year) {
    return catalogue.published(year).definition().tracks();
  }

  @Operation(summary = "Get a programme track with its rules")
  @GetMapping("/api/programmes/{code}")
  public CallDefinition.Track track(
      @PathVariable String code,
      @RequestParam(required = false) @Min(2020) @Max(2100) Integer year) {
    return catalogue.track(code, year);
  }

  /** The call itself: title, state, rule version and the call-wide rules. */
  @Operation(summary = "Get a call with its tracks and window")
  @GetMapping("/api/calls/{year}")
  public CallView call(@PathVariable @Min(2020) @Max(2100) int year) {
    return CallView.of(catalogue.published(year));
  }

  /**
   * Every criterion of a track judged against the applicant's profile. Used by applicant-service at
   * submission and by applicants preparing one.
   */
  @Operation(summary = "Check an organisation's eligibility for a track")
  @PostMapping("/api/programmes/{code}/eligibility")
  @PreAuthorize("isAuthenticated()")
  public Eligibility.Assessment eligibility(
      @PathVariable String code,
      @RequestParam(required = false) @Min(2020) @Max(2100) Integer year,
      @Valid @RequestBody ProfileRequest profile) {
    return catalogue.assess(code, year, profile.toProfile());
  }

  /**
   * An applicant's profile.
   *
   * @param organisationType kind of applicant unit
   * @param region where the applicant is registered (a prefecture of Guizhou, 贵安新区 or
   *     OUTSIDE_PROVINCE)
   * @param creditStatus CLEAR, RECORDS_FOUND or UNAVAILABLE; absent if never checked
   * @param facts declared facts by name
   * @param otherApplicationsInCall codes of the other tracks applied for in the same call
   */
  public record ProfileRequest(
      @NotBlank @Pattern(regexp = "[A-Z_]{3,40}") String organisationType,
      Region region,
      @Pattern(regexp = "CLEAR|RECORDS_FOUND|UNAVAILABLE") String creditStatus,
      @Size(max = 50) Map<String, Object> facts,
      @Size(max = 20) List<@Pattern(regexp = "[A-Z0-9-]{2,40}") String> otherApplicationsInCall) {

    ApplicantProfile toProfile() {
      return new ApplicantProfile(
          organisationType,
          region == null ? null : region.name(),
          creditStatus,
          facts,
          otherApplicationsInCall);
    }
  }

  /**
   * A call as the public sees it.
   *
   * @param year its year
   * @param ruleVersion the version of its rules
   * @param state where it is in its life cycle
   * @param titleZh its title
   * @param titleEn its English title
   * @param issuer who issues it
   * @param exclusivity call-wide rules
   * @param trackCodes its tracks
   * @param applicationOpensAt when applications open, once set
   * @param applicationClosesAt when they close, once set
   */
  public record CallView(
      int year,
      int ruleVersion,
      CallState state,
      String titleZh,
      String titleEn,
      String issuer,
      List<Exclusivity> exclusivity,
      List<String> trackCodes,
      OffsetDateTime applicationOpensAt,
      OffsetDateTime applicationClosesAt) {

    static CallView of(StoredCall call) {
      CallDefinition.Call info = call.definition().call();
      return new CallView(
          call.year(),
          call.version(),
          call.state(),
          info.titleZh(),
          info.titleEn(),
          info.issuer(),
          info.exclusivity(),
          call.definition().tracks().stream().map(CallDefinition.Track::code).toList(),
          call.applicationOpensAt(),
          call.applicationClosesAt());
    }
  }
}
