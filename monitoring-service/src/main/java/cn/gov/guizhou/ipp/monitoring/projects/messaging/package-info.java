/** The events that start, feed and end the monitoring of funded projects. */
package cn.gov.guizhou.ipp.monitoring.projects.messaging;
