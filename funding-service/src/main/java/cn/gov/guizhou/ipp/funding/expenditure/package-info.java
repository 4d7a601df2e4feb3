/**
 * What funded units spend of their grants, against the budget categories their applications set
 * out, with vouchers; the grant statement; the eligible spending a clawback leaves them.
 */
package cn.gov.guizhou.ipp.funding.expenditure;
