package cn.gov.guizhou.ipp.kit.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The field of a request body that could not be read, and why, in words a client can act on: the
 * value that is not one of an enumeration's (with the allowed values), a date that does not exist,
 * a number out of range, a value of the wrong type, a required value missing.
 */
final class UnreadableField {

  private UnreadableField() {}

  /** The offending field, or null when the body is not JSON at all. */
  static FieldViolation of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
        return new FieldViolation(path(jackson.getPath()), message(jackson));
      }
    }
    return null;
  }

  static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String message(JacksonException error) {
    if (error instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
      Class<?> target = invalid.getTargetType();
      if (target.isEnum()) {
        return "'"
            + invalid.getValue()
            + "' is not one of the allowed values: "
            + Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
      }
      return "'" + invalid.getValue() + "' is not a valid " + describe(target);
    }
    if (error instanceof MismatchedInputException mismatched
        && mismatched.getTargetType() != null) {
      return "a value of type " + describe(mismatched.getTargetType()) + " is expected here";
    }
    String original = error.getOriginalMessage();
    return original == null ? "the value cannot be read" : firstLine(original);
  }

  private static String describe(Class<?> type) {
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "date (YYYY-MM-DD)";
      case "OffsetDateTime", "Instant" -> "date-time with offset (ISO-8601)";
      case "BigDecimal" -> "decimal number";
      case "int", "Integer", "long", "Long" -> "whole number";
      case "boolean", "Boolean" -> "boolean (true or false)";
      case "UUID" -> "UUID";
      default -> type.getSimpleName();
    };
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
