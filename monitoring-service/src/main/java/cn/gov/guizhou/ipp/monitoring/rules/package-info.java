/**
 * The monitoring rules as pure functions: weighted completion and lag, when a lag calls for a
 * warning or is serious, the red/yellow/green colour with its reasons, and the fund-use flags.
 */
package cn.gov.guizhou.ipp.monitoring.rules;
