package cn.gov.guizhou.ipp.applicant.call.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The Feign client of program-service's catalogue, named after its remote (timeouts under {@code
 * spring.cloud.openfeign.client.config.program-service}), with the base URL from configuration.
 */
@Component
public class ProgramCatalogueClient {

  /** Name of the remote: its Feign client and circuit breaker. */
  public static final String REMOTE = "program-service";

  private final ProgramCatalogueApi api;

  public ProgramCatalogueClient(
      ApplicationContext context, @Value("${ipp.program-service.base-url}") String baseUrl) {
    this.api =
        new FeignClientBuilder(context)
            .forType(ProgramCatalogueApi.class, REMOTE)
            .url(baseUrl)
            .build();
  }

  public ProgramCatalogueApi api() {
    return api;
  }
}
