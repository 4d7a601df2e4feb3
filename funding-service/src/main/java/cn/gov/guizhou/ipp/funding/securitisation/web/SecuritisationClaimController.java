package cn.gov.guizhou.ipp.funding.securitisation.web;

import cn.gov.guizhou.ipp.funding.securitisation.Claim;
import cn.gov.guizhou.ipp.funding.securitisation.ClaimQueueView;
import cn.gov.guizhou.ipp.funding.securitisation.NewClaim;
import cn.gov.guizhou.ipp.funding.securitisation.RefusalGround;
import cn.gov.guizhou.ipp.funding.securitisation.SecuritisationClaims;
import cn.gov.guizhou.ipp.kit.idempotency.IdempotencyFilter;
import cn.gov.guizhou.ipp.kit.web.Money;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Securitisation subsidy claims: enterprises file them with their materials; programme officers see
 * the year's queue, void claims, record defaults and refuse claims that will not be paid; finance
 * officers confirm that a product ran to its end without overdue payment or default, and pay.
 */
@RestController
@RequestMapping("/api/funding/securitisation/claims")
public class SecuritisationClaimController {

  private static final String CLAIM_PART = "claim";

  private final SecuritisationClaims claims;

  public SecuritisationClaimController(SecuritisationClaims claims) {
    this.claims = claims;
  }

  /**
   * Files a claim: {@code multipart/form-data} with the part {@code claim} (JSON) and one file part
   * per material, named by the material's id.
   */
  @Operation(summary = "File a securitisation subsidy claim with its materials")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('applicant')")
  public ResponseEntity<Claim> file(
      @RequestPart(CLAIM_PART) @Valid ClaimForm claim,
      @RequestParam MultiValueMap<String, MultipartFile> files,
      Authentication caller) {
    List<NewClaim.MaterialFile> materials = new ArrayList<>();
    for (Map.Entry<String, List<MultipartFile>> part : files.entrySet()) {
      if (CLAIM_PART.equals(part.getKey())) {
        continue;
      }
      for (MultipartFile file : part.getValue()) {
        materials.add(
            new NewClaim.MaterialFile(
                part.getKey(),
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? part.getKey()
                    : file.getOriginalFilename(),
                bytes(file)));
      }
    }
    Claim filed =
        claims.file(
            new NewClaim(
                claim.callYear(),
                claim.organisationId(),
                claim.productName(),
                claim.productCode(),
                claim.issuanceAmount(),
                claim.issueDate(),
                claim.endDate(),
                claim.financingAmount(),
                materials),
            caller);
    return ResponseEntity.created(URI.create("/api/funding/securitisation/claims/" + filed.id()))
        .body(filed);
  }

  /** The year's queue in filing order, with the cap and what is left of it. */
  @Operation(summary = "List a year's securitisation claims in filing order")
  @GetMapping
  @PreAuthorize("hasAnyRole('programme-officer', 'finance-officer', 'bureau-admin')")
  public ClaimQueueView queue(@RequestParam @Min(2000) @Max(2100) int year) {
    return claims.queue(year);
  }

  /** A claim, for bureau staff or a member of the claiming enterprise (404 for anyone else). */
  @Operation(summary = "Get a securitisation claim")
  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer', 'bureau-admin')")
  public Claim claim(@PathVariable UUID id, Authentication caller) {
    return claims.get(id, caller);
  }

