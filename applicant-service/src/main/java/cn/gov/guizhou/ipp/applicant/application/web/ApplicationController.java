package cn.gov.guizhou.ipp.applicant.application.web;

import cn.gov.guizhou.ipp.applicant.application.ApplicationContent;
import cn.gov.guizhou.ipp.applicant.application.ApplicationService;
import cn.gov.guizhou.ipp.applicant.application.ApplicationStatus;
import cn.gov.guizhou.ipp.applicant.application.ApplicationView;
import cn.gov.guizhou.ipp.applicant.application.Declarations;
import cn.gov.guizhou.ipp.applicant.application.Submission;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.Money;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications from draft to submission and after: applicants draft, name participants, upload
 * materials, submit and withdraw; participants confirm; programme officers read every application.
 */
@RestController
@RequestMapping("/api/applications")
public class ApplicationController {

  private static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{18}";

  private final ApplicationService applications;
  private final Submission submission;

  public ApplicationController(ApplicationService applications, Submission submission) {
    this.applications = applications;
    this.submission = submission;
  }

  /** Starts a draft for a track of a call, led by one of the caller's organisations. */
  @Operation(summary = "Start a draft application")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @PreAuthorize("hasRole('applicant')")
  public ResponseEntity<ApplicationView> draft(
      @Valid @RequestBody DraftRequest request, Authentication authentication) {
    ApplicationView view =
        applications.draft(
            request.callYear(),
            request.trackCode(),
            request.leadOrganisationId(),
            request.content().toContent(),
            CurrentUser.from(authentication));
    return ResponseEntity.created(URI.create("/api/applications/" + view.id())).body(view);
  }

