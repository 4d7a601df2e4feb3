/** HTTP API of applications, participants, materials, submission and bars. */
package cn.gov.guizhou.ipp.applicant.application.web;
