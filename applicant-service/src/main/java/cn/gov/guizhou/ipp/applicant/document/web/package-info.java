/** HTTP adapter of the document store: multipart uploads, metadata and downloads. */
package cn.gov.guizhou.ipp.applicant.document.web;
