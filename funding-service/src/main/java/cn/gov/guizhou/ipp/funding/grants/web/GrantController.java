package cn.gov.guizhou.ipp.funding.grants.web;

import cn.gov.guizhou.ipp.funding.budgets.FundingTracks;
import cn.gov.guizhou.ipp.funding.grants.Grant;
import cn.gov.guizhou.ipp.funding.grants.Grants;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.funding.rules.Balances;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Bureau staff read grants, a track's budget and the ledger's invariants. */
@RestController
@PreAuthorize("hasAnyRole('finance-officer', 'programme-officer', 'bureau-admin')")
public class GrantController {

  private final Grants grants;
  private final FundingTracks tracks;
  private final LedgerRepository ledger;

  public GrantController(Grants grants, FundingTracks tracks, LedgerRepository ledger) {
    this.grants = grants;
    this.tracks = tracks;
    this.ledger = ledger;
  }

  @Operation(summary = "Get the grant of an application with its tranches")
  @GetMapping("/api/funding/grants/{applicationId}")
  public Grant grant(@PathVariable UUID applicationId) {
    return grants.get(applicationId);
  }

  /** A track's budget, what it may still commit, and its grants. */
  @Operation(summary = "Get a track's budget, what it may still commit, and its grants")
  @GetMapping("/api/funding/calls/{year}/tracks/{trackCode}")
  public TrackFunds track(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable @Size(max = 40) String trackCode) {
    BigDecimal budget =
        tracks
            .find(year, trackCode)
            .orElseThrow(() -> new NotFoundException("track", year + "/" + trackCode))
            .budget();
    return new TrackFunds(
        year,
        trackCode,
        budget,
        ledger.balance(Account.trackBudget(year + "/" + trackCode)),
        grants.ofTrack(year, trackCode));
  }

  /** Every invariant of the ledger the books break; empty when they hold. */
  @Operation(summary = "List violations of the ledger's invariants (empty when they hold)")
  @GetMapping("/api/funding/ledger/violations")
  public List<String> violations() {
    return Balances.violations(ledger.all());
  }

  /**
   * A track's funds.
   *
   * @param year the call's year
   * @param trackCode the track
   * @param budget its budget in the call (null until set)
   * @param uncommitted what it may still commit
   * @param grants its grants
   */
  public record TrackFunds(
      int year, String trackCode, BigDecimal budget, BigDecimal uncommitted, List<Grant> grants) {}
}
