package cn.gov.guizhou.ipp.funding.securitisation;

/**
 * Why a securitisation claim will not be paid (若申报后，单一企业不再满足“（数据）知识产权证券化融资企业”条件的，则该企业补贴不予发放): the
 * refused claim's reservation is released at once and the year's queue served again.
 */
public enum RefusalGround {
  /** A default of the enterprise within the product was recorded (违约). */
  DEFAULT(
      "产品存续期间发生违约，补贴不予发放",
      "a default was recorded while the product existed: the subsidy is not paid"),
  /** An overdue repayment or interest payment was recorded (逾期还款、欠息). */
  OVERDUE(
      "产品存续期间发生逾期还款或欠息，补贴不予发放",
      "an overdue repayment or interest payment was recorded: the subsidy is not paid"),
  /** The enterprise's credit check found records (行政处罚、经营异常、严重失信). */
  CREDIT_RECORD(
      "企业信用核查发现失信记录，补贴不予发放",
      "the enterprise's credit check found records: the subsidy is not paid"),
  /**
   * The bureau withdrew the enterprise's qualification as a securitisation financing enterprise.
   */
  QUALIFICATION_WITHDRAWN(
      "企业不再满足（数据）知识产权证券化融资企业条件，补贴不予发放",
      "the enterprise no longer qualifies as a securitisation financing enterprise: the subsidy is"
          + " not paid"),
  /** The enterprise is not registered in Guizhou (贵州省内注册企业). */
  NOT_REGISTERED_IN_GUIZHOU(
      "企业非贵州省内注册企业，补贴不予发放", "the enterprise is not registered in Guizhou: the subsidy is not paid");

  private final String zh;
  private final String en;

  RefusalGround(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** What the enterprise is told, in Chinese. */
  public String zh() {
    return zh;
  }

  /** What the enterprise is told, in English. */
  public String en() {
    return en;
  }
}
