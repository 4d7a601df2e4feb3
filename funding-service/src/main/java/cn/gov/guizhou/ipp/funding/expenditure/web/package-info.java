/** Funded units record expenditure; units and bureau staff read grant statements. */
package cn.gov.guizhou.ipp.funding.expenditure.web;
