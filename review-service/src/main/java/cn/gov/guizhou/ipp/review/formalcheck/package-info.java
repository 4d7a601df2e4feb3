/**
 * 形式审查: each submitted application's formal check — the eligibility criteria only an officer can
 * confirm, and its materials — marked pass or fail with a note; all pass makes it eligible for
 * review, any fail rejects it with the reasons, which the applicant sees.
 */
package cn.gov.guizhou.ipp.review.formalcheck;
