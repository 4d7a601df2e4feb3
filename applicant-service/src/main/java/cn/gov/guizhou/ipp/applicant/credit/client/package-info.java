/** OpenFeign clients of the credit registries, each with a configurable base URL. */
package cn.gov.guizhou.ipp.applicant.credit.client;
