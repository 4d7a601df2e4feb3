/**
 * Performance evaluation (绩效评价): an indicator system per track (task completion, fund-use
 * efficiency, social impact; quantitative and qualitative criteria), each project scored on it for
 * a year with a grade and a recommendation, and the year's report overall and per programme
 * category.
 */
package cn.gov.guizhou.ipp.monitoring.evaluation;
