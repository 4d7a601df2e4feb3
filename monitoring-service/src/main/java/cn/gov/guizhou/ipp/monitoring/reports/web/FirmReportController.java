package cn.gov.guizhou.ipp.monitoring.reports.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.reports.FirmReport;
import cn.gov.guizhou.ipp.monitoring.reports.FirmReports;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * The reports risk-control firms upload themselves: a firm uploads and lists its own, the bureau
 * lists and downloads every firm's.
 */
@RestController
public class FirmReportController {

  private final FirmReports reports;

  public FirmReportController(FirmReports reports) {
    this.reports = reports;
  }

  /**
   * {@code multipart/form-data}: the part {@code report} (JSON) and the part {@code file} (a PDF,
   * XLSX, DOCX or CSV file).
   */
  @Operation(summary = "Upload a risk-control firm's report")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(
      path = "/api/monitoring/firm-reports",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('risk-monitor')")
  public ResponseEntity<FirmReport> upload(
      @Valid @RequestPart("report") ReportForm report,
      @RequestPart(name = "file", required = false) MultipartFile file,
      Authentication authentication)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new InvalidFieldException("file", "is required and must not be empty");
    }
    FirmReport uploaded =
        reports.upload(
            report.kind(),
            report.period(),
            report.title().strip(),
            file.getOriginalFilename(),
            file.getBytes(),
            CurrentUser.from(authentication));
    return ResponseEntity.created(URI.create("/api/monitoring/firm-reports/" + uploaded.id()))
        .body(uploaded);
  }

  @Operation(summary = "List the firms' reports")
  @GetMapping("/api/monitoring/firm-reports")
  @PreAuthorize(ReportController.READERS)
  public ResponseEntity<List<FirmReport>> list(
      PageQuery page, Authentication authentication, HttpServletRequest request) {
    return page.answer(
        reports.list(ProjectAccess.firmScope(CurrentUser.from(authentication)), page), request);
  }

  @Operation(summary = "Download a firm report's file")
  @GetMapping("/api/monitoring/firm-reports/{id}/file")
  @PreAuthorize(ReportController.READERS)
  public ResponseEntity<byte[]> file(@PathVariable UUID id, Authentication authentication) {
    FirmReports.Download download =
        reports.file(id, ProjectAccess.firmScope(CurrentUser.from(authentication)));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.report().contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.report().filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Content-SHA256", download.report().sha256())
        .body(download.content());
  }

  /**
   * A report's description.
   *
   * @param kind QUARTERLY, SEMI_ANNUAL, EVALUATION or OTHER
   * @param period {@code 2027-Q2} (quarterly), {@code 2027-H1} (semi-annual), {@code 2027}
   * @param title its title
   */
  public record ReportForm(
      @NotNull @Pattern(regexp = "QUARTERLY|SEMI_ANNUAL|EVALUATION|OTHER") String kind,
      @NotNull @Pattern(regexp = "[0-9]{4}(-Q[1-4]|-H[12])?") String period,
      @NotBlank @Size(max = 200) String title) {}
}
