package cn.gov.guizhou.ipp.program.calls.web;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.Money;
import cn.gov.guizhou.ipp.program.calls.CallAdministration;
import cn.gov.guizhou.ipp.program.catalogue.CallDefinition;
import cn.gov.guizhou.ipp.program.catalogue.CallRepository;
import cn.gov.guizhou.ipp.program.catalogue.CallRepository.StoredCall;
import cn.gov.guizhou.ipp.program.catalogue.CallState;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Programme officers run the calls. */
@RestController
@RequestMapping("/api/calls")
@PreAuthorize("hasRole('programme-officer')")
public class CallAdministrationController {

  private final CallAdministration calls;
  private final JsonMapper json;

  public CallAdministrationController(CallAdministration calls, JsonMapper json) {
    this.calls = calls;
    this.json = json;
  }

  /** A draft call for a new year, with the tracks and rules of an earlier call. */
  @Operation(summary = "Create a draft call from an earlier call")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  public ResponseEntity<CallAdminView> create(
      @Valid @RequestBody NewCall request, Authentication authentication) {
    StoredCall call =
        calls.createDraft(
            request.year(),
            request.basedOnYear(),
            request.titleZh(),
            request.titleEn(),
            CurrentUser.from(authentication));
    return ResponseEntity.created(URI.create("/api/calls/" + call.year() + "/administration"))
        .body(CallAdminView.of(call));
  }

  /** A call in any state, drafts included, with its window and budgets. */
  @Operation(summary = "Get a call's administration view: state, window, version")
  @GetMapping("/{year}/administration")
  public CallAdminView get(@PathVariable @Min(2020) @Max(2100) int year) {
    return CallAdminView.of(calls.get(year));
  }

  @Operation(summary = "List a call's versions")
  @GetMapping("/{year}/versions")
  public List<CallRepository.VersionInfo> versions(@PathVariable @Min(2020) @Max(2100) int year) {
    return calls.versions(year);
  }

  @Operation(summary = "Move a call to another state (publish, open, close)")
  @PostMapping("/{year}/transitions")
  public CallAdminView transition(
      @PathVariable @Min(2020) @Max(2100) int year,
      @Valid @RequestBody Transition request,
      Authentication authentication) {
    return CallAdminView.of(calls.transition(year, request.to(), CurrentUser.from(authentication)));
  }

  @Operation(summary = "Set a call's application window")
  @PutMapping("/{year}/window")
  public CallAdminView window(
      @PathVariable @Min(2020) @Max(2100) int year,
      @Valid @RequestBody Window request,
      Authentication authentication) {
    return CallAdminView.of(
        calls.setWindow(
            year, request.opensAt(), request.closesAt(), CurrentUser.from(authentication)));
  }

