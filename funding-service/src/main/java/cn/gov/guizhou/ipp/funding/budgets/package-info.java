/**
 * The tracks' funding rules and budgets in each call, as program-service published them; every
 * budget set or changed is allocated in the ledger.
 */
package cn.gov.guizhou.ipp.funding.budgets;
