/**
 * Warning notices (预警告知书) issued automatically when a project lags 10 points or more, the
 * rectification plans (整改方案) units file and firms accept or return, notices closing or becoming
 * overdue, and risk-disposal recommendations to the bureau for serious cases.
 */
package cn.gov.guizhou.ipp.monitoring.warnings;
