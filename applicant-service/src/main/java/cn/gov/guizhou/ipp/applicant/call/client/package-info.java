/** The OpenFeign contract of program-service's public catalogue, as applicant-service reads it. */
package cn.gov.guizhou.ipp.applicant.call.client;
