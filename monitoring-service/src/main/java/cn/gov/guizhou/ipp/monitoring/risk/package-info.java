/**
 * Red/yellow/green: each project's colour recomputed whenever something it depends on changes, kept
 * with its reasons and history and published to funding-service and the dashboards.
 */
package cn.gov.guizhou.ipp.monitoring.risk;
