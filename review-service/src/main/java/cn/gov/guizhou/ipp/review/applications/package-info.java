/**
 * The register of submitted applications, kept from applicant-service's events: each with its
 * track, rule version, lead, participants, plan, budget and the criteria the formal check must
 * confirm. The formal check, expert assignment and scoring work from it.
 */
package cn.gov.guizhou.ipp.review.applications;
