package cn.gov.guizhou.ipp.funding.expenditure.web;

import cn.gov.guizhou.ipp.funding.expenditure.Expenditure;
import cn.gov.guizhou.ipp.funding.expenditure.Expenditures;
import cn.gov.guizhou.ipp.funding.expenditure.GrantStatement;
import cn.gov.guizhou.ipp.funding.expenditure.GrantStatements;
import cn.gov.guizhou.ipp.funding.grants.Grant;
import cn.gov.guizhou.ipp.funding.grants.Grants;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.members.OrganisationMembers;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.Money;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * OrganisationMembers of a funded unit record expenditure against their grant's approved budget
 * categories, each with its voucher; the unit and the bureau's staff read the expenditure and the
 * grant's statement. Someone else's grant is answered as not found.
 */
@RestController
public class ExpenditureController {

  private static final String STAFF =
      "hasAnyRole('finance-officer', 'programme-officer'," + " 'bureau-admin', 'applicant')";

  private final Expenditures expenditures;
  private final GrantStatements statements;
  private final Grants grants;
  private final OrganisationMembers members;
  private final AuditTrail audit;

  public ExpenditureController(
      Expenditures expenditures,
      GrantStatements statements,
      Grants grants,
      OrganisationMembers members,
      AuditTrail audit) {
    this.expenditures = expenditures;
    this.statements = statements;
    this.grants = grants;
    this.members = members;
    this.audit = audit;
  }

  /**
   * {@code multipart/form-data}: the part {@code expenditure} (JSON) and the part {@code voucher}
   * (a PDF, JPEG or PNG file).
   */
  @Operation(summary = "Record an expenditure of a grant with its voucher")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(
      path = "/api/funding/grants/{grantId}/expenditures",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('applicant')")
  public ResponseEntity<Expenditure> record(
      @PathVariable UUID grantId,
      @Valid @RequestPart("expenditure") ExpenditureRequest request,
      @RequestPart(name = "voucher", required = false) MultipartFile voucher,
      Authentication authentication)
      throws IOException {
    Grant grant = visibleGrant(grantId, authentication, "RECORD_EXPENDITURE");
    if (!"ACTIVE".equals(grant.status())) {
      throw new ConflictException(
          "GRANT_NOT_ACTIVE", "expenditure is recorded only against an active grant");
    }
    Expenditure recorded =
        expenditures.record(
            new Expenditures.GrantOfUnit(
                grant.applicationId(),
                grant.reference(),
                grant.callYear(),
                grant.trackCode(),
                grant.leadOrganisationId()),
            new Expenditures.Recording(
                request.category(),
                request.amount(),
                request.spentOn(),
                request.payee().strip(),
                request.description().strip()),
            voucher == null
                ? null
                : new Expenditures.Voucher(
                    voucher.getOriginalFilename() == null
                        ? "voucher"
                        : voucher.getOriginalFilename(),
                    voucher.getBytes()),
            CurrentUser.from(authentication).subject());
    return ResponseEntity.created(
            URI.create("/api/funding/grants/" + grantId + "/expenditures/" + recorded.id()))
        .body(recorded);
  }

  @Operation(summary = "List a grant's expenditures")
  @GetMapping("/api/funding/grants/{grantId}/expenditures")
  @PreAuthorize(STAFF)
  public ResponseEntity<List<Expenditure>> list(
      @PathVariable UUID grantId,
      PageQuery page,
      Authentication authentication,
      HttpServletRequest request) {
    visibleGrant(grantId, authentication, "READ_EXPENDITURE");
    return page.answer(expenditures.of(grantId, page), request);
  }

  @Operation(summary = "Download an expenditure's voucher")
  @GetMapping("/api/funding/grants/{grantId}/expenditures/{expenditureId}/voucher")
  @PreAuthorize(STAFF)
  public ResponseEntity<byte[]> voucher(
      @PathVariable UUID grantId, @PathVariable UUID expenditureId, Authentication authentication) {
    visibleGrant(grantId, authentication, "READ_VOUCHER");
    Expenditures.VoucherContent voucher =
        expenditures
            .voucher(grantId, expenditureId)
            .orElseThrow(() -> new NotFoundException("expenditure", expenditureId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(voucher.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(voucher.filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(voucher.content());
  }

  /** Awarded, paid, spent, unspent and recovered, with the approved budget by category. */
  @Operation(summary = "Get a grant's statement per budget category")
  @GetMapping("/api/funding/grants/{grantId}/statement")
  @PreAuthorize(STAFF)
  public GrantStatement statement(@PathVariable UUID grantId, Authentication authentication) {
    visibleGrant(grantId, authentication, "READ_STATEMENT");
    return statements.of(grantId);
  }

  /** The grant, if the caller is bureau staff or a member of the funded unit; else not found. */
  private Grant visibleGrant(UUID grantId, Authentication authentication, String action) {
    CurrentUser caller = CurrentUser.from(authentication);
    Grant grant = grants.get(grantId);
    boolean staff = caller.hasAnyRole("finance-officer", "programme-officer", "bureau-admin");
    if (!staff && !members.isMember(grant.leadOrganisationId(), authentication)) {
      audit.recordRefusal(action, "grant", grantId, AuditOutcome.NOT_VISIBLE, null);
      throw new NotFoundException("grant", grantId);
    }
    return grant;
  }

  /**
   * An expense.
   *
   * @param category an approved budget category of the grant
   * @param amount CNY
   * @param spentOn the date of the expense
   * @param payee who was paid
   * @param description what it paid for
   */
  public record ExpenditureRequest(
      @NotBlank @Size(max = 40) String category,
      @NotNull @DecimalMin(value = "0.00", inclusive = false) @Money BigDecimal amount,
      @NotNull LocalDate spentOn,
      @NotBlank @Size(max = 200) String payee,
      @NotBlank @Size(max = 2000) String description) {}
}
