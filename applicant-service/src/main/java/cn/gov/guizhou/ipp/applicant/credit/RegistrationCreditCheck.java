package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The credit check that follows every registration. It runs in the background, after the
 * registration committed, on behalf of the registering user, so a slow registry never slows the
 * registration; its result is kept and audited like any other check.
 */
@Component
public class RegistrationCreditCheck {

  private static final Logger log = LoggerFactory.getLogger(RegistrationCreditCheck.class);

  private final CreditCheckService checks;
  private final AsyncTaskExecutor executor;
  private final boolean enabled;

  public RegistrationCreditCheck(
      CreditCheckService checks,
      @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
      @Value("${ipp.credit.check-at-registration:true}") boolean enabled) {
    this.checks = checks;
    this.executor = new DelegatingSecurityContextAsyncTaskExecutor(executor);
    this.enabled = enabled;
  }

  /** Starts the check of a newly registered organisation. */
  public void start(UUID organisationId, CurrentUser registrant) {
    if (!enabled) {
      return;
    }
    executor.execute(
        () -> {
          try {
            CreditCheck check = checks.check(organisationId, registrant);
            log.info("Credit check at registration of {}: {}", organisationId, check.outcome());
          } catch (RuntimeException e) {
            log.error("Credit check at registration of {} failed", organisationId, e);
          }
        });
  }
}
