package cn.gov.guizhou.ipp.applicant.followup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due follow-up jobs, every {@code ipp.follow-up.poll-interval}, on a thread of its own (a
 * slow registry never delays the outbox relay). Each job is taken with a lease ({@code
 * ipp.follow-up.lease}), run by its kind's handler on behalf of the user whose change it follows,
 * and then, in one transaction with what the handler writes, marked done or given its next due time
 * by the {@link Backoff} ({@code ipp.follow-up.backoff.first} .. {@code .max}). A job whose handler
 * fails — the registry down, the database down, an exception — is retried for ever; every failed
 * attempt is logged and counted ({@code ipp.follow-up.attempts.failed}). With the database down the
 * worker cannot even take a job: it tries again on the next round.
 */
@Component
public class FollowUpWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FollowUpWorker.class);

  private final FollowUpJobs jobs;
  private final Map<String, FollowUpHandler> handlers;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Backoff backoff;
  private final Duration pollInterval;
  private final Duration lease;
  private final int batchSize;
  private final boolean enabled;
  private final Counter failedAttempts;
  private volatile ScheduledExecutorService scheduler;

  public FollowUpWorker(
      FollowUpJobs jobs,
      List<FollowUpHandler> handlers,
      PlatformTransactionManager transactionManager,
      Clock clock,
      MeterRegistry meters,
      @Value("${ipp.follow-up.backoff.first:30s}") Duration firstRetry,
      @Value("${ipp.follow-up.backoff.max:10m}") Duration longestRetry,
      @Value("${ipp.follow-up.poll-interval:1s}") Duration pollInterval,
      @Value("${ipp.follow-up.lease:2m}") Duration lease,
      @Value("${ipp.follow-up.batch-size:10}") int batchSize,
      @Value("${ipp.follow-up.worker-enabled:true}") boolean enabled) {
    this.jobs = jobs;
    this.handlers =
        handlers.stream().collect(Collectors.toMap(FollowUpHandler::kind, Function.identity()));
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.backoff = new Backoff(firstRetry, longestRetry);
    this.pollInterval = pollInterval;
    this.lease = lease;
    this.batchSize = batchSize;
    this.enabled = enabled;
    this.failedAttempts =
        Counter.builder("ipp.follow-up.attempts.failed")
            .description("Attempts at a follow-up job that failed and will be retried")
            .register(meters);
  }

  /** One round: takes the due jobs and runs each. */
  public void runDue() {
    List<FollowUpJob> due;
    try {
      due = jobs.takeDue(batchSize, lease);
    } catch (RuntimeException e) {
      log.warn("Follow-up jobs could not be taken; trying again next round: {}", e.toString());
      return;
    }
    due.forEach(this::run);
  }

  private void run(FollowUpJob job) {
    FollowUpHandler handler = handlers.get(job.kind());
    try {
      SecurityContextHolder.setContext(OnBehalfOf.of(job.requestedBy(), clock.instant()));
      FollowUpHandler.Attempt attempt;
      if (handler == null) {
        attempt = FollowUpHandler.Attempt.retry("no handler for kind " + job.kind());
      } else {
        try {
          attempt = handler.attempt(job);
        } catch (RuntimeException e) {
          attempt = FollowUpHandler.Attempt.retry(e.toString());
        }
      }
      FollowUpHandler.Attempt outcome = attempt;
      Duration retryAfter = backoff.after(job.attempt());
      transactions.executeWithoutResult(
          status -> {
            outcome.write().run();
            if (outcome.done()) {
              jobs.done(job, outcome.note());
            } else {
              jobs.failed(job, outcome.note(), retryAfter);
            }
          });
      if (outcome.done()) {
        log.info(
            "Follow-up job {} ({} of {}) done at attempt {}: {}",
            job.id(),
            job.kind(),
            job.subjectId(),
            job.attempt(),
            outcome.note());
      } else {
        failedAttempts.increment();
        log.warn(
            "Follow-up job {} ({} of {}) attempt {} failed, next in {}: {}",
            job.id(),
            job.kind(),
            job.subjectId(),
            job.attempt(),
            retryAfter,
            outcome.note());
      }
    } catch (RuntimeException e) {
      // Nothing was written (the database is down, or the job was taken over): the lease runs
      // out and the job is taken again.
      failedAttempts.increment();
      log.warn(
          "Follow-up job {} ({} of {}) attempt {} could not be recorded, retried after its lease: {}",
          job.id(),
          job.kind(),
          job.subjectId(),
          job.attempt(),
          e.toString());
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void round() {
    try {
      runDue();
    } catch (RuntimeException e) {
      log.warn("Follow-up round failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void start() {
    if (!enabled || scheduler != null) {
      return;
    }
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "follow-up-worker");
              thread.setDaemon(true);
              return thread;
            });
    started.scheduleWithFixedDelay(
        this::round, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    scheduler = started;
  }

  @Override
  public synchronized void stop() {
    ScheduledExecutorService running = scheduler;
    scheduler = null;
    if (running == null) {
      return;
    }
    running.shutdown();
    try {
      if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException e) {
      running.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }
}
