package cn.gov.guizhou.ipp.monitoring.ledger;

import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records verified progress and judges each line against the lag thresholds. */
@Service
public class LedgerService {

  private final ProgressLedger ledger;
  private final ProjectAccess access;
  private final AuditTrail audit;
  private final Clock clock;
  private final LagThreshold threshold = LagThreshold.GUIDE;

  public LedgerService(ProgressLedger ledger, ProjectAccess access, AuditTrail audit, Clock clock) {
    this.ledger = ledger;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records one review of a project.
   *
   * @throws ConflictException if the project already has a line for that review date
   * @throws cn.gov.guizhou.ipp.kit.web.NotFoundException if the caller's firm does not monitor it
   */
  @Transactional
  public JudgedEntry record(
      UUID projectId,
      LocalDate reviewDate,
      BigDecimal planned,
      BigDecimal actual,
      CurrentUser recorder) {
    access.require(projectId, recorder, "progress-ledger.record");
    LedgerEntry entry =
        new LedgerEntry(
            projectId, reviewDate, planned, actual, recorder.subject(), OffsetDateTime.now(clock));
    try {
      ledger.append(entry);
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          "project " + projectId + " already has a ledger line for " + reviewDate);
    }
    audit.recordChange("progress-ledger.record", "monitored-project", projectId);
    return judge(entry);
  }

  @Transactional(readOnly = true)
  public List<JudgedEntry> ledgerOf(UUID projectId, CurrentUser reader) {
    access.require(projectId, reader, "progress-ledger.read");
    return ledger.forProject(projectId).stream().map(this::judge).toList();
  }

  private JudgedEntry judge(LedgerEntry entry) {
    BigDecimal lag = entry.lagPoints();
    return new JudgedEntry(entry, lag, threshold.warningDue(lag), threshold.serious(lag));
  }

  /**
   * A ledger line with what it calls for.
   *
   * @param entry the line
   * @param lagPoints lag in percentage points
   * @param warningDue whether a warning notice is due
   * @param serious whether the lag is serious enough for a risk-disposal recommendation
   */
  public record JudgedEntry(
      LedgerEntry entry, BigDecimal lagPoints, boolean warningDue, boolean serious) {}
}
