/** Events published by review-service: the bureau's award decisions. */
package cn.gov.guizhou.ipp.contracts.review;
