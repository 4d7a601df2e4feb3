package cn.gov.guizhou.ipp.program.catalogue;

/** The six kinds of funding rule the guide uses. */
public enum FundingRuleKind {
  /** A fixed amount per project (e.g. 高价值专利培育 CNY 500,000). */
  FIXED_AMOUNT,
  /** Amounts by rank (市州级能力提升: #1 CNY 2,000,000 … #7–#10 CNY 200,000). */
  RANK_TIERS,
  /** Year 1 funded, year 2 only after a met evaluation (地理标志品牌培育). */
  ROLLING_WITH_EVALUATION,
  /** Post-subsidy in stages after evaluations (数据知识产权领军企业). */
  STAGED_POST_SUBSIDY,
  /** A percentage with an annual cap, first come first served (数据知识产权证券化). */
  PERCENTAGE_WITH_ANNUAL_CAP,
  /** Funded only if a threshold is met (服务机构品牌培育: 2026 revenue ≥ CNY 10,000,000). */
  CONDITIONAL_ON_THRESHOLD
}
