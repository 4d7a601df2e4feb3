package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.PagedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the pager fragment ({@code fragments/pager :: pager}) shows under a list: the result count,
 * "page X of Y", previous and next links and a few page numbers, each a link to this page of the
 * portal with the list's filters kept.
 *
 * @param page the page shown, from 1
 * @param lastPage the last page (1 for an empty list)
 * @param total the rows of the whole list
 * @param firstShown the number of the page's first row (0 for an empty page)
 * @param lastShown the number of the page's last row
 * @param previousHref the previous page, or null on the first
 * @param nextHref the next page, or null on the last
 * @param pages the page numbers offered (the first, the last and those around this one; a null href
 *     marks a gap)
 */
public record Pager(
    int page,
    long lastPage,
    long total,
    long firstShown,
    long lastShown,
    String previousHref,
    String nextHref,
    List<Link> pages) {

  /** The rows a portal list shows per page. */
  public static final int SIZE = 20;

  /** The page numbers offered either side of the current one. */
  static final int AROUND = 2;

  /**
   * A page number of the pager.
   *
   * @param number the page, or 0 for a gap ("…")
   * @param href its address, null for a gap
   * @param current whether it is the page shown
   */
  public record Link(long number, String href, boolean current) {

    public boolean gap() {
      return href == null;
    }
  }

  /** Whether the pager has more than one page to offer. */
  public boolean several() {
    return lastPage > 1;
  }

  /**
   * The page a request asks for: its {@code page} parameter, 1 when absent or not a whole number of
   * at least 1 (the portal's address bar is not a place for error messages).
   */
  public static int requested(String page) {
    try {
      return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException notANumber) {
      return 1;
    }
  }

  /**
   * The pager of a page of a list shown at {@code path} (the portal's own address) with the filters
   * {@code filters} (absent or blank ones are left out of the links).
   */
  public static Pager of(PagedList list, String path, Map<String, String> filters) {
    long last = list.lastPage();
    int page = list.page();
    long first = list.items().isEmpty() ? 0 : (long) (page - 1) * list.size() + 1;
    long lastRow = list.items().isEmpty() ? 0 : first + list.items().size() - 1;
    List<Link> pages = new ArrayList<>();
    java.util.SortedSet<Long> offered = new java.util.TreeSet<>(List.of(1L, last));
    for (long n = Math.max(1, page - AROUND); n <= Math.min(last, page + AROUND); n++) {
      offered.add(n);
    }
    long previous = 0;
    for (long n : offered) {
      if (n > previous + 1) {
        pages.add(new Link(0, null, false));
      }
      pages.add(new Link(n, href(path, filters, n), n == page));
      previous = n;
    }
    return new Pager(
        page,
        last,
        list.total(),
        first,
        lastRow,
        page > 1 ? href(path, filters, Math.min(page - 1, last)) : null,
        page < last ? href(path, filters, page + 1) : null,
        pages);
  }

  static String href(String path, Map<String, String> filters, long page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    filters.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
          }
        });
    if (page > 1) {
      uri.queryParam("page", page);
    }
    return uri.encode().build().toUriString();
  }
}
