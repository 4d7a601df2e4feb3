package cn.gov.guizhou.ipp.applicant.application;

/** The expenditure categories of a project budget of provincial funds. */
public enum BudgetCategory {
  /** 设备费 */
  EQUIPMENT,
  /** 材料费 */
  MATERIALS,
  /** 测试化验加工费 */
  TESTING_AND_PROCESSING,
  /** 差旅费、会议费 */
  TRAVEL_AND_MEETINGS,
  /** 国际合作与交流费 */
  INTERNATIONAL_COOPERATION,
  /** 出版/文献/信息传播/知识产权事务费 */
  PUBLICATION_AND_IP,
  /** 劳务费 */
  LABOUR,
  /** 专家咨询费 */
  EXPERT_CONSULTING,
  /** 委托业务费 */
  OUTSOURCED_SERVICES,
  /** 其他支出 */
  OTHER;

  static boolean known(String category) {
    for (BudgetCategory c : values()) {
      if (c.name().equals(category)) {
        return true;
      }
    }
    return false;
  }
}
