package cn.gov.guizhou.ipp.applicant.credit.web;

import cn.gov.guizhou.ipp.applicant.call.CallRules;
import cn.gov.guizhou.ipp.applicant.call.TrackInForce;
import cn.gov.guizhou.ipp.applicant.credit.CreditCheck;
import cn.gov.guizhou.ipp.applicant.credit.CreditCheckService;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit checks of an organisation: run on request by bureau staff and by other platform services
 * (before an award, before each disbursement), read by bureau staff and the organisation's members.
 */
@RestController
public class CreditCheckController {

  private static final String ORGANISATION_CHECKS =
      "/api/organisations/{organisationId}/credit-checks";

  private static final Logger log = LoggerFactory.getLogger(CreditCheckController.class);

  private final CreditCheckService credit;
  private final CallRules callRules;

  public CreditCheckController(CreditCheckService credit, CallRules callRules) {
    this.credit = credit;
    this.callRules = callRules;
  }

  @Operation(summary = "Run a fresh credit check of an organisation")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(ORGANISATION_CHECKS)
  @PreAuthorize("hasAnyRole('programme-officer', 'finance-officer')")
  public ResponseEntity<CreditCheck> check(
      @PathVariable UUID organisationId, Authentication authentication) {
    CreditCheck check = credit.check(organisationId, CurrentUser.from(authentication));
    return ResponseEntity.created(
            URI.create("/api/organisations/" + organisationId + "/credit-checks"))
        .body(check);
  }

  /**
   * A fresh check another service asks for by credit code — review-service before an award,
   * funding-service before each disbursement — with what it is for. Only CLEAR counts as clear.
   * With the call year and track, the unit is checked on the registry the track names for its type;
   * without them, as at registration.
   */
  @Operation(summary = "Credit-check a unit for an award or a disbursement")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/credit-checks")
  @PreAuthorize("hasAnyRole('platform-service', 'programme-officer', 'finance-officer')")
  public ResponseEntity<CreditCheck> checkOnRequest(@Valid @RequestBody CheckRequest request) {
    UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.check(request.creditCode());
    if (problem != UnifiedSocialCreditCode.Problem.NONE) {
      throw InvalidFieldException.localised("creditCode", problem.messageZh(), problem.message());
    }
    if ((request.callYear() == null) != (request.trackCode() == null)) {
      throw new InvalidFieldException(
          request.callYear() == null ? "callYear" : "trackCode",
          "callYear and trackCode are given together or not at all");
    }
    TrackRules rules = null;
    if (request.callYear() != null) {
      try {
        rules =
            callRules
                .known(request.callYear(), request.trackCode())
                .track(request.trackCode())
                .map(TrackInForce::rules)
                .orElse(null);
      } catch (NotFoundException e) {
        throw new InvalidFieldException(
            "trackCode",
            "no track " + request.trackCode() + " in the " + request.callYear() + " call");
      }
    }
    CreditCheck check =
        credit.checkOnRequest(UnifiedSocialCreditCode.parse(request.creditCode()), rules);
    log.info(
        "Credit check of {} for {} {}: {}",
        check.creditCode(),
        request.purpose(),
        request.reference(),
        check.outcome());
    return ResponseEntity.created(
            URI.create("/api/organisations/" + check.organisationId() + "/credit-checks"))
        .body(check);
  }

  @Operation(summary = "List an organisation's credit checks")
  @GetMapping(ORGANISATION_CHECKS)
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer', 'bureau-admin')")
  public ResponseEntity<List<CreditCheck>> history(
      @PathVariable UUID organisationId,
      PageQuery page,
      Authentication authentication,
      HttpServletRequest request) {
    return page.answer(
        credit.history(organisationId, page, CurrentUser.from(authentication)), request);
  }

  /**
   * What a service asks a check for.
   *
   * @param creditCode the organisation's unified social credit code
   * @param purpose AWARD or DISBURSEMENT
   * @param reference the application, award or tranche it is for
   * @param callYear the call of the track the check is for (optional, with trackCode)
   * @param trackCode the track whose rules name the registry (optional, with callYear)
   */
  public record CheckRequest(
      @NotBlank String creditCode,
      @NotNull Purpose purpose,
      @NotBlank @Size(max = 100) String reference,
      Integer callYear,
      @Size(max = 50) String trackCode) {}

  /** Why another service asks for a check. */
  public enum Purpose {
    AWARD,
    DISBURSEMENT
  }
}
