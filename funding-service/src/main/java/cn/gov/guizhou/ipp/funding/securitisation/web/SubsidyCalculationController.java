package cn.gov.guizhou.ipp.funding.securitisation.web;

import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an enterprise or the bureau see what a securitisation claim would be granted before it is
 * filed. Nothing is stored.
 */
@RestController
@RequestMapping("/api/funding/securitisation/subsidy-calculations")
public class SubsidyCalculationController {

  /**
   * The 2027 call's rule (guide 2.2): 4% of the issuance amount, shared pro rata, at most CNY
   * 2,000,000 a year, the crossing claim getting the remainder of the cap. It moves to the rule
   * program-service publishes for the track once funding-service consumes the catalogue.
   */
  static final PercentageWithAnnualCap SECURITISATION_2027 =
      new PercentageWithAnnualCap(
          new BigDecimal("0.04"),
          new BigDecimal("2000000.00"),
          true,
          PercentageWithAnnualCap.PartialClaim.REMAINDER_OF_CAP,
          true);

  @PostMapping
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer')")
  public PercentageWithAnnualCap.Claim calculate(@Valid @RequestBody CalculationRequest request) {
    try {
      return SECURITISATION_2027.claim(
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
   * @param issuanceAmount the product's issuance amount
   * @param issuanceScale the product's issuance scale
   * @param actualFinancing the enterprise's actual financing within the product
   * @param grantedThisYear granted to earlier claims this year; zero if absent
   */
  public record CalculationRequest(
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 14, fraction = 2)
          BigDecimal issuanceAmount,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 14, fraction = 2)
          BigDecimal issuanceScale,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 14, fraction = 2)
          BigDecimal actualFinancing,
      @DecimalMin("0.00") @Digits(integer = 14, fraction = 2) BigDecimal grantedThisYear) {}
}
