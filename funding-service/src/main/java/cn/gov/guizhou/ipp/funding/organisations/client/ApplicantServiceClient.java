package cn.gov.guizhou.ipp.funding.organisations.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The Feign clients of applicant-service, with the base URL from configuration. Credit checks have
 * their own client, breaker and retry, {@value #CREDIT_CHECKS} (timeouts under {@code
 * spring.cloud.openfeign.client.config.applicant-service-credit-checks}): a check waits on a
 * registry, so its read timeout is longer than the registries' own, and registries that fail do not
 * open the breaker of every other call to applicant-service.
 */
@Component
public class ApplicantServiceClient {

  /** Name of the remote: its Feign client and circuit breaker. */
  public static final String REMOTE = "applicant-service";

  /** Name of the credit-check remote: its Feign client, circuit breaker and retry. */
  public static final String CREDIT_CHECKS = "applicant-service-credit-checks";

  private final ApplicantServiceApi api;
  private final ApplicantServiceApi creditChecks;

  public ApplicantServiceClient(
      ApplicationContext context, @Value("${ipp.applicant-service.base-url}") String baseUrl) {
    this.api =
        new FeignClientBuilder(context)
            .forType(ApplicantServiceApi.class, REMOTE)
            .url(baseUrl)
            .build();
    this.creditChecks =
        new FeignClientBuilder(context)
            .forType(ApplicantServiceApi.class, REMOTE)
            .contextId(CREDIT_CHECKS)
            .url(baseUrl)
            .build();
  }

  public ApplicantServiceApi api() {
    return api;
  }

  /** The client for credit checks, with their longer timeout. */
  public ApplicantServiceApi creditChecks() {
    return creditChecks;
  }
}
