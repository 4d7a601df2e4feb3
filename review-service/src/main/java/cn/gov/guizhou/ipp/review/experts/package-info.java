/**
 * The expert pool, conflicts of interest, the recorded random draw of experts for each application,
 * and the experts' score sheets. A conflicted expert is never drawn and cannot read the
 * application; applicants never learn who their experts are.
 */
package cn.gov.guizhou.ipp.review.experts;
