/**
 * Monitored projects and the risk-control firm contracted to monitor each. A firm's API client
 * (identified by the token's {@code azp}) sees and records only the projects assigned to it.
 */
package cn.gov.guizhou.ipp.monitoring.projects;
