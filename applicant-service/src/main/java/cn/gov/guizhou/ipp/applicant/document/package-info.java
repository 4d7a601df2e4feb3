/**
 * Documents (材料): uploads of PDF, images and Office documents, at most 20 MB each, whose type is
 * told from their content (never from the file name or the declared type), kept durably with their
 * SHA-256 in the database. Used as evidence of profile facts and as application materials; each
 * document belongs to one organisation, and only its members and bureau staff may read it.
 */
package cn.gov.guizhou.ipp.applicant.document;
