/**
 * The progress ledger (进度台账): for each project and review date, planned and actual weighted
 * completion and the lag between them, judged against the guide's thresholds.
 */
package cn.gov.guizhou.ipp.monitoring.ledger;
