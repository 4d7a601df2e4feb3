/** How the answers applicant-service could not give are reported to callers. */
package cn.gov.guizhou.ipp.funding.organisations.web;
