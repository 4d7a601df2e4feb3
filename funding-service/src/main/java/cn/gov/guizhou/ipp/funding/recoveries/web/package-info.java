/** Recovery orders and their repayments, for the bureau's staff. */
package cn.gov.guizhou.ipp.funding.recoveries.web;
