/** Kafka consumers of review-service's award and evaluation events. */
package cn.gov.guizhou.ipp.funding.grants.messaging;
