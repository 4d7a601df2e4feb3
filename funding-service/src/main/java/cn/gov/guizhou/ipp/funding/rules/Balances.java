package cn.gov.guizhou.ipp.funding.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Account balances computed from ledger transactions, and the ledger's invariants checked on them.
 *
 * <p>A balance is read on the account's normal side (see {@link AccountKind}). The invariants hold
 * at all times, so they are checked after every transaction, in the order given (the order they
 * were written):
 *
 * <ul>
 *   <li>no track commits beyond its allocation ({@code TRACK_BUDGET} never negative);
 *   <li>no grant is paid, or released, beyond its commitment ({@code GRANT} never negative);
 *   <li>no recovery is ordered beyond what was paid ({@code DISBURSED} never negative);
 *   <li>nothing is recovered beyond what was ordered ({@code RECOVERIES_DUE} never negative);
 *   <li>{@code APPROPRIATION} and {@code RECOVERED} never negative.
 * </ul>
 *
 * Debits equal credits in each transaction by construction of {@link LedgerTransaction}.
 */
public final class Balances {

  private Balances() {}

  /**
   * Every account's balance.
   *
   * @param transactions the ledger, in the order written
   * @return each account touched, in the order first touched, with its balance (two decimals)
   * @throws IllegalArgumentException naming {@code transactions} if it or an element is missing
   */
  public static Map<Account, BigDecimal> of(List<LedgerTransaction> transactions) {
    Map<Account, BigDecimal> balances = new LinkedHashMap<>();
    for (LedgerTransaction transaction : checked(transactions)) {
      apply(balances, transaction);
    }
    return Collections.unmodifiableMap(balances);
  }

  /**
   * One account's balance: zero if no transaction touched it.
   *
   * @param transactions the ledger
   * @param account the account
   */
  public static BigDecimal balance(List<LedgerTransaction> transactions, Account account) {
    if (account == null) {
      throw new IllegalArgumentException("account: is required");
    }
    return of(transactions).getOrDefault(account, BigDecimal.ZERO.setScale(2));
  }

  /**
   * The breaches of the ledger's invariants: for each transaction, every account it takes below
   * zero, as {@code "<kind> <key>: <what is wrong> after <transaction kind> <reference>"}.
   *
   * @param transactions the ledger, in the order written
   * @return no element when every invariant holds
   */
  public static List<String> violations(List<LedgerTransaction> transactions) {
    Map<Account, BigDecimal> balances = new LinkedHashMap<>();
    List<String> violations = new ArrayList<>();
    for (LedgerTransaction transaction : checked(transactions)) {
      apply(balances, transaction);
      Set<Account> touched = new LinkedHashSet<>();
      transaction.postings().forEach(p -> touched.add(p.account()));
      for (Account account : touched) {
        BigDecimal balance = balances.get(account);
        if (balance.signum() < 0) {
          violations.add(
              account
                  + ": "
                  + breach(account.kind())
                  + " by "
                  + balance.negate().toPlainString()
                  + " after "
                  + transaction.kind()
                  + " "
                  + transaction.reference());
        }
      }
    }
    return List.copyOf(violations);
  }

  private static String breach(AccountKind kind) {
    return switch (kind) {
      case TRACK_BUDGET -> "committed beyond its allocation";
      case GRANT -> "paid or released beyond its commitment";
      case DISBURSED -> "recovery ordered beyond what was paid";
      case RECOVERIES_DUE -> "recovered beyond what was ordered";
      case APPROPRIATION, RECOVERED -> "negative";
    };
  }

  private static void apply(Map<Account, BigDecimal> balances, LedgerTransaction transaction) {
    for (Posting posting : transaction.postings()) {
      balances.merge(
          posting.account(), posting.effect(), (before, effect) -> before.add(effect).setScale(2));
    }
  }

  private static List<LedgerTransaction> checked(List<LedgerTransaction> transactions) {
    if (transactions == null) {
      throw new IllegalArgumentException("transactions: is required");
    }
    for (int i = 0; i < transactions.size(); i++) {
      if (transactions.get(i) == null) {
        throw new IllegalArgumentException("transactions[" + i + "]: is required");
      }
    }
    return transactions;
  }
}
