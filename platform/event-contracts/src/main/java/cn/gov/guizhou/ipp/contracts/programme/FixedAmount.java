package cn.gov.guizhou.ipp.contracts.programme;

import java.math.BigDecimal;

/**
 * A fixed amount per funded project (e.g. 高价值专利培育 CNY 500,000; 企业类专利导航 CNY 100,000).
 *
 * @param amount the award
 */
public record FixedAmount(BigDecimal amount) implements FundingRule {

  public FixedAmount {
    amount = FundingRule.positiveMoney(amount, "amount");
  }

  /** The award of a funded project. */
  public BigDecimal award() {
    return amount;
  }

  @Override
  public BigDecimal maximumPerProject() {
    return amount;
  }
}
