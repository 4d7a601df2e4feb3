/**
 * The data-IP securitisation subsidy (数据知识产权证券化资助, guide 2.2): 4% of the issuance amount, shared
 * pro rata by the enterprises of one product, at most CNY 2,000,000 a year across all claims, first
 * come first served.
 */
package cn.gov.guizhou.ipp.funding.securitisation;
