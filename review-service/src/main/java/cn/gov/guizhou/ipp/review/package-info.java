/**
 * review-service: how the bureau decides who gets money — formal checks, the expert pool and
 * conflicts of interest, scoring, ranking, awards, evaluations and acceptance.
 */
package cn.gov.guizhou.ipp.review;
