/**
 * Recovery orders (追回): raised when an acceptance fails finally for the funds paid but not spent
 * eligibly, tracked until repaid or offset against other payments to the same organisation.
 */
package cn.gov.guizhou.ipp.funding.recoveries;
