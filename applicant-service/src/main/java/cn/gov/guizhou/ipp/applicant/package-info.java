/**
 * applicant-service: the organisations that apply for the bureau's programmes, the users who act
 * for them, and (later) their credit checks and applications.
 */
package cn.gov.guizhou.ipp.applicant;
