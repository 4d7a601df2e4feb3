/**
 * Payments of due tranches: once per tranche, only after a fresh clear credit check, never while
 * the grant is on hold, each a disbursement in the ledger and an event.
 */
package cn.gov.guizhou.ipp.funding.payments;
