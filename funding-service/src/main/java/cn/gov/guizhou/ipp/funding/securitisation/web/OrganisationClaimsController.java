package cn.gov.guizhou.ipp.funding.securitisation.web;

import cn.gov.guizhou.ipp.funding.securitisation.ClaimQueueView;
import cn.gov.guizhou.ipp.funding.securitisation.SecuritisationClaims;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's own securitisation claims, so that its members find them again — each with its
 * place in its year's first-come-first-served queue and its state.
 */
@RestController
public class OrganisationClaimsController {

  private final SecuritisationClaims claims;

  public OrganisationClaimsController(SecuritisationClaims claims) {
    this.claims = claims;
  }

  @Operation(summary = "List an enterprise's securitisation claims, newest first")
  @GetMapping("/api/funding/securitisation/organisations/{organisationId}/claims")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer', 'bureau-admin')")
  public ResponseEntity<List<ClaimQueueView.Entry>> ofOrganisation(
      @PathVariable UUID organisationId,
      PageQuery page,
      Authentication caller,
      HttpServletRequest request) {
    return page.answer(claims.ofOrganisation(organisationId, page, caller), request);
  }
}
