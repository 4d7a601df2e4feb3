/** Kafka consumers of the steps other services report on applications. */
package cn.gov.guizhou.ipp.applicant.application.messaging;
