package cn.gov.guizhou.ipp.funding.payments.web;

import cn.gov.guizhou.ipp.funding.payments.Payment;
import cn.gov.guizhou.ipp.funding.payments.Payments;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A finance officer pays a due tranche. The request must carry an {@code Idempotency-Key}: sent
 * again with the same key (a retry, a double click), it returns the first answer and pays nothing
 * more.
 */
@RestController
public class PaymentController {

  private final Payments payments;

  public PaymentController(Payments payments) {
    this.payments = payments;
  }

  @Operation(summary = "Pay a tranche of a grant (Idempotency-Key)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/funding/grants/{grantId}/tranches/{sequence}/payments")
  @PreAuthorize("hasRole('finance-officer')")
  public ResponseEntity<Payment> pay(
      @PathVariable UUID grantId,
      @PathVariable int sequence,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody PaymentRequest request,
      Authentication authentication) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new InvalidFieldException(
          "Idempotency-Key", "is required: a payment is ordered with a key, so a retry pays once");
    }
    Payment payment =
        payments.payTranche(
            grantId,
            sequence,
            new Payments.Order(
                request.paymentReference(),
                request.paidOn(),
                Boolean.TRUE.equals(request.offsetRecoveries())),
            CurrentUser.from(authentication));
    return ResponseEntity.created(
            URI.create("/api/funding/grants/" + grantId + "/payments/" + payment.id()))
        .body(payment);
  }

  @Operation(summary = "List a grant's payments")
  @GetMapping("/api/funding/grants/{grantId}/payments")
  @PreAuthorize("hasAnyRole('finance-officer', 'programme-officer', 'bureau-admin')")
  public List<Payment> payments(@PathVariable UUID grantId) {
    return payments.of(grantId);
  }

  /**
   * A payment order.
   *
   * @param paymentReference the treasury's payment reference (国库支付凭证号), unique
   * @param paidOn the value date, not in the future
   * @param offsetRecoveries keep back what the organisation owes on recovery orders
   */
  public record PaymentRequest(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*")
          String paymentReference,
      @NotNull LocalDate paidOn,
      Boolean offsetRecoveries) {}
}
