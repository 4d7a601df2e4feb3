/**
 * The organisations review-service knows, learnt from applicant-service's {@code
 * organisation.registered.v1} and {@code organisation.updated.v1} events. Conflict-of-interest
 * checks compare an expert's organisation with the lead and participants of an application by their
 * unified social credit codes; a prefecture-level application is ranked as its lead authority's
 * region.
 */
package cn.gov.guizhou.ipp.review.organisations;
