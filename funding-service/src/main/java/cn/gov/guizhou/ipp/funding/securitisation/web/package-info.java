/** The securitisation subsidy's HTTP API: claims, their queue, and the calculator. */
package cn.gov.guizhou.ipp.funding.securitisation.web;
