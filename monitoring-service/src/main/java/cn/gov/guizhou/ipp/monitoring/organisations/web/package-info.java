/** How funding-service answers when applicant-service cannot. */
package cn.gov.guizhou.ipp.monitoring.organisations.web;
