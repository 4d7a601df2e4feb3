/** Kafka consumers of applicant-service's application events. */
package cn.gov.guizhou.ipp.review.applications.messaging;
