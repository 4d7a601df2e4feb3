/** Tracking rounds, unit reports and firm verifications over HTTP. */
package cn.gov.guizhou.ipp.monitoring.tracking.web;
