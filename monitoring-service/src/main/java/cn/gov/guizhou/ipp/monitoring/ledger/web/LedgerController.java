package cn.gov.guizhou.ipp.monitoring.ledger.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.monitoring.ledger.LedgerService;
import cn.gov.guizhou.ipp.monitoring.ledger.LedgerService.JudgedEntry;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau and the project's firm read the progress ledger (lines come from tracking rounds). */
@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/ledger")
public class LedgerController {

  private final LedgerService ledger;

  public LedgerController(LedgerService ledger) {
    this.ledger = ledger;
  }

  @Operation(summary = "Get a project's progress ledger")
  @GetMapping
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'dashboard-viewer', 'bureau-admin')")
  public List<LedgerLine> ledger(@PathVariable UUID projectId, Authentication authentication) {
    return ledger.ledgerOf(projectId, CurrentUser.from(authentication)).stream()
        .map(LedgerLine::of)
        .toList();
  }

  /**
   * A ledger line as the API shows it.
   *
   * @param reviewDate review date
   * @param quarter the tracking round's quarter
   * @param plannedCompletion planned completion, percent
   * @param actualCompletion verified completion, percent
   * @param lagPoints lag in percentage points
   * @param warningDue whether a warning notice (预警告知书) is due
   * @param serious whether the lag calls for a risk-disposal recommendation
   * @param recordedAt when it was recorded
   */
  public record LedgerLine(
      LocalDate reviewDate,
      String quarter,
      BigDecimal plannedCompletion,
      BigDecimal actualCompletion,
      BigDecimal lagPoints,
      boolean warningDue,
      boolean serious,
      OffsetDateTime recordedAt) {

    static LedgerLine of(JudgedEntry judged) {
      return new LedgerLine(
          judged.entry().reviewDate(),
          judged.entry().quarter(),
          judged.entry().plannedCompletion(),
          judged.entry().actualCompletion(),
          judged.lagPoints(),
          judged.warningDue(),
          judged.serious(),
          judged.entry().recordedAt());
    }
  }
}
