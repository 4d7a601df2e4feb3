/** HTTP API of the register of submitted applications. */
package cn.gov.guizhou.ipp.review.applications.web;
