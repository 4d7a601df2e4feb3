/** Events published by applicant-service: organisations and, later, applications. */
package cn.gov.guizhou.ipp.contracts.applicant;
