package cn.gov.guizhou.ipp.funding.grants.web;

import cn.gov.guizhou.ipp.funding.grants.GrantHolds;
import cn.gov.guizhou.ipp.funding.grants.Grants;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.Money;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme officers hold a grant, lift its hold with a reason, and record an AGENCY-BRAND unit's
 * revenue and statistics.
 */
@RestController
public class GrantActionController {

  private final GrantHolds holds;
  private final Grants grants;

  public GrantActionController(GrantHolds holds, Grants grants) {
    this.holds = holds;
    this.grants = grants;
  }

  @Operation(summary = "Put a hold on a grant's payments")
  @PostMapping("/api/funding/grants/{grantId}/hold")
  @PreAuthorize("hasRole('programme-officer')")
  public List<GrantHolds.HoldEntry> hold(
      @PathVariable UUID grantId, @Valid @RequestBody Reason request, Authentication caller) {
    holds.place(grantId, request.reason().strip(), CurrentUser.from(caller));
    return holds.history(grantId);
  }

  @Operation(summary = "Lift a hold on a grant")
  @PostMapping("/api/funding/grants/{grantId}/hold/lift")
  @PreAuthorize("hasRole('programme-officer')")
  public List<GrantHolds.HoldEntry> lift(
      @PathVariable UUID grantId, @Valid @RequestBody Reason request, Authentication caller) {
    holds.lift(grantId, request.reason().strip(), CurrentUser.from(caller));
    return holds.history(grantId);
  }

  @Operation(summary = "List a grant's holds")
  @GetMapping("/api/funding/grants/{grantId}/holds")
  @PreAuthorize("hasAnyRole('finance-officer', 'programme-officer', 'bureau-admin')")
  public List<GrantHolds.HoldEntry> holds(@PathVariable UUID grantId) {
    grants.get(grantId);
    return holds.history(grantId);
  }

  /** AGENCY-BRAND: the unit's revenue in the rule's year and whether it is in the statistics. */
  @Operation(summary = "Record whether a grant meets its revenue and statistics threshold")
  @PostMapping("/api/funding/grants/{grantId}/threshold")
  @PreAuthorize("hasRole('programme-officer')")
  public Grants.ThresholdRecord threshold(
      @PathVariable UUID grantId,
      @Valid @RequestBody ThresholdRequest request,
      Authentication caller) {
    return grants.recordThreshold(
        grantId,
        request.revenue(),
        request.inStatistics(),
        request.note().strip(),
        CurrentUser.from(caller));
  }

  /**
   * Why.
   *
   * @param reason the officer's reason
   */
  public record Reason(@NotBlank @Size(max = 2000) String reason) {}

  /**
   * An AGENCY-BRAND unit's threshold facts.
   *
   * @param revenue its revenue in the rule's year (2026), CNY
   * @param inStatistics whether it is in the statistics (入库纳统)
   * @param note the evidence seen
   */
  public record ThresholdRequest(
      @NotNull @DecimalMin("0.00") @Money BigDecimal revenue,
      @NotNull Boolean inStatistics,
      @NotBlank @Size(max = 2000) String note) {}
}
