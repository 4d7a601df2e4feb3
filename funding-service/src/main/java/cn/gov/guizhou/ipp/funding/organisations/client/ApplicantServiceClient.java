package cn.gov.guizhou.ipp.funding.organisations.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The Feign client of applicant-service, named after its remote (timeouts under {@code
 * spring.cloud.openfeign.client.config.applicant-service}), with the base URL from configuration.
 */
@Component
public class ApplicantServiceClient {

  /** Name of the remote: its Feign client and circuit breaker. */
  public static final String REMOTE = "applicant-service";

  private final ApplicantServiceApi api;

  public ApplicantServiceClient(
      ApplicationContext context, @Value("${ipp.applicant-service.base-url}") String baseUrl) {
    this.api =
        new FeignClientBuilder(context)
            .forType(ApplicantServiceApi.class, REMOTE)
            .url(baseUrl)
            .build();
  }

  public ApplicantServiceApi api() {
    return api;
  }
}
