package cn.gov.guizhou.ipp.portal.api;

import java.util.List;
import java.util.Map;

/**
 * One page of a list the API answered, and how many rows the whole list has (its {@code
 * X-Total-Count}).
 *
 * @param items the page's rows
 * @param total the rows of the whole list under the same filters
 * @param page the page asked for, from 1
 * @param size the rows per page asked for
 */
public record PagedList(List<Map<String, Object>> items, long total, int page, int size) {

  public PagedList {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The last page (1 for an empty list). */
  public long lastPage() {
    return Math.max(1, (total + size - 1) / size);
  }
}
