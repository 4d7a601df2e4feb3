package cn.gov.guizhou.ipp.funding.rules;

/**
 * The kinds of account in the funding ledger. Money flows, in this order, through:
 *
 * <pre>
 * APPROPRIATION ─allocation→ TRACK_BUDGET ─commitment→ GRANT ─disbursement→ DISBURSED
 *                                  ↑←────── release ─────┘                      │
 *                                          RECOVERED ←recovery─ RECOVERIES_DUE ←recovery order
 * </pre>
 *
 * Each movement debits the account the money moves into and credits the one it leaves. Every
 * account except {@link #APPROPRIATION} is debit-normal (its balance is debits − credits);
 * APPROPRIATION is the source and credit-normal (credits − debits). No account's balance, read on
 * its normal side, may ever be negative.
 */
public enum AccountKind {
  /**
   * The call's appropriation, keyed by the call year ({@code 2027}); credit-normal: what has been
   * allocated to the call's tracks.
   */
  APPROPRIATION(true),
  /**
   * A track's budget in a call, keyed {@code <year>/<track>} ({@code 2027/HVP}): allocated and not
   * committed to any grant, i.e. what the track may still commit. Negative would mean the track
   * committed beyond its allocation.
   */
  TRACK_BUDGET(false),
  /**
   * A grant's account, keyed by grant id: committed to the grant and neither paid nor released.
   * Negative would mean the grant was paid (or released) beyond its commitment.
   */
  GRANT(false),
  /**
   * Paid to a grant's unit and not ordered back, keyed by grant id. Negative would mean a recovery
   * was ordered beyond what was paid.
   */
  DISBURSED(false),
  /**
   * Ordered back from a grant's unit and not yet repaid, keyed by grant id. Negative would mean
   * more was recovered than ordered.
   */
  RECOVERIES_DUE(false),
  /** Repaid by a grant's unit, keyed by grant id. */
  RECOVERED(false);

  private final boolean creditNormal;

  AccountKind(boolean creditNormal) {
    this.creditNormal = creditNormal;
  }

  /** Whether the balance is read as credits − debits (otherwise debits − credits). */
  public boolean creditNormal() {
    return creditNormal;
  }
}
