package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * One balanced movement of money in the funding ledger: at least two postings whose debits equal
 * their credits. Written once and never changed; a correction is a new transaction.
 *
 * <p>The chart of accounts (see {@link AccountKind}) and what each movement posts:
 *
 * <table>
 *   <caption>Movements</caption>
 *   <tr><th>kind</th><th>debit</th><th>credit</th><th>reference</th></tr>
 *   <tr><td>ALLOCATION</td><td>TRACK_BUDGET year/track</td><td>APPROPRIATION year</td>
 *       <td>the track key</td></tr>
 *   <tr><td>COMMITMENT</td><td>GRANT grant</td><td>TRACK_BUDGET year/track</td>
 *       <td>the grant id</td></tr>
 *   <tr><td>DISBURSEMENT</td><td>DISBURSED grant</td><td>GRANT grant</td>
 *       <td>the payment reference</td></tr>
 *   <tr><td>RELEASE</td><td>TRACK_BUDGET year/track</td><td>GRANT grant</td>
 *       <td>the grant id</td></tr>
 *   <tr><td>RECOVERY_ORDER</td><td>RECOVERIES_DUE grant</td><td>DISBURSED grant</td>
 *       <td>the grant id</td></tr>
 *   <tr><td>RECOVERY</td><td>RECOVERED grant</td><td>RECOVERIES_DUE grant</td>
 *       <td>the repayment reference, or the grant id</td></tr>
 * </table>
 *
 * An offset of a recovery against another due tranche of the same organisation is a disbursement of
 * that tranche followed by a recovery of the same amount, both with the offset's reference.
 *
 * @param kind ALLOCATION, COMMITMENT, DISBURSEMENT, RECOVERY_ORDER, RECOVERY or RELEASE
 * @param reference what the movement refers to (track key, grant id, payment reference)
 * @param postings its postings, at least two, debits equal to credits
 */
public record LedgerTransaction(String kind, String reference, List<Posting> postings) {

  /** A track's budget is allocated from the call's appropriation. */
  public static final String ALLOCATION = "ALLOCATION";

  /** A grant's award is committed from its track's budget. */
  public static final String COMMITMENT = "COMMITMENT";

  /** A tranche of a grant is paid. */
  public static final String DISBURSEMENT = "DISBURSEMENT";

  /** Paid but unused funds are ordered back. */
  public static final String RECOVERY_ORDER = "RECOVERY_ORDER";

  /** Ordered-back funds are repaid. */
  public static final String RECOVERY = "RECOVERY";

  /** An unused commitment returns to its track's budget. */
  public static final String RELEASE = "RELEASE";

  /** Every kind of transaction. */
  public static final List<String> KINDS =
      List.of(ALLOCATION, COMMITMENT, DISBURSEMENT, RECOVERY_ORDER, RECOVERY, RELEASE);

  public LedgerTransaction {
    if (kind == null || !KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind: must be one of " + KINDS + ", was " + kind);
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("reference: is required");
    }
    if (postings == null) {
      throw new IllegalArgumentException("postings: are required");
    }
    for (int i = 0; i < postings.size(); i++) {
      if (postings.get(i) == null) {
        throw new IllegalArgumentException("postings[" + i + "]: is required");
      }
    }
    postings = List.copyOf(postings);
    if (postings.size() < 2) {
      throw new IllegalArgumentException("postings: at least two are required");
    }
    BigDecimal debits = sum(postings, true);
    BigDecimal credits = sum(postings, false);
    if (debits.compareTo(credits) != 0) {
      throw new IllegalArgumentException(
          "postings: debits "
              + debits.toPlainString()
              + " do not equal credits "
              + credits.toPlainString());
    }
  }

  /** The amount the transaction moves: its total debits (equal to its total credits). */
  public BigDecimal total() {
    return sum(postings, true);
  }

  /**
   * Allocates a track's budget from its call's appropriation.
   *
   * @param trackKey {@code <year>/<track>}, e.g. {@code 2027/HVP}
   * @param amount CNY, positive
   */
  public static LedgerTransaction allocation(String trackKey, BigDecimal amount) {
    Account track = track(trackKey);
    BigDecimal money = amount(amount);
    return new LedgerTransaction(
        ALLOCATION,
        trackKey,
        List.of(
            Posting.debit(track, money),
            Posting.credit(Account.appropriation(trackKey.substring(0, 4)), money)));
  }

