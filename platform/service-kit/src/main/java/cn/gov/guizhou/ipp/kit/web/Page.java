package cn.gov.guizhou.ipp.kit.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many rows the whole list has (what {@code X-Total-Count} tells).
 *
 * @param items the rows of the page, in the list's order
 * @param total the rows of the whole list under the same filters
 */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
    if (total < items.size()) {
      throw new IllegalArgumentException("total: fewer than the page's own rows");
    }
  }

  /** The same page with each row turned into what the API answers. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
    return new Page<>(items.stream().<R>map(mapping).toList(), total);
  }
}
