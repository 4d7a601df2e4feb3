/** Fund-use flags, decisions, reports and final accounts over HTTP. */
package cn.gov.guizhou.ipp.monitoring.funduse.web;
