/**
 * Ranking and awards: per track, the scored applications ranked by final score and proposed for
 * award in rank order until the track's budget is used; an officer decides, any departure from the
 * proposal with a written justification; every outcome is announced.
 */
package cn.gov.guizhou.ipp.review.awards;
