package cn.gov.guizhou.ipp.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which page of a list a client asks for: the platform's one paging convention. Query parameters
 * {@code page} (1-based, default 1) and {@code size} (1 to {@value #MAX_SIZE}, default {@value
 * #DEFAULT_SIZE}); anything else is a 400 naming the parameter. The body stays the JSON array of
 * the page's rows; {@code X-Total-Count} tells the rows of the whole list and {@code Link} (RFC
 * 8288) the first, previous, next and last pages. A controller takes a {@code PageQuery} argument
 * (resolved by the kit), its repository appends {@link #LIMIT_OFFSET} to a query with a stable
 * order (newest first, id as the tiebreak) and counts the same rows, and the controller answers
 * {@link #answer(Page, HttpServletRequest)}.
 *
 * @param page the page, from 1
 * @param size the rows per page, from 1 to {@value #MAX_SIZE}
 */
public record PageQuery(int page, int size) {

  /** The query parameter naming the page. */
  public static final String PAGE = "page";

  /** The query parameter naming the rows per page. */
  public static final String SIZE = "size";

  /**
   * The rows of a page when the client names no size: the maximum, so that a client that never
   * heard of paging still sees up to this many rows, and no list answers more.
   */
  public static final int DEFAULT_SIZE = 100;

  /** The most rows one page carries. */
  public static final int MAX_SIZE = 100;

  /** The response header telling the rows of the whole list. */
  public static final String TOTAL_COUNT = "X-Total-Count";

  /** What a repository appends to its ordered query; bind it with {@link #bind}. */
  public static final String LIMIT_OFFSET = " limit :pageLimit offset :pageOffset";

  /** The first page of the default size: what a request without parameters gets. */
  public static final PageQuery DEFAULT = new PageQuery(1, DEFAULT_SIZE);

  public PageQuery {
    if (page < 1) {
      throw invalidPage();
    }
    if (size < 1 || size > MAX_SIZE) {
      throw invalidSize();
    }
  }

  /**
   * The page a request's parameters ask for, as the client wrote them (absent or blank: the
   * default).
   *
   * @throws InvalidParameterException for a value that is no whole number in range
   */
  public static PageQuery parse(String page, String size) {
    return new PageQuery(
        number(page, 1, PageQuery::invalidPage),
        number(size, DEFAULT_SIZE, PageQuery::invalidSize));
  }

  private static int number(
      String value, int absent, java.util.function.Supplier<InvalidParameterException> invalid) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException notANumber) {
      throw invalid.get();
    }
  }

  private static InvalidParameterException invalidPage() {
    return localised(PAGE, "须为不小于 1 的整数", "must be a whole number of at least 1");
  }

  private static InvalidParameterException invalidSize() {
    return localised(
        SIZE, "须为 1 至 " + MAX_SIZE + " 之间的整数", "must be a whole number from 1 to " + MAX_SIZE);
  }

  private static InvalidParameterException localised(String field, String zh, String en) {
    boolean english =
        "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
    return new InvalidParameterException(field, english ? en : zh);
  }

  /** The rows before this page. */
  public long offset() {
    return (long) (page - 1) * size;
  }

  /** The statement with {@link #LIMIT_OFFSET}'s parameters bound to this page. */
  public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
    return statement.param("pageLimit", size).param("pageOffset", offset());
  }

  /** The last page of a list of {@code total} rows (1 for an empty list). */
  public long lastPage(long total) {
    return Math.max(1, (total + size - 1) / size);
  }

  /**
   * The {@code Link} header's value for a list of {@code total} rows: the request's own path and
   * query with {@code page} and {@code size} replaced, relative (the same behind the gateway).
   */
  public String links(String path, String query, long total) {
    long last = lastPage(total);
    List<String> links = new ArrayList<>();
    links.add(link(path, query, 1, "first"));
    if (page > 1) {
      links.add(link(path, query, Math.min(page - 1, last), "prev"));
    }
    if (page < last) {
      links.add(link(path, query, page + 1, "next"));
    }
    links.add(link(path, query, last, "last"));
    return String.join(", ", links);
  }

  private String link(String path, String query, long target, String rel) {
    String uri =
        UriComponentsBuilder.newInstance()
            .path(path)
            .query(query)
            .replaceQueryParam(PAGE, target)
            .replaceQueryParam(SIZE, size)
            .build()
            .toUriString();
    return "<" + uri + ">; rel=\"" + rel + "\"";
  }

  /** The headers telling a page of the list: {@code X-Total-Count} and {@code Link}. */
  public HttpHeaders headers(long total, HttpServletRequest request) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(TOTAL_COUNT, Long.toString(total));
    headers.set(HttpHeaders.LINK, links(request.getRequestURI(), request.getQueryString(), total));
    return headers;
  }

  /** The page's rows as the body, with the headers telling the rest of the list. */
  public <T> ResponseEntity<List<T>> answer(Page<T> rows, HttpServletRequest request) {
    return ResponseEntity.ok().headers(headers(rows.total(), request)).body(rows.items());
  }

  /**
   * A page cut from a list already in memory (a small, bounded list that is not read from a table
   * of its own); a table's list pages in SQL instead.
   */
  public <T> Page<T> of(List<T> all) {
    int from = (int) Math.min(offset(), all.size());
    int to = (int) Math.min(offset() + size, all.size());
    return new Page<>(all.subList(from, to), all.size());
  }
}
