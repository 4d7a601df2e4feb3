package cn.gov.guizhou.ipp.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The service's own database cannot be reached or is overloaded (no connection within the pool's
 * timeout, connections cut): the request is answered 503 {@code dependency-unavailable} with {@code
 * Retry-After}, nothing changed — the same answer whether the failure reaches Spring MVC's
 * exception handling or happens in a servlet filter that uses the database before or after it.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before asking again. */
  public static final String RETRY_AFTER_SECONDS = "5";

  static final String REASON = "the service's database cannot answer now";

  private DatabaseUnavailable() {}

  /** Whether {@code failure} is the database being unreachable or overloaded. */
  public static boolean is(Throwable failure) {
    return failure instanceof CannotCreateTransactionException
        || failure instanceof DataAccessResourceFailureException
        || failure instanceof TransientDataAccessException;
  }

  /** Writes the 503 from a servlet filter, where Spring MVC's exception handling does not reach. */
  public static void write(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    ProblemWriter.write(request, response, ProblemKind.DEPENDENCY_UNAVAILABLE, REASON);
  }
}
