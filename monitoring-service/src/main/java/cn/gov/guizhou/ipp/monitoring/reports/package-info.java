/**
 * Monitoring reports, reproducible for a given period and available as JSON and as CSV files: the
 * quarterly task-execution report from the tracking round and the progress ledger, the six-monthly
 * risk assessment from the colour history, notices and disposal recommendations, and the reports
 * the risk-control firms upload themselves.
 */
package cn.gov.guizhou.ipp.monitoring.reports;
