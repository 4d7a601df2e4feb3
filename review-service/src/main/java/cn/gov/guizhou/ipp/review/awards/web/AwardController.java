package cn.gov.guizhou.ipp.review.awards.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.review.awards.Awards;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ranking of a track, its proposal within budget, and the officer's decision. */
@RestController
@RequestMapping("/api/review/calls/{year}/tracks/{trackCode}")
@PreAuthorize("hasRole('programme-officer')")
public class AwardController {

  private final Awards awards;

  public AwardController(Awards awards) {
    this.awards = awards;
  }

  @Operation(summary = "Get a track's award proposal within its budget")
  @GetMapping("/award-proposal")
  public Awards.Proposal proposal(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable @Size(max = 40) String trackCode) {
    return awards.proposal(year, trackCode);
  }

  @Operation(summary = "Decide a track's awards")
  @PostMapping("/award-decision")
  public List<Awards.Decision> decide(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable @Size(max = 40) String trackCode,
      @Valid @RequestBody DecisionRequest request,
      Authentication authentication) {
    return awards.decide(
        year,
        trackCode,
        request.awarded(),
        request.justification(),
        CurrentUser.from(authentication));
  }

  /**
   * The officer's decision.
   *
   * @param awarded the applications funded
   * @param justification why the decision departs from the proposal, where it does
   */
  public record DecisionRequest(
      @NotNull @Size(max = 500) List<@NotNull UUID> awarded,
      @Size(max = 4000) String justification) {}
}
