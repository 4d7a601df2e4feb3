package cn.gov.guizhou.ipp.applicant.organisation.web;

import cn.gov.guizhou.ipp.applicant.organisation.Contact;
import cn.gov.guizhou.ipp.applicant.organisation.DeclaredFact;
import cn.gov.guizhou.ipp.applicant.organisation.Organisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationProfiles;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationService;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationService.RegisterOrganisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationType;
import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Registering organisations and reading them. */
@RestController
@RequestMapping("/api/organisations")
public class OrganisationController {

  private final OrganisationService organisations;
  private final OrganisationProfiles profiles;

  public OrganisationController(OrganisationService organisations, OrganisationProfiles profiles) {
    this.organisations = organisations;
    this.profiles = profiles;
  }

  /**
   * An applicant registers its organisation and becomes its administrator; its credit check follows
   * in the background (recorded with the registration, retried until the registry answers).
   */
  @Operation(summary = "Register an organisation")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @PreAuthorize("hasRole('applicant')")
  public ResponseEntity<OrganisationResponse> register(
      @Valid @RequestBody RegistrationRequest request, Authentication authentication) {
    Organisation organisation =
        organisations.register(request.toCommand(), CurrentUser.from(authentication));
    return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
        .body(OrganisationResponse.of(organisation, List.of()));
  }

  /**
   * The organisations the caller may see, newest first, one page of them: its own, or all of them
   * for bureau staff.
   */
  @Operation(summary = "List organisations: own, or all for bureau staff")
  @GetMapping
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public ResponseEntity<List<OrganisationResponse>> list(
      PageQuery page, Authentication authentication, HttpServletRequest request) {
    Page<Organisation> visible = organisations.visibleTo(CurrentUser.from(authentication), page);
    Map<UUID, List<DeclaredFact>> facts =
        profiles.declaredFacts(visible.items().stream().map(Organisation::id).toList());
    return page.answer(
        visible.map(o -> OrganisationResponse.of(o, facts.getOrDefault(o.id(), List.of()))),
        request);
  }

  @Operation(summary = "Get an organisation with its contacts, tags and profile facts")
  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public OrganisationResponse get(@PathVariable UUID id, Authentication authentication) {
    Organisation organisation = organisations.get(id, CurrentUser.from(authentication));
    return OrganisationResponse.of(organisation, profiles.declaredFacts(id));
  }

  /**
   * An administrator of the organisation replaces its profile as a whole: contacts, industry tags
   * and declared facts. Each fact is {@code {"value": ..., "evidence": [document ids]}}; evidence
   * must be documents uploaded for the same organisation. A fact may be declared without evidence:
   * it is then shown with {@code evidenced: false}. A fact left out is no longer declared.
   */
  @Operation(summary = "Update an organisation's profile and evidenced facts")
  @PutMapping("/{id}/profile")
  @PreAuthorize("hasRole('applicant')")
  public OrganisationResponse putProfile(
      @PathVariable UUID id,
      @Valid @RequestBody ProfileRequest request,
      Authentication authentication) {
    Organisation organisation =
        profiles.replace(id, request.toUpdate(), CurrentUser.from(authentication));
    return OrganisationResponse.of(organisation, profiles.declaredFacts(id));
  }

  /**
   * A registration.
   *
   * @param creditCode 18-character unified social credit code (统一社会信用代码)
   * @param legalName registered legal name
   * @param type kind of applicant unit
   * @param region prefecture, 贵安新区, or outside the province
   * @param legalRepresentative legal representative's name
   * @param contacts people the bureau may contact, optional
   * @param industryTags industry tags, optional (trimmed, duplicates dropped)
   */
  public record RegistrationRequest(
      @NotBlank @Size(min = 18, max = 18) String creditCode,
      @NotBlank @Size(max = 200) String legalName,
      @NotNull OrganisationType type,
      @NotNull Region region,
      @NotBlank @Size(max = 100) String legalRepresentative,
      @Valid @Size(max = 10) List<@NotNull ContactRequest> contacts,
      @Size(max = 20) List<@NotNull @Size(max = 30) String> industryTags) {

    RegisterOrganisation toCommand() {
      return new RegisterOrganisation(
          creditCode,
          legalName,
          type,
          region,
          legalRepresentative,
          ContactRequest.toDetails(contacts),
          industryTags);
    }
  }

