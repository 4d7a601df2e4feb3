/**
 * Credit checks (信用核查): an organisation's record on Credit China (信用中国: 行政处罚, 经营异常, 严重失信) or, for
 * industry associations, on the social-organisation platform (dishonest list, failed annual
 * inspection, serious procurement violations). A check ends CLEAR, RECORDS_FOUND or UNAVAILABLE,
 * and UNAVAILABLE never counts as clear. Every result is kept with time and source.
 */
package cn.gov.guizhou.ipp.applicant.credit;
