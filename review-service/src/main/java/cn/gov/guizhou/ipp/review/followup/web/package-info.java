/** HTTP API of evaluations and acceptance. */
package cn.gov.guizhou.ipp.review.followup.web;
