package cn.gov.guizhou.ipp.monitoring.organisations.client;

import feign.FeignException;
import java.util.Optional;
import java.util.UUID;
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

  /**
   * The organisation as the holder of {@code authorization} sees it; empty when applicant-service
   * answers that the caller may not see it (403 or 404). Any other failure is thrown.
   */
  public Optional<ApplicantServiceApi.OrganisationView> organisationFor(
      String authorization, UUID organisationId) {
    try {
      return Optional.of(api.organisation(authorization, organisationId));
    } catch (FeignException.Forbidden | FeignException.NotFound e) {
      return Optional.empty();
    }
  }
}
