/**
 * Organisations (申报单位): registration with a valid unified social credit code, and membership — who
 * may act for which organisation. Publishes {@code organisation.registered.v1}.
 */
package cn.gov.guizhou.ipp.applicant.organisation;