  /**
   * The applications the caller may see, newest first, one page of them; filtered by call year,
   * organisation, status or track.
   */
  @Operation(summary = "List applications: own, participated in, or all for bureau staff")
  @GetMapping
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public ResponseEntity<List<ApplicationView>> list(
      @RequestParam(required = false) @Min(2020) @Max(2100) Integer year,
      @RequestParam(required = false) UUID organisationId,
      @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z0-9-]{0,39}") String track,
      PageQuery page,
      Authentication authentication,
      HttpServletRequest request) {
    return page.answer(
        applications.list(
            year, organisationId, status, track, page, CurrentUser.from(authentication)),
        request);
  }

  @Operation(summary = "Get an application with its content and story")
  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public ApplicationView get(@PathVariable UUID id, Authentication authentication) {
    return applications.get(id, CurrentUser.from(authentication));
  }

  /** Replaces what a draft says. */
  @Operation(summary = "Revise a draft application's content")
  @PutMapping("/{id}")
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView revise(
      @PathVariable UUID id,
      @Valid @RequestBody ContentRequest request,
      Authentication authentication) {
    return applications.revise(id, request.toContent(), CurrentUser.from(authentication));
  }

  /** Names a participant by its credit code, or changes its role and division of work. */
  @Operation(summary = "Add or change a joint applicant (participant)")
  @PutMapping("/{id}/participants/{creditCode}")
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView putParticipant(
      @PathVariable UUID id,
      @PathVariable @Pattern(regexp = CREDIT_CODE) String creditCode,
      @Valid @RequestBody ParticipantRequest request,
      Authentication authentication) {
    return applications.putParticipant(
        id, creditCode, request.role(), request.divisionOfWork(), CurrentUser.from(authentication));
  }

  @Operation(summary = "Remove a participant from a draft")
  @DeleteMapping("/{id}/participants/{creditCode}")
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView removeParticipant(
      @PathVariable UUID id,
      @PathVariable @Pattern(regexp = CREDIT_CODE) String creditCode,
      Authentication authentication) {
    return applications.removeParticipant(id, creditCode, CurrentUser.from(authentication));
  }

  /** An administrator of the participant confirms that it takes part as named. */
  @Operation(summary = "Confirm participation on behalf of the participant unit")
  @PostMapping("/{id}/participants/{creditCode}/confirmation")
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView confirm(
      @PathVariable UUID id,
      @PathVariable @Pattern(regexp = CREDIT_CODE) String creditCode,
      Authentication authentication) {
    return applications.confirmParticipation(id, creditCode, CurrentUser.from(authentication));
  }

  /** Uploads one of the track's materials (multipart part {@code file}, at most 20 MB). */
  @Operation(summary = "Attach a material file to a draft")
  @PostMapping(
      value = "/{id}/materials/{materialId}",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView attach(
      @PathVariable UUID id,
      @PathVariable @Pattern(regexp = "[A-Z0-9-]{1,40}") String materialId,
      @RequestPart("file") MultipartFile file,
      Authentication authentication) {
    try {
      return applications.attachMaterial(
          id,
          materialId,
          file.getOriginalFilename(),
          file.getInputStream(),
          CurrentUser.from(authentication));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Operation(summary = "Remove a material from a draft")
  @DeleteMapping("/{id}/materials/{materialId}")
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView detach(
      @PathVariable UUID id,
      @PathVariable @Pattern(regexp = "[A-Z0-9-]{1,40}") String materialId,
      Authentication authentication) {
    return applications.detachMaterial(id, materialId, CurrentUser.from(authentication));
  }

  /**
   * Submits the draft. The {@code Idempotency-Key} header is required: a retried submission gets
   * the first answer back instead of a second submission.
   */
  @Operation(summary = "Submit an application (Idempotency-Key)")
  @PostMapping("/{id}/submission")
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView submit(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication authentication) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new InvalidFieldException(
          "Idempotency-Key", "is required: a submission is sent with an idempotency key");
    }
    return submission.submit(id, CurrentUser.from(authentication));
  }

  /** The lead's administrator withdraws a submitted application before a decision is made. */
  @Operation(summary = "Withdraw an application with a reason")
  @PostMapping("/{id}/withdrawal")
  @PreAuthorize("hasRole('applicant')")
  public ApplicationView withdraw(
      @PathVariable UUID id,
      @Valid @RequestBody WithdrawalRequest request,
      Authentication authentication) {
    return applications.withdraw(id, request.reason(), CurrentUser.from(authentication));
  }

  /**
   * A new draft.
   *
   * @param callYear the call's year
   * @param trackCode the track applied for
   * @param leadOrganisationId the lead unit (one of the caller's organisations)
   * @param content what the draft says so far
   */
  public record DraftRequest(
      @NotNull @Min(2020) @Max(2100) Integer callYear,
      @NotBlank @Size(max = 40) String trackCode,
      @NotNull UUID leadOrganisationId,
      @NotNull @Valid ContentRequest content) {}

  /**
   * What an application says; see {@link ApplicationContent}.
   *
   * @param title the project's title
   * @param summary what it does
   * @param requestedAmount provincial funds requested, CNY
   * @param implementationStart first day of the work
   * @param implementationEnd last day of the work
   * @param plan tasks, milestones, quarterly targets, performance targets
   * @param budget the budget by category
   * @param declarations the lead's declarations
   */
  public record ContentRequest(
      @NotBlank @Size(max = 200) String title,
      @Size(max = 5000) String summary,
      @Money BigDecimal requestedAmount,
      LocalDate implementationStart,
      LocalDate implementationEnd,
      ImplementationPlan plan,
      @Size(max = 50) List<BudgetLine> budget,
      Declarations declarations) {

    ApplicationContent toContent() {
      try {
        return new ApplicationContent(
            title,
            summary,
            requestedAmount,
            implementationStart,
            implementationEnd,
            plan,
            budget,
            declarations);
      } catch (IllegalArgumentException e) {
        throw InvalidFieldException.from(e);
      }
    }
  }

  /**
   * A participant as the lead names it.
   *
   * @param role its role in the project (e.g. 合作单位)
   * @param divisionOfWork what it does
   */
  public record ParticipantRequest(
      @NotBlank @Size(max = 100) String role, @NotBlank @Size(max = 2000) String divisionOfWork) {}

  /**
   * Why the application is withdrawn.
   *
   * @param reason the applicant's reason
   */
  public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {}
}
