package cn.gov.guizhou.ipp.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.kit.web.DependencyUnavailableException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class TransientFailuresTest {

  @Test
  void theConsumersOwnInfrastructureBeingDownIsTransient() {
    assertThat(
            TransientFailures.isTransient(
                new ListenerExecutionFailedException(
                    "listener failed",
                    new CannotCreateTransactionException(
                        "no connection", new CannotGetJdbcConnectionException("pool timed out")))))
        .isTrue();
    assertThat(TransientFailures.isTransient(new RuntimeException(new ConnectException("refused"))))
        .isTrue();
    assertThat(
            TransientFailures.isTransient(
                new DependencyUnavailableException("applicant-service does not answer", null)))
        .isTrue();
    assertThat(
            TransientFailures.isTransient(
                new RuntimeException(new SQLException("terminating connection", "57P01"))))
        .isTrue();
    assertThat(TransientFailures.isTransient(new SQLException("deadlock", "40P01"))).isTrue();
  }

  @Test
  void aMessageThatCanNeverBeProcessedIsNot() {
    assertThat(TransientFailures.isTransient(new PoisonMessageException("no ce_type"))).isFalse();
    assertThat(
            TransientFailures.isTransient(
                new PoisonMessageException(
                    "unreadable", new CannotGetJdbcConnectionException("irrelevant"))))
        .isFalse();
    assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("check")))
        .isFalse();
    assertThat(TransientFailures.isTransient(new SQLException("unique", "23505"))).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad amount"))).isFalse();
  }

  @Test
  void sqlStatesOfLostConnectionsResourcesAndShutdownsAreTransient() {
    assertThat(TransientFailures.transientSqlState("08006")).isTrue();
    assertThat(TransientFailures.transientSqlState("53300")).isTrue();
    assertThat(TransientFailures.transientSqlState("57P03")).isTrue();
    assertThat(TransientFailures.transientSqlState("40001")).isTrue();
    assertThat(TransientFailures.transientSqlState("42501")).isFalse();
    assertThat(TransientFailures.transientSqlState(null)).isFalse();
  }
}
