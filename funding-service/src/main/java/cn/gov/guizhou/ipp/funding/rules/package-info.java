/**
 * The pure money rules of a grant: the tranche schedule built from a track's funding rule, what an
 * evaluation releases, the double-entry ledger's accounts, postings, transactions and invariants,
 * and the clawback amount. No Spring, JDBC or HTTP: plain values and functions, unit-tested with
 * the guide's numbers.
 */
package cn.gov.guizhou.ipp.funding.rules;