  /** A material's file, for whoever may see the claim. */
  @Operation(summary = "Download a material of a securitisation claim")
  @GetMapping("/{id}/materials/{materialId}")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer', 'bureau-admin')")
  public ResponseEntity<byte[]> material(
      @PathVariable UUID id,
      @PathVariable @Size(max = 100) String materialId,
      Authentication caller) {
    SecuritisationClaims.MaterialContent content =
        claims
            .material(id, materialId, caller)
            .orElseThrow(() -> new NotFoundException("material", id + "/" + materialId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header("X-Content-Type-Options", "nosniff")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(content.filename()).build().toString())
        .body(content.content());
  }

  /** Voids a claim; what it reserved goes to the next claims in the queue. */
  @Operation(summary = "Void a securitisation claim")
  @PostMapping("/{id}/void")
  @PreAuthorize("hasAnyRole('programme-officer', 'applicant')")
  public Claim voidClaim(
      @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Authentication caller) {
    return claims.voidClaim(id, request.reason(), caller);
  }

  /** Records a default or an overdue repayment of the claim's product. */
  @Operation(summary = "Record a default or overdue payment on a claim's product")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/{id}/repayment-incidents")
  @PreAuthorize("hasAnyRole('programme-officer', 'finance-officer')")
  public ResponseEntity<Claim.Incident> incident(
      @PathVariable UUID id, @Valid @RequestBody IncidentRequest request) {
    Claim.Incident incident =
        claims.recordIncident(id, request.kind(), request.occurredOn(), request.note());
    return ResponseEntity.status(201).body(incident);
  }

  /**
   * Refuses a claim that will not be paid: the enterprise's qualification was withdrawn, or a
   * credit record of it is known. Its reservation goes to the next claims in the queue.
   */
  @Operation(summary = "Refuse a securitisation claim and release its reservation")
  @PostMapping("/{id}/refusal")
  @PreAuthorize("hasAnyRole('programme-officer', 'finance-officer')")
  public Claim refuse(
      @PathVariable UUID id, @Valid @RequestBody RefusalRequest request, Authentication caller) {
    return claims.refuse(id, RefusalGround.valueOf(request.ground()), request.reason(), caller);
  }

  /**
   * Confirms that the claim's product ran to its end without overdue payment or default: {@code
   * multipart/form-data} with the part {@code confirmation} (JSON) and the part {@code evidence} (a
   * PDF, an image or an office document).
   */
  @Operation(summary = "Confirm that a claim's product ran to its end without default")
  @PostMapping(path = "/{id}/completion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('finance-officer')")
  public ResponseEntity<Claim> confirmCompletion(
      @PathVariable UUID id,
      @RequestPart("confirmation") @Valid CompletionForm confirmation,
      @RequestPart("evidence") MultipartFile evidence,
      Authentication caller) {
    Claim confirmed =
        claims.confirmCompletion(
            id,
            confirmation.endedOn(),
            confirmation.note(),
            evidence.getOriginalFilename() == null || evidence.getOriginalFilename().isBlank()
                ? "evidence"
                : evidence.getOriginalFilename(),
            bytes(evidence),
            caller);
    return ResponseEntity.status(201).body(confirmed);
  }

  /** The completion's evidence, for whoever may see the claim. */
  @Operation(summary = "Download the evidence of a claim's completion")
  @GetMapping("/{id}/completion/evidence")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer', 'bureau-admin')")
  public ResponseEntity<byte[]> completionEvidence(@PathVariable UUID id, Authentication caller) {
    SecuritisationClaims.MaterialContent content =
        claims
            .completionEvidence(id, caller)
            .orElseThrow(() -> new NotFoundException("completion", id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header("X-Content-Type-Options", "nosniff")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(content.filename()).build().toString())
        .body(content.content());
  }

  /** Pays the claim what it reserves, once per {@code Idempotency-Key}. */
  @Operation(summary = "Pay a securitisation subsidy claim (Idempotency-Key)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/{id}/payments")
  @PreAuthorize("hasRole('finance-officer')")
  public ResponseEntity<Claim> pay(
      @PathVariable UUID id,
      @RequestHeader(IdempotencyFilter.HEADER) String idempotencyKey,
      @Valid @RequestBody PaymentRequest request,
      Authentication caller) {
    Claim paid = claims.pay(id, request.paymentReference(), request.paidOn(), caller);
    return ResponseEntity.status(201).body(paid);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The claim part of a filing.
   *
   * @param callYear the call's year
   * @param organisationId the claiming enterprise
   * @param productName the securitisation product's name
   * @param productCode its code
   * @param issuanceAmount its issuance amount, CNY
   * @param issueDate its issue date
   * @param endDate its end date
   * @param financingAmount the enterprise's actual financing within it, CNY
   */
  public record ClaimForm(
      @NotNull @Min(2000) @Max(2100) Integer callYear,
      @NotNull UUID organisationId,
      @NotBlank @Size(max = 200) String productName,
      @NotBlank @Size(max = 64) String productCode,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Money BigDecimal issuanceAmount,
      @NotNull LocalDate issueDate,
      @NotNull LocalDate endDate,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Money BigDecimal financingAmount) {}

  /**
   * Why a claim is voided.
   *
   * @param reason the reason
   */
  public record VoidRequest(@NotBlank @Size(max = 1000) String reason) {}

  /**
   * A default or overdue repayment.
   *
   * @param kind DEFAULT or OVERDUE
   * @param occurredOn when it happened
   * @param note what happened
   */
  public record IncidentRequest(
      @NotNull @Pattern(regexp = "DEFAULT|OVERDUE") String kind,
      @NotNull LocalDate occurredOn,
      @NotBlank @Size(max = 2000) String note) {}

  /**
   * Why a claim will not be paid.
   *
   * @param ground QUALIFICATION_WITHDRAWN or CREDIT_RECORD (defaults and overdue repayments are
   *     recorded as repayment incidents)
   * @param reason what happened, as the enterprise will read it
   */
  public record RefusalRequest(
      @NotNull @Pattern(regexp = "QUALIFICATION_WITHDRAWN|CREDIT_RECORD") String ground,
      @NotBlank @Size(max = 1000) String reason) {}

  /**
   * A finance officer's confirmation that the product ran to its end without overdue payment or
   * default.
   *
   * @param endedOn when the product ended
   * @param withoutOverdueOrDefault must be true: a product that did not is recorded as a repayment
   *     incident instead
   * @param note what was checked (the trustee's final report, the repayment vouchers, ...)
   */
  public record CompletionForm(
      @NotNull LocalDate endedOn,
      @NotNull
          @AssertTrue(
              message =
                  "must be true: record a default or an overdue repayment as a repayment incident")
          Boolean withoutOverdueOrDefault,
      @NotBlank @Size(max = 2000) String note) {}

  /**
   * A payment.
   *
   * @param paymentReference the treasury's reference
   * @param paidOn the value date
   */
  public record PaymentRequest(
      @NotBlank @Size(max = 100) String paymentReference, @NotNull LocalDate paidOn) {}
}
