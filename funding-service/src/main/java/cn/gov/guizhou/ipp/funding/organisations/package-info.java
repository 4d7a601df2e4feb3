/**
 * What funding-service asks applicant-service about an organisation: a fresh credit check before
 * each payment, and whether the caller is one of its members.
 */
package cn.gov.guizhou.ipp.funding.organisations;