  /**
   * Commits a grant's award from its track's budget.
   *
   * @param trackKey the grant's track, {@code <year>/<track>}
   * @param grantId the grant
   * @param amount what the grant can ever be paid, CNY, positive
   */
  public static LedgerTransaction commitment(String trackKey, String grantId, BigDecimal amount) {
    Account track = track(trackKey);
    Account grant = grant(AccountKind.GRANT, grantId);
    BigDecimal money = amount(amount);
    return new LedgerTransaction(
        COMMITMENT, grantId, List.of(Posting.debit(grant, money), Posting.credit(track, money)));
  }

  /**
   * Pays a tranche of a grant.
   *
   * @param grantId the grant
   * @param amount CNY, positive
   * @param reference the payment's reference
   */
  public static LedgerTransaction disbursement(
      String grantId, BigDecimal amount, String reference) {
    BigDecimal money = amount(amount);
    return new LedgerTransaction(
        DISBURSEMENT,
        reference,
        List.of(
            Posting.debit(grant(AccountKind.DISBURSED, grantId), money),
            Posting.credit(grant(AccountKind.GRANT, grantId), money)));
  }

  /**
   * Returns an unused commitment of a grant (a lapsed tranche, an unselected stage, the unpaid
   * rest) to its track's budget.
   *
   * @param trackKey the grant's track, {@code <year>/<track>}
   * @param grantId the grant
   * @param amount CNY, positive
   */
  public static LedgerTransaction release(String trackKey, String grantId, BigDecimal amount) {
    Account track = track(trackKey);
    Account grant = grant(AccountKind.GRANT, grantId);
    BigDecimal money = amount(amount);
    return new LedgerTransaction(
        RELEASE, grantId, List.of(Posting.debit(track, money), Posting.credit(grant, money)));
  }

  /**
   * Orders paid but unused funds of a grant back.
   *
   * @param grantId the grant
   * @param amount CNY, positive
   */
  public static LedgerTransaction recoveryOrder(String grantId, BigDecimal amount) {
    BigDecimal money = amount(amount);
    return new LedgerTransaction(
        RECOVERY_ORDER,
        grantId,
        List.of(
            Posting.debit(grant(AccountKind.RECOVERIES_DUE, grantId), money),
            Posting.credit(grant(AccountKind.DISBURSED, grantId), money)));
  }

  /**
   * Records a repayment of ordered-back funds, referenced by the grant id.
   *
   * @param grantId the grant
   * @param amount CNY, positive
   */
  public static LedgerTransaction recovery(String grantId, BigDecimal amount) {
    return recovery(grantId, amount, grantId);
  }

  /**
   * Records a repayment of ordered-back funds.
   *
   * @param grantId the grant
   * @param amount CNY, positive
   * @param reference the repayment's reference
   */
  public static LedgerTransaction recovery(String grantId, BigDecimal amount, String reference) {
    BigDecimal money = amount(amount);
    return new LedgerTransaction(
        RECOVERY,
        reference,
        List.of(
            Posting.debit(grant(AccountKind.RECOVERED, grantId), money),
            Posting.credit(grant(AccountKind.RECOVERIES_DUE, grantId), money)));
  }

  private static Account track(String trackKey) {
    if (trackKey == null || !Account.TRACK_KEY.matcher(trackKey).matches()) {
      throw new IllegalArgumentException(
          "trackKey: must be <year>/<track code>, e.g. 2027/HVP, was " + trackKey);
    }
    return Account.trackBudget(trackKey);
  }

  private static Account grant(AccountKind kind, String grantId) {
    if (grantId == null || grantId.isBlank() || !grantId.equals(grantId.strip())) {
      throw new IllegalArgumentException("grantId: is required, without surrounding spaces");
    }
    return Account.ofGrant(kind, grantId);
  }

  private static BigDecimal amount(BigDecimal amount) {
    return FundingRule.positiveMoney(amount, "amount");
  }

  private static BigDecimal sum(List<Posting> postings, boolean debits) {
    return postings.stream()
        .map(debits ? Posting::debit : Posting::credit)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
