/** The OpenFeign client of applicant-service's credit checks. */
package cn.gov.guizhou.ipp.review.credit.client;