  /**
   * A contact (联系人).
   *
   * @param name the person's name
   * @param title role or position, optional (项目负责人, 财务负责人, ...)
   * @param phone phone number: digits, an optional leading +, hyphens; a phone or an email is
   *     needed
   * @param email e-mail address
   */
  public record ContactRequest(
      @NotBlank @Size(max = 100) String name,
      @Size(max = 100) String title,
      @Pattern(
              regexp = "\\+?[0-9][0-9-]{4,24}",
              message = "must be digits with an optional + and hyphens")
          String phone,
      @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+") String email) {

    static List<OrganisationProfiles.ContactDetails> toDetails(List<ContactRequest> contacts) {
      return contacts == null
          ? List.of()
          : contacts.stream()
              .map(c -> new OrganisationProfiles.ContactDetails(c.name, c.title, c.phone, c.email))
              .toList();
    }
  }

  /**
   * A declared profile fact.
   *
   * @param value its value: a whole number (validPatentCount), true/false (hasProvincialPlatform,
   *     inNationalDemonstrationList, inStatistics), CNY with at most two decimals (revenue2026), or
   *     PROVINCIAL/PREFECTURE/COUNTY (giRightsHolderLevel)
   * @param evidence ids of documents uploaded for the organisation that evidence it; may be empty
   */
  public record FactRequest(JsonNode value, @Size(max = 20) List<@NotNull UUID> evidence) {

    OrganisationProfiles.FactDeclaration toDeclaration() {
      return new OrganisationProfiles.FactDeclaration(plain(value), evidence);
    }

    /** The JSON value as the domain reads it; other shapes are passed on to be refused. */
    private static Object plain(JsonNode node) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        return null;
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isIntegralNumber()) {
        return node.bigIntegerValue();
      }
      if (node.isNumber()) {
        // A number beyond a double's range (1e400) reads as infinite: no amount, bad input.
        if (!node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
          throw new IllegalArgumentException("value: must be a finite amount in CNY");
        }
        return node.decimalValue();
      }
      if (node.isString()) {
        return node.stringValue();
      }
      return node.toString();
    }
  }

  /**
   * An organisation's profile, replacing the old one as a whole.
   *
   * @param contacts people the bureau may contact
   * @param industryTags industry tags (trimmed, duplicates dropped, at most 20)
   * @param facts declared facts by name: validPatentCount, hasProvincialPlatform,
   *     inNationalDemonstrationList, revenue2026, inStatistics, giRightsHolderLevel
   */
  public record ProfileRequest(
      @Valid @Size(max = 10) List<@NotNull ContactRequest> contacts,
      @Size(max = 20) List<@NotNull @Size(max = 30) String> industryTags,
      @Valid Map<String, @NotNull FactRequest> facts) {

    OrganisationProfiles.ProfileUpdate toUpdate() {
      Map<String, OrganisationProfiles.FactDeclaration> declared = new LinkedHashMap<>();
      if (facts != null) {
        facts.forEach(
            (name, fact) -> {
              try {
                declared.put(name, fact.toDeclaration());
              } catch (IllegalArgumentException e) {
                // A value the domain cannot even be given (1e400): named like the domain's
                // refusals.
                InvalidFieldException refusal = InvalidFieldException.from(e);
                throw new InvalidFieldException(
                    "facts." + name + "." + refusal.field(), refusal.getMessage());
              }
            });
      }
      return new OrganisationProfiles.ProfileUpdate(
          ContactRequest.toDetails(contacts), industryTags, declared);
    }
  }

  /**
   * A declared fact as the API shows it.
   *
   * @param value its value
   * @param evidence ids of the documents that evidence it
   * @param evidenced whether at least one document evidences it
   */
  public record FactResponse(Object value, List<UUID> evidence, boolean evidenced) {}

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
   * @param contacts people the bureau may contact
   * @param industryTags industry tags
   * @param facts declared profile facts by name
   * @param profileUpdatedAt when the profile last changed; null if never
   */
  public record OrganisationResponse(
      UUID id,
      String creditCode,
      String legalName,
      OrganisationType type,
      Region region,
      String regionName,
      String legalRepresentative,
      OffsetDateTime registeredAt,
      List<Contact> contacts,
      List<String> industryTags,
      Map<String, FactResponse> facts,
      OffsetDateTime profileUpdatedAt) {

    static OrganisationResponse of(Organisation o, List<DeclaredFact> declared) {
      Map<String, FactResponse> facts = new LinkedHashMap<>();
      for (DeclaredFact fact : declared) {
        facts.put(
            fact.fact().factName(),
            new FactResponse(fact.value(), fact.evidence(), fact.evidenced()));
      }
      return new OrganisationResponse(
          o.id(),
          o.creditCode().value(),
          o.legalName(),
          o.type(),
          o.region(),
          o.region().chineseName(),
          o.legalRepresentative(),
          o.registeredAt(),
          o.contacts(),
          o.industryTags(),
          facts,
          o.profileUpdatedAt());
    }
  }
}
