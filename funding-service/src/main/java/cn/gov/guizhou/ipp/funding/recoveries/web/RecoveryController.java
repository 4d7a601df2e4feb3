package cn.gov.guizhou.ipp.funding.recoveries.web;

import cn.gov.guizhou.ipp.funding.recoveries.AcceptanceConsequence;
import cn.gov.guizhou.ipp.funding.recoveries.Recoveries;
import cn.gov.guizhou.ipp.funding.recoveries.RecoveryOrder;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.Money;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recovery orders, tracked until repaid; finance officers record repayments. */
@RestController
public class RecoveryController {

  private final Recoveries recoveries;

  public RecoveryController(Recoveries recoveries) {
    this.recoveries = recoveries;
  }

  /** Every recovery order, the open ones first. */
  @Operation(summary = "List recovery orders")
  @GetMapping("/api/funding/recovery-orders")
  @PreAuthorize("hasAnyRole('finance-officer', 'programme-officer', 'bureau-admin')")
  public List<RecoveryOrder> all() {
    return recoveries.all();
  }

  @Operation(summary = "Get a grant's recovery order")
  @GetMapping("/api/funding/recovery-orders/{grantId}")
  @PreAuthorize("hasAnyRole('finance-officer', 'programme-officer', 'bureau-admin')")
  public RecoveryOrder one(@PathVariable UUID grantId) {
    return recoveries.get(grantId);
  }

  /** The consequences of final acceptance failures, the pending ones first. */
  @Operation(summary = "List what final acceptance failures left unused")
  @GetMapping("/api/funding/acceptance-consequences")
  @PreAuthorize("hasAnyRole('finance-officer', 'programme-officer', 'bureau-admin')")
  public List<AcceptanceConsequence> consequences() {
    return recoveries.consequences();
  }

  @Operation(summary = "Get the acceptance consequence of a grant")
  @GetMapping("/api/funding/acceptance-consequences/{grantId}")
  @PreAuthorize("hasAnyRole('finance-officer', 'programme-officer', 'bureau-admin')")
  public AcceptanceConsequence consequence(@PathVariable UUID grantId) {
    return recoveries.getConsequence(grantId);
  }

  /**
   * The bureau's decision on a final acceptance failure: ORDER_RECOVERY raises the recovery order
   * of what was disbursed and not used; NO_RECOVERY (refused where the guide requires the recovery,
   * 2.1) recovers nothing. Either way with a reason.
   */
  @Operation(summary = "Decide whether to recover a grant's unused funds")
  @PostMapping("/api/funding/acceptance-consequences/{grantId}/decision")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public AcceptanceConsequence decide(
      @PathVariable UUID grantId,
      @Valid @RequestBody DecisionRequest request,
      Authentication authentication) {
    return recoveries.decide(
        grantId, request.decision(), request.reason(), CurrentUser.from(authentication));
  }

  /**
   * The bureau's decision.
   *
   * @param decision ORDER_RECOVERY or NO_RECOVERY
   * @param reason why, required
   */
  public record DecisionRequest(
      @NotBlank String decision, @NotBlank @Size(max = 2000) String reason) {}

  @Operation(summary = "Record a repayment against a recovery order")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/funding/recovery-orders/{grantId}/repayments")
  @PreAuthorize("hasRole('finance-officer')")
  public RecoveryOrder repay(
      @PathVariable UUID grantId,
      @Valid @RequestBody RepaymentRequest request,
      Authentication authentication) {
    return recoveries.repay(
        grantId,
        request.amount(),
        request.reference(),
        request.receivedOn(),
        CurrentUser.from(authentication));
  }

  /**
   * A repayment received.
   *
   * @param amount CNY, positive, at most what is owed
   * @param reference the transfer's reference, unique
   * @param receivedOn the value date, not in the future
   */
  public record RepaymentRequest(
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Money BigDecimal amount,
      @NotBlank @Size(max = 64) String reference,
      @NotNull LocalDate receivedOn) {}
}
