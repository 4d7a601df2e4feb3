package cn.gov.guizhou.ipp.monitoring.ledger.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.monitoring.ledger.LedgerService;
import cn.gov.guizhou.ipp.monitoring.ledger.LedgerService.JudgedEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The risk-control firm records verified progress; the bureau reads the ledger. */
@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/ledger")
public class LedgerController {

  private final LedgerService ledger;

  public LedgerController(LedgerService ledger) {
    this.ledger = ledger;
  }

  @PostMapping
  @PreAuthorize("hasRole('risk-monitor')")
  public ResponseEntity<LedgerLine> record(
      @PathVariable UUID projectId,
      @Valid @RequestBody ReviewRequest request,
      Authentication authentication) {
    try {
      JudgedEntry judged =
          ledger.record(
              projectId,
              request.reviewDate(),
              request.plannedCompletion(),
              request.actualCompletion(),
              CurrentUser.from(authentication));
      return ResponseEntity.created(URI.create("/api/monitoring/projects/" + projectId + "/ledger"))
          .body(LedgerLine.of(judged));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
  }

  @GetMapping
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'dashboard-viewer', 'bureau-admin')")
  public List<LedgerLine> ledger(@PathVariable UUID projectId, Authentication authentication) {
    return ledger.ledgerOf(projectId, CurrentUser.from(authentication)).stream()
        .map(LedgerLine::of)
        .toList();
  }

  /**
   * A review's verified figures.
   *
   * @param reviewDate the review date
   * @param plannedCompletion planned weighted completion at that date, percent
   * @param actualCompletion verified weighted completion, percent
   */
  public record ReviewRequest(
      @NotNull LocalDate reviewDate,
      @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
          BigDecimal plannedCompletion,
      @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
          BigDecimal actualCompletion) {}

  /**
   * A ledger line as the API shows it.
   *
   * @param reviewDate review date
   * @param plannedCompletion planned completion, percent
   * @param actualCompletion verified completion, percent
   * @param lagPoints lag in percentage points
   * @param warningDue whether a warning notice (预警告知书) is due
   * @param serious whether the lag calls for a risk-disposal recommendation
   * @param recordedAt when it was recorded
   */
  public record LedgerLine(
      LocalDate reviewDate,
      BigDecimal plannedCompletion,
      BigDecimal actualCompletion,
      BigDecimal lagPoints,
      boolean warningDue,
      boolean serious,
      OffsetDateTime recordedAt) {

    static LedgerLine of(JudgedEntry judged) {
      return new LedgerLine(
          judged.entry().reviewDate(),
          judged.entry().plannedCompletion(),
          judged.entry().actualCompletion(),
          judged.lagPoints(),
          judged.warningDue(),
          judged.serious(),
          judged.entry().recordedAt());
    }
  }
}
