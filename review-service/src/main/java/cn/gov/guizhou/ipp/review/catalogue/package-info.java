/**
 * The calls' tracks as program-service published them, version by version: their rules, funding
 * rules and budgets, which the formal check, amounts and the award cut-off read.
 */
package cn.gov.guizhou.ipp.review.catalogue;
