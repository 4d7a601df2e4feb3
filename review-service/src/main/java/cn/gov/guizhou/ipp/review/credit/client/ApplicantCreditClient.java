package cn.gov.guizhou.ipp.review.credit.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The Feign client of applicant-service's credit checks, named {@value #REMOTE} (its timeouts under
 * {@code spring.cloud.openfeign.client.config.applicant-service-credit-checks}, its breaker and
 * retry under the same name), with the base URL from configuration.
 */
@Component
public class ApplicantCreditClient {

  /** Name of the remote: its Feign client, circuit breaker and retry. */
  public static final String REMOTE = "applicant-service-credit-checks";

  private final ApplicantCreditApi api;

  public ApplicantCreditClient(
      ApplicationContext context, @Value("${ipp.applicant-service.base-url}") String baseUrl) {
    this.api =
        new FeignClientBuilder(context)
            .forType(ApplicantCreditApi.class, "applicant-service")
            .contextId(REMOTE)
            .url(baseUrl)
            .build();
  }

  public ApplicantCreditApi api() {
    return api;
  }
}