  @Operation(summary = "Set a track's budget")
  @PutMapping("/{year}/tracks/{code}/budget")
  public CallAdminView budget(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable String code,
      @Valid @RequestBody BudgetChange request,
      Authentication authentication) {
    CallDefinition.Budget budget;
    try {
      budget = new CallDefinition.Budget(request.amount(), request.plannedProjects());
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
    return CallAdminView.of(
        calls.setBudget(year, code, budget, request.reason(), CurrentUser.from(authentication)));
  }

  @Operation(summary = "Set a track's funding rule (a new version with a reason once published)")
  @PutMapping("/{year}/tracks/{code}/funding-rule")
  public CallAdminView fundingRule(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable String code,
      @Valid @RequestBody RuleChange request,
      Authentication authentication) {
    return CallAdminView.of(
        calls.setFundingRule(
            year,
            code,
            rule(request.fundingRule()),
            request.reason(),
            CurrentUser.from(authentication)));
  }

  /** Edits a version in place: only a draft's version can be; a published one is frozen (409). */
  @Operation(summary = "Retitle a call version")
  @PatchMapping("/{year}/versions/{version}")
  public CallAdminView retitle(
      @PathVariable @Min(2020) @Max(2100) int year,
      @PathVariable @Min(1) int version,
      @Valid @RequestBody Retitle request,
      Authentication authentication) {
    return CallAdminView.of(
        calls.retitleVersion(
            year, version, request.titleZh(), request.titleEn(), CurrentUser.from(authentication)));
  }

  /**
   * A funding rule from its JSON; a rule that breaks its own invariants is a 422 naming the field.
   */
  private FundingRule rule(JsonNode node) {
    try {
      return json.treeToValue(node, FundingRule.class);
    } catch (JacksonException e) {
      Throwable cause = e;
      while (cause != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      if (cause instanceof IllegalArgumentException invalid) {
        InvalidFieldException field = InvalidFieldException.from(invalid);
        // A refusal that names no field (a decimal out of range) is named by where it was read.
        String name = "request".equals(field.field()) ? path(e) : field.field();
        throw new InvalidFieldException(
            name.isEmpty() ? "fundingRule" : "fundingRule." + name, field.getMessage());
      }
      String at = path(e);
      if (!at.isEmpty()) {
        // A value of the rule that cannot be read as its type, e.g. an amount of 1e400.
        throw new InvalidFieldException(
            "fundingRule." + at,
            "is not a valid value here (money: CNY with at most two decimals, at most "
                + cn.gov.guizhou.ipp.contracts.MoneyLimit.MAX
                + ")");
      }
      throw new InvalidFieldException(
          "fundingRule", "is not one of the six funding rules with its fields");
    }
  }

  /** Where in the rule a value could not be read, e.g. {@code tiers[3].amount}. */
  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * A new call.
   *
   * @param year its year
   * @param basedOnYear the call whose tracks and rules it starts from
   * @param titleZh its title
   * @param titleEn its English title
   */
  public record NewCall(
      @Min(2020) @Max(2100) int year,
      @Min(2020) @Max(2100) int basedOnYear,
      @NotBlank @Size(max = 200) String titleZh,
      @NotBlank @Size(max = 200) String titleEn) {}

  /**
   * A move in the life cycle.
   *
   * @param to the state to move to
   */
  public record Transition(@NotNull CallState to) {}

  /**
   * The application window, as ISO-8601 date-times with offset (the bureau works in Asia/Shanghai,
   * +08:00).
   *
   * @param opensAt when applications open
   * @param closesAt when they close
   */
  public record Window(@NotNull OffsetDateTime opensAt, @NotNull OffsetDateTime closesAt) {}

  /**
   * A track's budget.
   *
   * @param amount CNY
   * @param plannedProjects projects planned
   * @param reason why, required once the call is published
   */
  public record BudgetChange(
      @NotNull @DecimalMin("0.00") @Money BigDecimal amount,
      int plannedProjects,
      @Size(max = 500) String reason) {}

  /**
   * A track's new funding rule.
   *
   * @param fundingRule the rule, with its {@code kind}
   * @param reason why, required once the call is published
   */
  public record RuleChange(@NotNull JsonNode fundingRule, @Size(max = 500) String reason) {}

  /**
   * New titles for a draft.
   *
   * @param titleZh title
   * @param titleEn English title
   */
  public record Retitle(
      @NotBlank @Size(max = 200) String titleZh, @NotBlank @Size(max = 200) String titleEn) {}

  /**
   * A call as officers see it.
   *
   * @param year its year
   * @param ruleVersion the rule version in force
   * @param state where it is in its life cycle
   * @param applicationOpensAt when applications open
   * @param applicationClosesAt when they close
   * @param titleZh title
   * @param titleEn English title
   * @param tracks the tracks with their rules and budgets
   */
  public record CallAdminView(
      int year,
      int ruleVersion,
      CallState state,
      OffsetDateTime applicationOpensAt,
      OffsetDateTime applicationClosesAt,
      String titleZh,
      String titleEn,
      List<CallDefinition.Track> tracks) {

    static CallAdminView of(StoredCall call) {
      return new CallAdminView(
          call.year(),
          call.version(),
          call.state(),
          call.applicationOpensAt(),
          call.applicationClosesAt(),
          call.definition().call().titleZh(),
          call.definition().call().titleEn(),
          call.definition().tracks());
    }
  }
}
