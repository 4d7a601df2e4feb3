package cn.gov.guizhou.ipp.review.awards.web;

import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.review.awards.PrefectureAwards;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Programme officers score, weigh, rank and decide the prefecture-level capability projects. */
@RestController
@RequestMapping("/api/review/calls/{year}/prefecture-ranking")
@PreAuthorize("hasRole('programme-officer')")
public class PrefectureController {

  private final PrefectureAwards prefectures;

  public PrefectureController(PrefectureAwards prefectures) {
    this.prefectures = prefectures;
  }

  @Operation(summary = "Score an application in the prefecture ranking")
  @PutMapping("/scores/{applicationId}")
  public PrefectureAwards.Ranking score(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable UUID applicationId,
      @Valid @RequestBody UnitScores request,
      Authentication authentication) {
    prefectures.score(
        year,
        applicationId,
        request.unit() == null ? null : request.unit().name(),
        request.scores(),
        request.evidence(),
        CurrentUser.from(authentication));
    return prefectures.ranking(year);
  }

  @Operation(summary = "Set the prefecture ranking's weights")
  @PutMapping("/weights")
  public PrefectureAwards.Ranking weights(
      @PathVariable @Min(2020) @Max(2100) int year,
      @Valid @RequestBody Weights request,
      Authentication authentication) {
    prefectures.setWeights(year, request.weights(), CurrentUser.from(authentication));
    return prefectures.ranking(year);
  }

  @Operation(summary = "Get the prefecture ranking of a call")
  @GetMapping
  public PrefectureAwards.Ranking ranking(@PathVariable @Min(2020) @Max(2100) int year) {
    return prefectures.ranking(year);
  }

  @Operation(summary = "Decide the prefecture ranking's awards")
  @PostMapping("/decision")
  public PrefectureAwards.Ranking decide(
      @PathVariable @Min(2020) @Max(2100) int year, Authentication authentication) {
    return prefectures.decide(year, CurrentUser.from(authentication));
  }

  /**
   * A unit's scores.
   *
   * @param unit optional: the unit is the applicant authority's own region (GUIYANG, ZUNYI, ...,
   *     GUIAN_NEW_AREA) as its organisation records it; a unit given must be that region
   * @param scores its score on each of the 9 criteria, 0 to 100
   * @param evidence what the scores rest on (document ids or references)
   */
  public record UnitScores(
      Region unit,
      @NotNull Map<String, BigDecimal> scores,
      @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> evidence) {}

  /**
   * The call's weights.
   *
   * @param weights the weight of each of the 9 criteria
   */
  public record Weights(@NotNull Map<String, BigDecimal> weights) {}
}
