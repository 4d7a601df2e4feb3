package cn.gov.guizhou.ipp.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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

  /**
   * Whether {@code failure}, or what caused it, is the database being unreachable or overloaded: no
   * connection to be had, or one cut while in use (SQL state class 08), which may surface as a
   * failed rollback that hides the statement's own failure.
   */
  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))) {
        return true;
      }
      if (t instanceof TransactionSystemException tx
          && tx.getApplicationException() != null
          && is(tx.getApplicationException())) {
        return true;
      }
    }
    return false;
  }

  /** Writes the 503 from a servlet filter, where Spring MVC's exception handling does not reach. */
  public static void write(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    ProblemWriter.write(request, response, ProblemKind.DEPENDENCY_UNAVAILABLE, REASON);
  }
}
