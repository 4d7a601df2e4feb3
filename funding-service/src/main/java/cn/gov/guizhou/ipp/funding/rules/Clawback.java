package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * What a grant must give back when its acceptance fails finally (a second failure): the disbursed
 * but unused funds, i.e. what was paid less the eligible spending, never below zero.
 */
public final class Clawback {

  private Clawback() {}

  /**
   * The recovery amount: {@code max(0, paid − eligibleSpending)}.
   *
   * @param paid what the grant was paid, CNY
   * @param eligibleSpending what it spent eligibly against its approved budget, CNY
   * @return CNY, two decimals
   * @throws IllegalArgumentException naming the field, for a missing or negative amount or one with
   *     more than two decimals
   */
  public static BigDecimal recoveryAmount(BigDecimal paid, BigDecimal eligibleSpending) {
    BigDecimal paidMoney = FundingRule.money(paid, "paid");
    BigDecimal spent = FundingRule.money(eligibleSpending, "eligibleSpending");
    return paidMoney.subtract(spent).max(BigDecimal.ZERO.setScale(2));
  }
}
