package cn.gov.guizhou.ipp.review.organisations.web;

import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.review.organisations.KnownOrganisation;
import cn.gov.guizhou.ipp.review.organisations.OrganisationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bureau staff look up the organisation behind a credit code when handling conflicts. */
@RestController
@RequestMapping("/api/review/organisations")
public class OrganisationDirectoryController {

  private final OrganisationDirectory directory;

  public OrganisationDirectoryController(OrganisationDirectory directory) {
    this.directory = directory;
  }

  @Operation(summary = "Get what review knows of an organisation")
  @GetMapping("/{creditCode}")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public KnownOrganisation get(@PathVariable String creditCode) {
    return directory
        .findByCreditCode(creditCode)
        .orElseThrow(() -> new NotFoundException("organisation", creditCode));
  }
}
