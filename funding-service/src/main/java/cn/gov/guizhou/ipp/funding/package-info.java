/**
 * funding-service: moves public money — budgets, grants and tranches, disbursements, the
 * post-subsidies and the securitisation subsidy, and the ledger that shows where every yuan went.
 */
package cn.gov.guizhou.ipp.funding;
