package cn.gov.guizhou.ipp.applicant.application.web;

import cn.gov.guizhou.ipp.applicant.application.OrganisationBars;
import cn.gov.guizhou.ipp.applicant.application.OrganisationBars.Bar;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The bureau bars an organisation after a failed acceptance, and lifts the bar. */
@RestController
public class BarController {

  private final OrganisationBars bars;

  public BarController(OrganisationBars bars) {
    this.bars = bars;
  }

  @PostMapping("/api/organisation-bars")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public ResponseEntity<Bar> bar(
      @Valid @RequestBody BarRequest request, Authentication authentication) {
    Bar bar =
        bars.bar(
            request.applicationId(),
            request.reason(),
            request.until(),
            CurrentUser.from(authentication));
    return ResponseEntity.created(
            URI.create("/api/organisations/" + bar.organisationId() + "/bars/" + bar.id()))
        .body(bar);
  }

  @GetMapping("/api/organisations/{organisationId}/bars")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public List<Bar> bars(@PathVariable UUID organisationId) {
    return bars.bars(organisationId);
  }

  @DeleteMapping("/api/organisations/{organisationId}/bars/{barId}")
  @PreAuthorize("hasRole('bureau-admin')")
  public Bar lift(@PathVariable UUID organisationId, @PathVariable UUID barId) {
    return bars.lift(organisationId, barId);
  }

  /**
   * A bar.
   *
   * @param applicationId the application that failed acceptance; its lead unit is barred
   * @param reason the bureau's reason
   * @param until the bar's last day, or absent for a bar until lifted
   */
  public record BarRequest(
      @NotNull UUID applicationId, @NotBlank @Size(max = 2000) String reason, LocalDate until) {}
}
