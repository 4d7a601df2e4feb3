package cn.gov.guizhou.ipp.funding.rules;

import java.util.Locale;
import java.util.Set;

/**
 * What a final acceptance failure (a second failure) leads to in funding, as the bureau decides it.
 * Nothing is recovered automatically: the failure raises a pending consequence listing what was
 * disbursed and not used, and an officer decides, with a reason, either to order the recovery or
 * not to. For the tracks where the guide itself says the unused funds are reclaimed (2.1
 * 数据知识产权领军企业: "再次验收不通过的，收回已拨付的未使用项目资金") the bureau may only order it; elsewhere the guide is silent
 * and the decision is the bureau's.
 *
 * @param recoveryRequiredTracks the track codes whose guide text requires the recovery
 */
public record AcceptanceConsequenceRule(Set<String> recoveryRequiredTracks) {

  /** The 2027 guide: only DATA-IP-LEADER says what a second failure leads to. */
  public static final AcceptanceConsequenceRule GUIDE_2027 =
      new AcceptanceConsequenceRule(Set.of("DATA-IP-LEADER"));

  public AcceptanceConsequenceRule {
    recoveryRequiredTracks =
        Set.copyOf(recoveryRequiredTracks == null ? Set.of() : recoveryRequiredTracks);
  }

  /** The bureau's decision. */
  public enum Decision {
    /** Order back what was disbursed and not used (paid − eligible spending). */
    ORDER_RECOVERY,
    /** Recover nothing. */
    NO_RECOVERY
  }

  /** Whether the guide requires the recovery for the track. */
  public boolean recoveryRequired(String trackCode) {
    return trackCode != null && recoveryRequiredTracks.contains(trackCode);
  }

  /**
   * Checks a decision for a track.
   *
   * @param trackCode the failed grant's track
   * @param decision ORDER_RECOVERY or NO_RECOVERY
   * @param reason the bureau's reason, required
   * @return the decision
   * @throws IllegalArgumentException naming {@code decision} or {@code reason}; a NO_RECOVERY for a
   *     track whose guide requires the recovery is refused naming {@code decision}
   */
  public Decision check(String trackCode, String decision, String reason) {
    if (decision == null || decision.isBlank()) {
      throw new IllegalArgumentException("decision: is required");
    }
    Decision parsed;
    try {
      parsed = Decision.valueOf(decision.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "decision: must be ORDER_RECOVERY or NO_RECOVERY, was " + decision);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: the bureau's reason is required");
    }
    if (parsed == Decision.NO_RECOVERY && recoveryRequired(trackCode)) {
      throw new IllegalArgumentException(
          "decision: the guide requires track "
              + trackCode
              + " to reclaim the disbursed but unused funds after a second failed acceptance"
              + " (收回已拨付的未使用项目资金)");
    }
    return parsed;
  }
}
