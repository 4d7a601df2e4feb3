package cn.gov.guizhou.ipp.kit.web;

import cn.gov.guizhou.ipp.kit.security.IppSecurityProperties;
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
                    "Sign in with the Authorize button (Keycloak, realm guizhou-ip, client"
                        + " ipp-api-docs; demo users such as officer or applicant-a, password"
                        + " demo) or send a bearer token of the realm (audience ipp-api). Each"
                        + " operation names the roles it allows (x-roles) or is public"
                        + " (x-public). Errors are RFC 9457 problem details"
                        + " (application/problem+json) with a stable type URI."))
        .servers(List.of(new Server().url("/").description("through the gateway")));
  }

  /**
   * A controller's {@link PageQuery} argument from {@code page} and {@code size}; springdoc
   * documents the two parameters (see {@link ApiDocumentation#paging()}), not the record.
   */
  @Bean
  org.springframework.web.servlet.config.annotation.WebMvcConfigurer ippPaging() {
    org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
    return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(
          List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageQueryArgumentResolver());
      }
    };
  }

  /** The paging parameters of each list that pages (see {@link ApiDocumentation#paging()}). */
  @Bean
  org.springdoc.core.customizers.OperationCustomizer ippOperationPaging() {
    return ApiDocumentation.paging();
  }

  /** Each operation's roles, from its {@code @PreAuthorize} (see {@link ApiDocumentation}). */
  @Bean
  org.springdoc.core.customizers.OperationCustomizer ippOperationRoles() {
    return ApiDocumentation.roles();
  }

  /**
   * Sign-in (Keycloak's authorization code flow against {@code ipp.api-docs.authorization-server},
   * the realm's URL as a browser reaches it, or a bearer token), public operations and every
   * operation's problem responses (see {@link ApiDocumentation}).
   */
  @Bean
  org.springdoc.core.customizers.OpenApiCustomizer ippApiDocumentation(
      @Value("${ipp.api-docs.authorization-server:http://localhost:8180/realms/guizhou-ip}")
          String authorizationServer,
      org.springframework.beans.factory.ObjectProvider<
              cn.gov.guizhou.ipp.kit.security.IppSecurityProperties>
          security) {
    IppSecurityProperties properties = security.getIfAvailable();
    return ApiDocumentation.document(
        authorizationServer, properties == null ? List.of() : properties.publicGetPaths());
  }
}
