package cn.gov.guizhou.ipp.kit.web;

/**
 * One offending field of a rejected request.
 *
 * @param field the field's path in the request body or the parameter's name
 * @param message what is wrong with it
 */
public record FieldViolation(String field, String message) {}
