/**
 * Grants: an award from review becomes a grant with a schedule of tranches built from its track's
 * funding rule and committed against the track's budget in the ledger, a review decision's awards
 * together and in rank order once all of them have arrived; evaluations release or lapse the
 * tranches that wait for them.
 */
package cn.gov.guizhou.ipp.funding.grants;
