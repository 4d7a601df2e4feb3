/**
 * The risk-control firm's ex-ante budget review of each project
 * (事前建议：对项目预算编制和经费使用合规性、合理性进行审核，并提出预算优化建议): the firm records its outcome — approved, or adjustments
 * suggested with each suggestion — against the project, for the bureau and the funded unit to read.
 */
package cn.gov.guizhou.ipp.monitoring.budgetreview;
