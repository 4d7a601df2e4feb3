package cn.gov.guizhou.ipp.kit.web;

/** The request contradicts data that already exists (for example a code registered twice). */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
