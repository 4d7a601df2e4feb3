package cn.gov.guizhou.ipp.applicant.application.web;

import cn.gov.guizhou.ipp.applicant.application.OrganisationBars;
import cn.gov.guizhou.ipp.applicant.application.OrganisationBars.Bar;
import cn.gov.guizhou.ipp.applicant.application.OrganisationBars.BarDecision;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bureau decides on each second failed acceptance whether to bar the lead unit (with a reason
 * and, for 2.1, an end date) or not, and lifts bars.
 */
@RestController
public class BarController {

  private final OrganisationBars bars;

  public BarController(OrganisationBars bars) {
    this.bars = bars;
  }

  @Operation(summary = "Bar the lead of an application that failed acceptance")
  @ResponseStatus(HttpStatus.CREATED)
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

  /**
   * The second failed acceptances and the bureau's decisions on barring their lead units, the
   * pending ones first: what the bureau has to decide.
   */
  @Operation(summary = "List second failed acceptances and the bar decisions on them")
  @GetMapping("/api/organisation-bars")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public List<BarDecision> decisions() {
    return bars.decisions();
  }

  /** The bureau decides not to bar the lead unit of a second failed acceptance, with a reason. */
  @Operation(summary = "Decide not to bar the lead of an application")
  @PostMapping("/api/applications/{applicationId}/bar-waiver")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public BarDecision waive(
      @PathVariable UUID applicationId,
      @Valid @RequestBody WaiverRequest request,
      Authentication authentication) {
    return bars.notBar(applicationId, request.reason(), CurrentUser.from(authentication));
  }

  /**
   * The decision not to bar.
   *
   * @param reason why not
   */
  public record WaiverRequest(@NotBlank @Size(max = 2000) String reason) {}

  @Operation(summary = "List an organisation's bars")
  @GetMapping("/api/organisations/{organisationId}/bars")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public List<Bar> bars(@PathVariable UUID organisationId) {
    return bars.bars(organisationId);
  }

  @Operation(summary = "Lift a bar on an organisation")
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
   * @param until the bar's last day; required for DATA-IP-LEADER, otherwise absent for a bar until
   *     lifted
   */
  public record BarRequest(
      @NotNull UUID applicationId, @Size(max = 2000) String reason, LocalDate until) {}
}
