/** A fresh credit check, asked of applicant-service before each payment. */
package cn.gov.guizhou.ipp.funding.organisations;
