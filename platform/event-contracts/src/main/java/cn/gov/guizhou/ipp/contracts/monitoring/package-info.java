/** Events published by monitoring-service: the risk picture of the funded projects. */
package cn.gov.guizhou.ipp.contracts.monitoring;
