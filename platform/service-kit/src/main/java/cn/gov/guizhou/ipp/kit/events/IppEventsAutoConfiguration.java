package cn.gov.guizhou.ipp.kit.events;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/** Wires the outbox, its relay, the inbox and the dead-letter error handler. */
@AutoConfiguration(
    after = cn.gov.guizhou.ipp.kit.config.IppCoreAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
    })
@ConditionalOnBean({JdbcClient.class, KafkaTemplate.class, PlatformTransactionManager.class})
@EnableScheduling
public class IppEventsAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IppEventsAutoConfiguration.class);

  /** Suffix of each topic's dead-letter topic. */
  public static final String DEAD_LETTER_SUFFIX = ".DLT";

  /** The published JSON Schemas, each compiled once, for the outbox and the inbox. */
  @Bean
  @ConditionalOnMissingBean
  EventSchemas eventSchemas() {
    return new EventSchemas();
  }

  @Bean
  OutboxEventPublisher outboxEventPublisher(
      JdbcClient jdbc,
      Clock clock,
      EventSchemas schemas,
      ObjectProvider<Tracer> tracer,
      @Value("${spring.application.name}") String applicationName) {
    return new OutboxEventPublisher(
        jdbc,
        EventJson.mapper(),
        "/ipp/" + applicationName,
        clock,
        () -> currentTraceparent(tracer.getIfAvailable()),
        schemas);
  }

  /** The current span as a W3C traceparent, or null outside a trace. */
  static String currentTraceparent(Tracer tracer) {
    Span span = tracer == null ? null : tracer.currentSpan();
    if (span == null) {
      return null;
    }
    TraceContext context = span.context();
    return "00-"
        + context.traceId()
        + "-"
        + context.spanId()
        + (Boolean.TRUE.equals(context.sampled()) ? "-01" : "-00");
  }

  @Bean
  OutboxRelay outboxRelay(
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager,
      KafkaTemplate<String, byte[]> kafka,
      @Value("${ipp.outbox.batch-size:100}") int batchSize,
      @Value("${ipp.outbox.send-timeout:20s}") Duration sendTimeout) {
    return new OutboxRelay(
        jdbc, new TransactionTemplate(transactionManager), kafka, batchSize, sendTimeout);
  }

  @Bean
  EventInbox eventInbox(
      JdbcClient jdbc, PlatformTransactionManager transactionManager, EventSchemas schemas) {
    return new EventInbox(
        jdbc, new TransactionTemplate(transactionManager), EventJson.mapper(), schemas);
  }

  @Bean
  DeadLetters deadLetters(
      JdbcClient jdbc,
      ObjectProvider<KafkaListenerEndpointRegistry> listeners,
      Clock clock,
      PlatformTransactionManager transactionManager,
      ObjectProvider<AuditTrail> audit) {
    return new DeadLetters(
        jdbc,
        EventJson.mapper(),
        listeners,
        clock,
        new TransactionTemplate(transactionManager),
        audit);
  }

  /**
   * How a consumer meets a message it cannot process now. A failure of its own infrastructure (the
   * database down, a remote or the broker not answering; see {@link TransientFailures}) is retried
   * with backoff until it succeeds, however long that takes, and the partition waits: nothing
   * behind it is applied first. A message that can never be processed (unreadable, or violating its
   * type's published schema: {@link PoisonMessageException}; or an effect whose own event would
   * break its schema: {@link EventContractViolation}) is set aside at once; any other failure after
   * a few attempts. Setting aside means: recorded in {@code dead_letter} for administrators to see
   * and replay, published with the error to {@code <topic>.DLT}, and counted.
   */
  @Bean
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  CommonErrorHandler deadLetterErrorHandler(
      KafkaTemplate<String, byte[]> kafka,
      DeadLetters deadLetters,
      MeterRegistry meters,
      @Value("${ipp.events.max-attempts:4}") int maxAttempts,
      @Value("${ipp.events.transient-retry.initial-interval:500ms}") Duration initialInterval,
      @Value("${ipp.events.transient-retry.max-interval:30s}") Duration maxInterval) {
    Counter deadLettered =
        Counter.builder("ipp.events.dead.lettered")
            .description("Messages sent to a dead-letter topic after failing to be processed")
            .register(meters);
    Counter transientFailures =
        Counter.builder("ipp.events.transient.failures")
            .description("Messages whose processing met a transient failure and is retried")
            .register(meters);
    Gauge.builder("ipp.events.dead.letters.open", deadLetters, DeadLetters::safeOpenCount)
        .description("Dead letters not yet replayed")
        .register(meters);
    DeadLetterPublishingRecoverer publisher =
        new DeadLetterPublishingRecoverer(
            kafka, (record, error) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
    ConsumerRecordRecoverer recoverer =
        (record, error) -> {
          log.error(
              "Message {}-{}@{} could not be processed and goes to {}{}: {}",
              record.topic(),
              record.partition(),
              record.offset(),
              record.topic(),
              DEAD_LETTER_SUFFIX,
              error.toString());
          deadLetters.record(record, error);
          publisher.accept(record, error);
          deadLettered.increment();
        };
    ExponentialBackOff bounded = new ExponentialBackOff(200, 2.0);
    bounded.setMaxAttempts(Math.max(0, maxAttempts - 1));
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, bounded);
    handler.setBackOffFunction(
        (record, error) -> {
          if (!TransientFailures.isTransient(error)) {
            return null;
          }
          transientFailures.increment();
          return untilItSucceeds(initialInterval, maxInterval);
        });
    // Never processable: a poison message, or an effect whose own event would break its schema
    // (the same message would produce the same payload again).
    handler.addNotRetryableExceptions(PoisonMessageException.class, EventContractViolation.class);
    return handler;
  }

  /** Exponential backoff without an end: for failures that pass when the infrastructure is back. */
  static BackOff untilItSucceeds(Duration initialInterval, Duration maxInterval) {
    ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), 2.0);
    backOff.setMaxInterval(maxInterval.toMillis());
    return backOff;
  }

  /** The administrators' view of the dead letters, in a servlet service. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @Import(DeadLetterController.class)
  static class DeadLetterWeb {}
}
