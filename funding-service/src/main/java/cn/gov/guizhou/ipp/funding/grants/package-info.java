/**
 * Grants: an award from review becomes a grant with a schedule of tranches built from its track's
 * funding rule and committed against the track's budget in the ledger; evaluations release or lapse
 * the tranches that wait for them.
 */
package cn.gov.guizhou.ipp.funding.grants;
