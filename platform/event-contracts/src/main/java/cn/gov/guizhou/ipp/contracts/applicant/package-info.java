/**
 * Events published by applicant-service: organisations, their credit checks and applications, and
 * the status reports other services make on applications.
 */
package cn.gov.guizhou.ipp.contracts.applicant;
