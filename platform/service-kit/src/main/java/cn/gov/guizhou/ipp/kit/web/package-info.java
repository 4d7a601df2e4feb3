/**
 * HTTP conventions: RFC 9457 problem details with a stable type per kind of error, the offending
 * fields for validation errors, and titles in Chinese or English by {@code Accept-Language}.
 */
package cn.gov.guizhou.ipp.kit.web;
