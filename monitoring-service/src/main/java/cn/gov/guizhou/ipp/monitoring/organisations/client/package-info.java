/** The Feign client of applicant-service. */
package cn.gov.guizhou.ipp.monitoring.organisations.client;
