package cn.gov.guizhou.ipp.monitoring.funduse.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.monitoring.funduse.FinalAccounts;
import cn.gov.guizhou.ipp.monitoring.funduse.FundFlag;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUse;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.reports.web.CsvFile;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fund-use supervision: the flags raised on expenditure and the firm's decisions on them, the
 * semi-annual fund-use supervision report (JSON, or CSV for a spreadsheet) and the ex-post review
 * of a project's final accounts.
 */
@RestController
@Validated
public class FundUseController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final FundUse fundUse;
  private final ProjectAccess access;

  public FundUseController(FundUse fundUse, ProjectAccess access) {
    this.fundUse = fundUse;
    this.access = access;
  }

  /** The contracted firm confirms (possibly as misappropriation) or dismisses a flag. */
  @Operation(summary = "Confirm or dismiss a fund-use flag")
  @PostMapping("/api/monitoring/fund-flags/{flagId}/decision")
  @PreAuthorize("hasRole('risk-monitor')")
  public FundFlag decide(
      @PathVariable UUID flagId,
      @Valid @RequestBody Decision request,
      Authentication authentication) {
    CurrentUser firm = CurrentUser.from(authentication);
    UUID project =
        fundUse
            .projectOfFlag(flagId)
            .orElseThrow(() -> new NotFoundException(FundUse.FLAG, flagId));
    access.requireFirm(project, firm, "fund-flag.decide");
    return fundUse.decide(
        flagId,
        "CONFIRMED".equals(request.decision()),
        Boolean.TRUE.equals(request.misappropriation()),
        request.reason().strip(),
        firm);
  }

  /** A project's flags. */
  @Operation(summary = "List a project's fund-use flags")
  @GetMapping("/api/monitoring/projects/{projectId}/fund-flags")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'applicant', 'programme-officer', 'finance-officer',"
          + " 'dashboard-viewer', 'bureau-admin')")
  public List<FundFlag> ofProject(@PathVariable UUID projectId, Authentication authentication) {
    access.requireAny(projectId, authentication, "fund-flag.read");
    return fundUse.ofProject(projectId);
  }

  /** Flags of a status: every project's for the bureau, its own projects' for a firm. */
  @Operation(summary = "List fund-use flags by status")
  @GetMapping("/api/monitoring/fund-flags")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'finance-officer', 'dashboard-viewer',"
          + " 'bureau-admin')")
  public List<FundFlag> flags(
      @RequestParam(required = false) @Pattern(regexp = "OPEN|CONFIRMED|DISMISSED") String status,
      Authentication authentication) {
    return fundUse.flags(status, ProjectAccess.firmScope(CurrentUser.from(authentication)));
  }

  /**
   * The fund-use supervision report of a period, as JSON; as CSV when the client accepts {@code
   * text/csv}.
   */
  @Operation(summary = "Get the fund-use report for a period")
  @GetMapping("/api/monitoring/reports/fund-use")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'finance-officer', 'dashboard-viewer',"
          + " 'bureau-admin')")
  public ResponseEntity<?> report(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      Authentication authentication) {
    FundUseReport report =
        fundUse.report(from, to, ProjectAccess.firmScope(CurrentUser.from(authentication)));
    if (accept != null && accept.toLowerCase().contains("text/csv")) {
      return csv(report);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  /** The same report as a CSV file. */
  @Operation(summary = "Download the fund-use report as CSV")
  @GetMapping("/api/monitoring/reports/fund-use.csv")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'finance-officer', 'dashboard-viewer',"
          + " 'bureau-admin')")
  public ResponseEntity<byte[]> reportCsv(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Authentication authentication) {
    return csv(fundUse.report(from, to, ProjectAccess.firmScope(CurrentUser.from(authentication))));
  }

  /** The ex-post review of a project's final accounts. */
  @Operation(summary = "Get a project's final accounts")
  @GetMapping("/api/monitoring/projects/{projectId}/final-accounts")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'finance-officer', 'dashboard-viewer',"
          + " 'bureau-admin')")
  public FinalAccounts finalAccounts(@PathVariable UUID projectId, Authentication authentication) {
    access.require(projectId, CurrentUser.from(authentication), "final-accounts.read");
    return fundUse.finalAccounts(projectId);
  }

  private static ResponseEntity<byte[]> csv(FundUseReport report) {
    return CsvFile.attachment(
        "fund-use-report_" + report.period().from() + "_" + report.period().to() + ".csv",
        FundUseCsv.render(report));
  }

  /**
   * A firm's decision on a flag.
   *
   * @param decision CONFIRMED or DISMISSED
   * @param misappropriation the confirmed flag is misappropriation (挪用); only with CONFIRMED
   * @param reason why
   */
  public record Decision(
      @NotNull @Pattern(regexp = "CONFIRMED|DISMISSED") String decision,
      Boolean misappropriation,
      @NotBlank @Size(max = 2000) String reason) {}
}
