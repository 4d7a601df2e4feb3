package cn.gov.guizhou.ipp.applicant.organisation.web;

import cn.gov.guizhou.ipp.applicant.credit.RegistrationCreditCheck;
import cn.gov.guizhou.ipp.applicant.organisation.Organisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationService;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationService.RegisterOrganisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationType;
import cn.gov.guizhou.ipp.applicant.organisation.Region;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registering organisations and reading them. */
@RestController
@RequestMapping("/api/organisations")
public class OrganisationController {

  private final OrganisationService organisations;
  private final RegistrationCreditCheck creditCheck;

  public OrganisationController(
      OrganisationService organisations, RegistrationCreditCheck creditCheck) {
    this.organisations = organisations;
    this.creditCheck = creditCheck;
  }

  /** An applicant registers its organisation and becomes its administrator. */
  @PostMapping
  @PreAuthorize("hasRole('applicant')")
  public ResponseEntity<OrganisationResponse> register(
      @Valid @RequestBody RegistrationRequest request, Authentication authentication) {
    Organisation organisation =
        organisations.register(request.toCommand(), CurrentUser.from(authentication));
    creditCheck.start(organisation.id(), CurrentUser.from(authentication));
    return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
        .body(OrganisationResponse.of(organisation));
  }

  /** The organisations the caller may see: its own, or all of them for bureau staff. */
  @GetMapping
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public List<OrganisationResponse> list(Authentication authentication) {
    return organisations.visibleTo(CurrentUser.from(authentication)).stream()
        .map(OrganisationResponse::of)
        .toList();
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public OrganisationResponse get(@PathVariable UUID id, Authentication authentication) {
    return OrganisationResponse.of(organisations.get(id, CurrentUser.from(authentication)));
  }

  /**
   * A registration.
   *
   * @param creditCode 18-character unified social credit code (统一社会信用代码)
   * @param legalName registered legal name
   * @param type kind of applicant unit
   * @param region prefecture, 贵安新区, or outside the province
   * @param legalRepresentative legal representative's name
   */
  public record RegistrationRequest(
      @NotBlank @Size(min = 18, max = 18) String creditCode,
      @NotBlank @Size(max = 200) String legalName,
      @NotNull OrganisationType type,
      @NotNull Region region,
      @NotBlank @Size(max = 100) String legalRepresentative) {

    RegisterOrganisation toCommand() {
      return new RegisterOrganisation(creditCode, legalName, type, region, legalRepresentative);
    }
  }

  /**
   * An organisation as the API shows it.
   *
   * @param id platform id
   * @param creditCode unified social credit code
   * @param legalName legal name
   * @param type kind of applicant unit
   * @param region region code
   * @param regionName region's Chinese name
   * @param legalRepresentative legal representative
   * @param registeredAt when it registered
   */
  public record OrganisationResponse(
      UUID id,
      String creditCode,
      String legalName,
      OrganisationType type,
      Region region,
      String regionName,
      String legalRepresentative,
      OffsetDateTime registeredAt) {

    static OrganisationResponse of(Organisation o) {
      return new OrganisationResponse(
          o.id(),
          o.creditCode().value(),
          o.legalName(),
          o.type(),
          o.region(),
          o.region().chineseName(),
          o.legalRepresentative(),
          o.registeredAt());
    }
  }
}
