/**
 * Eligibility: a track's criteria judged against an applicant's declared profile — pass, fail, or
 * to be confirmed at the formal check — with the reason for each. A fact the applicant did not
 * declare, or a credit check that could not run, is never a pass.
 */
package cn.gov.guizhou.ipp.program.eligibility;
