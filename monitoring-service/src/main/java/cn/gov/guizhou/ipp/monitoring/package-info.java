/**
 * monitoring-service: the third-party risk-control firm's work on every funded project — the
 * progress ledger, quarterly tracking, warnings, rectification, fund-use supervision and
 * red/yellow/green alerts.
 */
package cn.gov.guizhou.ipp.monitoring;
