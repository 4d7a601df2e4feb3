/** The finance officers' payment API. */
package cn.gov.guizhou.ipp.funding.payments.web;
