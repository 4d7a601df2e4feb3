package cn.gov.guizhou.ipp.kit.web;

/**
 * The object does not exist, or the caller may not know that it does: both answer 404, so an id
 * guessed by someone without access reveals nothing.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String objectType, Object id) {
    super(objectType + " " + id + " not found");
  }
}
