package cn.gov.guizhou.ipp.kit.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Problem details and the OpenAPI description of the services' HTTP APIs. The language comes from
 * {@code Accept-Language}, Chinese by default ({@code spring.web.locale} in the kit defaults).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemHandler.class)
public class IppWebAutoConfiguration {

  /** Every decimal a request carries is bounded (see {@link BoundedDecimals}). */
  @Bean
  tools.jackson.databind.JacksonModule ippBoundedDecimals() {
    return BoundedDecimals.module();
  }

  /**
   * The service's OpenAPI document, with a relative server URL: clients reach every service through
   * the gateway, whose Swagger UI shows all of them.
   */
  @Bean
  @ConditionalOnMissingBean
  OpenAPI ippOpenApi(
      @Value("${spring.application.name}") String application,
      @Value("${ipp.api.version:0.1.0}") String version) {
    return new OpenAPI()
        .info(
            new Info()
                .title("Guizhou IP programme platform — " + application)
                .version(version)
                .description(
                    "Bearer tokens from the guizhou-ip realm (audience ipp-api). Errors are RFC"
                        + " 9457 problem details."))
        .servers(List.of(new Server().url("/").description("through the gateway")));
  }
}
