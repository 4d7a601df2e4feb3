/**
 * Fund-use supervision (资金使用监管): the tranches paid and the expenditure recorded, the flags the
 * fund-use rules raise and the firm confirms or dismisses, the semi-annual fund-use supervision
 * report and the ex-post review of a project's final accounts.
 */
package cn.gov.guizhou.ipp.monitoring.funduse;
