/** Kafka consumers of program-service's call events. */
package cn.gov.guizhou.ipp.funding.budgets.messaging;
