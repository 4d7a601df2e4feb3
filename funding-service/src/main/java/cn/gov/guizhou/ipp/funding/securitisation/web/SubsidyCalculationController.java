package cn.gov.guizhou.ipp.funding.securitisation.web;

import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.funding.securitisation.SecuritisationClaims;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.Money;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an enterprise or the bureau see what a securitisation claim would be granted before it is
 * filed, under the rule the catalogue published for the call's securitisation track. Nothing is
 * stored.
 */
@RestController
@RequestMapping("/api/funding/securitisation/subsidy-calculations")
public class SubsidyCalculationController {

  private final SecuritisationClaims claims;

  public SubsidyCalculationController(SecuritisationClaims claims) {
    this.claims = claims;
  }

  @Operation(summary = "Calculate a securitisation subsidy under the call's rule")
  @PostMapping
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer')")
  public PercentageWithAnnualCap.Claim calculate(@Valid @RequestBody CalculationRequest request) {
    PercentageWithAnnualCap rule = claims.ruleOf(request.callYear()).rule();
    try {
      return rule.claim(
          request.issuanceAmount(),
          request.issuanceScale(),
          request.actualFinancing(),
          request.grantedThisYear() == null ? BigDecimal.ZERO : request.grantedThisYear());
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
  }

  /**
   * A claim to compute, in CNY.
   *
   * @param callYear the call whose securitisation rule applies
   * @param issuanceAmount the product's issuance amount
   * @param issuanceScale the product's issuance scale
   * @param actualFinancing the enterprise's actual financing within the product
   * @param grantedThisYear granted to earlier claims this year; zero if absent
   */
  public record CalculationRequest(
      @NotNull @Min(2000) @Max(2100) Integer callYear,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Money BigDecimal issuanceAmount,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Money BigDecimal issuanceScale,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Money BigDecimal actualFinancing,
      @DecimalMin("0.00") @Money BigDecimal grantedThisYear) {}
}
