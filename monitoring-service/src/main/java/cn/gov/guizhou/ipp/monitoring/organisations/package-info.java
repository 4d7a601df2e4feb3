/** Whether a caller is a member of a funded unit, as applicant-service answers it. */
package cn.gov.guizhou.ipp.monitoring.organisations;
