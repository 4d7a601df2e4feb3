/**
 * Credit checks before an award (信用核查): a fresh check of every unit of an application, asked of
 * applicant-service on the registry its track names. Only CLEAR lets an award through; anything
 * else refuses the decision with the platform's credit problem.
 */
package cn.gov.guizhou.ipp.review.credit;
