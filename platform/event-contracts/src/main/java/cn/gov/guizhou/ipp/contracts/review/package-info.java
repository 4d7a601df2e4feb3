/**
 * Events published by review-service: the bureau's award decisions and the evaluations and
 * acceptance of funded projects.
 */
package cn.gov.guizhou.ipp.contracts.review;
