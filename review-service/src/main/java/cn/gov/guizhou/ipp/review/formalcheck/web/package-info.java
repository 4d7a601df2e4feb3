/** HTTP API of formal checks. */
package cn.gov.guizhou.ipp.review.formalcheck.web;
