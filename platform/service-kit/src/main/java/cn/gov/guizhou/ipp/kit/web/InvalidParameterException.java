package cn.gov.guizhou.ipp.kit.web;

import java.util.List;

/**
 * A query parameter whose value is unusable (a page number of 0, a page size past the maximum, a
 * word where a number belongs): answered with 400 like any malformed request, naming the parameter
 * in {@code errors}.
 */
public class InvalidParameterException extends InvalidFieldException {

  public InvalidParameterException(String parameter, String message) {
    super(List.of(new FieldViolation(parameter, message)));
  }
}
