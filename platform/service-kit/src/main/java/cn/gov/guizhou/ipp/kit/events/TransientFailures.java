package cn.gov.guizhou.ipp.kit.events;

import cn.gov.guizhou.ipp.kit.web.DependencyUnavailableException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the consumer's own infrastructure (its database down or overloaded, a remote
 * that does not answer, the broker) from a message that can never be processed. A transient failure
 * is retried until it succeeds; nothing else is.
 */
public final class TransientFailures {

  /**
   * SQLSTATE classes of a lost or refused connection, resources exhausted, or a server going down.
   */
  private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "53", "57", "58");

  /** Serialisation failure and deadlock: the same transaction succeeds when run again. */
  private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01");

  private static final Set<String> TRANSIENT_TYPE_NAMES =
      Set.of(
          "feign.RetryableException",
          "io.github.resilience4j.circuitbreaker.CallNotPermittedException",
          "org.apache.kafka.common.errors.TimeoutException",
          "org.apache.kafka.common.errors.RetriableException");

  private TransientFailures() {}

  /** Whether {@code failure}, or anything that caused it, is a transient infrastructure failure. */
  public static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PoisonMessageException) {
        return false;
      }
      if (t instanceof TransientDataAccessException
          || t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException
          || t instanceof QueryTimeoutException
          || t instanceof PessimisticLockingFailureException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException
          || t instanceof SocketTimeoutException
          || t instanceof UnknownHostException
          || t instanceof DependencyUnavailableException
          || namedTransient(t.getClass())) {
        return true;
      }
      if (t instanceof SQLException sql && transientSqlState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static boolean transientSqlState(String state) {
    return state != null
        && state.length() == 5
        && (TRANSIENT_SQL_STATES.contains(state)
            || TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2)));
  }

  private static boolean namedTransient(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (TRANSIENT_TYPE_NAMES.contains(c.getName())) {
        return true;
      }
    }
    return false;
  }
}
