/** Ex-ante budget reviews over HTTP. */
package cn.gov.guizhou.ipp.monitoring.budgetreview.web;
