/**
 * program-service: the single source of truth of what can be applied for — the bureau's calls,
 * their programmes and tracks, and the rules of each.
 */
package cn.gov.guizhou.ipp.program;
