package cn.gov.guizhou.ipp.applicant.organisation;

/** The kinds of applicant unit the guide names. */
public enum OrganisationType {
  /** 企业 */
  ENTERPRISE,
  /** 高校院所 */
  UNIVERSITY_OR_RESEARCH_INSTITUTE,
  /** 行业协会/社团 */
  INDUSTRY_ASSOCIATION,
  /** 知识产权服务机构 */
  IP_SERVICE_AGENCY,
  /** 会计师事务所/咨询机构 */
  ACCOUNTING_OR_CONSULTING_FIRM,
  /** 市州/县级知识产权主管部门 */
  IP_AUTHORITY,
  /** 国家知识产权服务业集聚发展示范区管理机构 */
  DEMO_ZONE_AUTHORITY
}
