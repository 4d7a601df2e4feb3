/**
 * Applications: drafted by a lead unit for one track of an open call, joined by participants who
 * confirm, carrying their materials, submitted once — judged at the call's rule version — and then
 * followed through the steps other services report, so the applicant sees the whole story.
 */
package cn.gov.guizhou.ipp.applicant.application;
