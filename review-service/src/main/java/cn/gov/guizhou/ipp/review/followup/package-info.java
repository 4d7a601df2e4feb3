/**
 * What follows an award: the yearly evaluations (GI-BRAND year 1 releases the year-2 funding;
 * DATA-IP-LEADER's year-1 evaluation admits the excellent to the provincial project library, its
 * year-2 and year-3 evaluations select the best for their subsidy) and the acceptance at the end of
 * every project — a second failure is final and bars the lead unit.
 */
package cn.gov.guizhou.ipp.review.followup;
