/** Notices, rectification plans and disposal recommendations over HTTP. */
package cn.gov.guizhou.ipp.monitoring.warnings.web;
