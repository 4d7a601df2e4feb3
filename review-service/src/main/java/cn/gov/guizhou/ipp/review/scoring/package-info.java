/**
 * The pure rules of expert review: a track's score sheet and an expert's scores on it, an
 * application's final score from its experts' totals, the ranking with its tie-break rule, the
 * proposal of awards in rank order within a track's budget, and the ranking of the ten prefecture
 * units of 市州级能力提升 on the guide's nine criteria. No persistence, no transport: the application
 * services and adapters of review-service call these rules.
 */
package cn.gov.guizhou.ipp.review.scoring;
