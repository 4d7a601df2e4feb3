/**
 * Organisations (申报单位): registration with a valid unified social credit code, membership — who may
 * act for which organisation — and the profile: contacts, industry tags and the profile facts
 * eligibility reads, each with documents as evidence. Publishes {@code organisation.registered.v1}
 * and {@code organisation.updated.v1}.
 */
package cn.gov.guizhou.ipp.applicant.organisation;
