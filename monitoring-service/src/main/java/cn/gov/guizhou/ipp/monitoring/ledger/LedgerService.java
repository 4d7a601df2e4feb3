package cn.gov.guizhou.ipp.monitoring.ledger;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.rules.LagThreshold;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The progress ledger (进度台账): its lines, each judged against the lag thresholds. */
@Service
public class LedgerService {

  private final ProgressLedger ledger;
  private final ProjectAccess access;
  private final LagThreshold threshold;

  public LedgerService(ProgressLedger ledger, ProjectAccess access, LagThreshold threshold) {
    this.ledger = ledger;
    this.access = access;
    this.threshold = threshold;
  }

  /** A project's ledger, oldest first, for the bureau or its firm. */
  @Transactional(readOnly = true)
  public List<JudgedEntry> ledgerOf(UUID projectId, CurrentUser reader) {
    access.require(projectId, reader, "progress-ledger.read");
    return ledger.forProject(projectId).stream().map(this::judge).toList();
  }

  /** A line with what it calls for. */
  public JudgedEntry judge(LedgerEntry entry) {
    BigDecimal lag = entry.lagPoints();
    return new JudgedEntry(entry, lag, threshold.warningDue(lag), threshold.serious(lag));
  }

  /**
   * A ledger line with what it calls for.
   *
   * @param entry the line
   * @param lagPoints lag in percentage points
   * @param warningDue whether a warning notice is due
   * @param serious whether the lag calls for a risk-disposal recommendation
   */
  public record JudgedEntry(
      LedgerEntry entry, BigDecimal lagPoints, boolean warningDue, boolean serious) {}
}
