/** The reports over HTTP: JSON, CSV downloads, and the firms' own report files. */
package cn.gov.guizhou.ipp.monitoring.reports.web;
