/** The indicator system, project evaluations and the evaluation report over HTTP (JSON and CSV). */
package cn.gov.guizhou.ipp.monitoring.evaluation.web;
