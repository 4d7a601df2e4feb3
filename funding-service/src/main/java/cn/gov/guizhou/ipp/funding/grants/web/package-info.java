/** HTTP API of grants and the ledger. */
package cn.gov.guizhou.ipp.funding.grants.web;
