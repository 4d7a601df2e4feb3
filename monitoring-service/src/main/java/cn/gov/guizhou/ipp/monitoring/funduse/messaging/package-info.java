/** funding-service's payments and expenditure, consumed from Kafka. */
package cn.gov.guizhou.ipp.monitoring.funduse.messaging;
