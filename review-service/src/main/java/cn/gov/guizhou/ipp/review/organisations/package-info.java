/**
 * The organisations review-service knows, learnt from applicant-service's {@code
 * organisation.registered.v1} events. Conflict-of-interest checks compare an expert's organisation
 * with the lead and participants of an application by their unified social credit codes.
 */
package cn.gov.guizhou.ipp.review.organisations;
