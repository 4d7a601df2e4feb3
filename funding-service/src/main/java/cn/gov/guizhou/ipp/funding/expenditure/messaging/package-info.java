/** Keeps the approved budgets of submitted applications from applicant-service's events. */
package cn.gov.guizhou.ipp.funding.expenditure.messaging;
