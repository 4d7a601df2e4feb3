/**
 * The calls as applicant-service knows them: their state, application window and the rules of each
 * version, asked of program-service and replicated from its catalogue events, so drafts and
 * submissions keep working — and are always judged — when program-service cannot be reached.
 */
package cn.gov.guizhou.ipp.applicant.call;
