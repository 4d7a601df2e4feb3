package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * One line of a ledger transaction: an account debited or credited. Exactly one of the two amounts
 * is positive, the other zero; both are CNY with two decimals.
 *
 * @param account the account
 * @param debit the amount debited, or zero
 * @param credit the amount credited, or zero
 */
public record Posting(Account account, BigDecimal debit, BigDecimal credit) {

  public Posting {
    if (account == null) {
      throw new IllegalArgumentException("account: is required");
    }
    debit = FundingRule.money(debit, "debit");
    credit = FundingRule.money(credit, "credit");
    if (debit.signum() == 0 && credit.signum() == 0) {
      throw new IllegalArgumentException("debit: one of debit and credit must be positive");
    }
    if (debit.signum() > 0 && credit.signum() > 0) {
      throw new IllegalArgumentException("credit: must be zero when debit is positive");
    }
  }

  /** Debits an account. */
  public static Posting debit(Account account, BigDecimal amount) {
    return new Posting(
        account, FundingRule.positiveMoney(amount, "amount"), BigDecimal.ZERO.setScale(2));
  }

  /** Credits an account. */
  public static Posting credit(Account account, BigDecimal amount) {
    return new Posting(
        account, BigDecimal.ZERO.setScale(2), FundingRule.positiveMoney(amount, "amount"));
  }

  /** The posting's effect on its account's balance, read on the account's normal side. */
  public BigDecimal effect() {
    BigDecimal debitMinusCredit = debit.subtract(credit);
    return account.kind().creditNormal() ? debitMinusCredit.negate() : debitMinusCredit;
  }
}
