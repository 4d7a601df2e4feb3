/** The risk picture for the bureau and the firms. */
package cn.gov.guizhou.ipp.monitoring.risk.web;
