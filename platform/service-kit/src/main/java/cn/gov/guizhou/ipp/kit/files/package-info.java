/**
 * Uploaded files told from their bytes alone: every service that accepts a document (applications'
 * materials, expenditure vouchers, securitisation claim materials, risk-control firms' reports)
 * types it here, never from the name or the type the client declared.
 */
package cn.gov.guizhou.ipp.kit.files;
