package cn.gov.guizhou.ipp.gateway;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own OpenAPI document (its refusals, for bureau administrators), shown in its
 * Swagger UI beside the services': the same Keycloak sign-in and, for each operation, the roles it
 * allows ({@code x-roles}) and its problem responses, as the services' documents have them.
 */
@Configuration
class EdgeApiDocumentation {

  private static final String PROBLEM_TYPES = "https://ipp.guizhou.gov.cn/problems/";

  @Bean
  OpenAPI edgeOpenApi(
      @Value(
              "${ipp.api-docs.authorization-server:${spring.security.oauth2.resourceserver.jwt.issuer-uri}}")
          String authorizationServer) {
    String base = authorizationServer.replaceAll("/+$", "") + "/protocol/openid-connect";
    Schema<Object> problem = new Schema<>();
    problem.setTypes(Set.of("object"));
    problem.setDescription("An RFC 9457 problem: title and detail in the caller's language.");
    for (String property : List.of("type", "title", "detail", "instance", "reason")) {
      Schema<String> text = new Schema<>();
      text.setTypes(Set.of("string"));
      problem.addProperty(property, text);
    }
    Schema<Integer> status = new Schema<>();
    status.setTypes(Set.of("integer"));
    problem.addProperty("status", status);
    return new OpenAPI()
        .info(
            new Info()
                .title("Guizhou IP programme platform — gateway")
                .version("0.1.0")
                .description(
                    "The edge's own endpoints. Sign in with the Authorize button (Keycloak, client"
                        + " ipp-api-docs)."))
        .servers(List.of(new Server().url("/").description("the gateway")))
        .components(
            new Components()
                .addSchemas("Problem", problem)
                .addSecuritySchemes(
                    "keycloak",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .flows(
                            new OAuthFlows()
                                .authorizationCode(
                                    new OAuthFlow()
                                        .authorizationUrl(base + "/auth")
                                        .tokenUrl(base + "/token")
                                        .refreshUrl(base + "/token")
                                        .scopes(
                                            new Scopes()
                                                .addString("openid", "OpenID Connect sign-in")))))
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .security(
            List.of(
                new SecurityRequirement().addList("keycloak", List.of("openid")),
                new SecurityRequirement().addList("bearer")));
  }

  /** Roles and problem responses of the edge's operations. */
  @Bean
  OpenApiCustomizer edgeOperations() {
    Map<String, String> problems =
        Map.of(
            "400", "malformed-request",
            "401", "unauthenticated",
            "403", "forbidden",
            "422", "validation",
            "503", "dependency-unavailable");
    return openApi -> {
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperations()
                      .forEach(
                          operation -> {
                            List<String> roles =
                                EdgeSecurityConfiguration.ROLES_BY_PATH.getOrDefault(
                                    path, List.of());
                            operation.addExtension("x-roles", roles);
                            String allowed =
                                "**Allowed:** "
                                    + (roles.isEmpty()
                                        ? "any signed-in user"
                                        : "role " + String.join(", ", roles))
                                    + ".";
                            if (operation.getDescription() == null
                                || !operation.getDescription().contains(allowed)) {
                              operation.setDescription(
                                  operation.getDescription() == null
                                      ? allowed
                                      : operation.getDescription() + "\n\n" + allowed);
                            }
                            problems.forEach(
                                (code, slug) -> {
                                  if (!operation.getResponses().containsKey(code)
                                      && (!code.equals("403") || !roles.isEmpty())) {
                                    Schema<Object> schema = new Schema<>();
                                    schema.set$ref("#/components/schemas/Problem");
                                    operation
                                        .getResponses()
                                        .addApiResponse(
                                            code,
                                            new ApiResponse()
                                                .description(
                                                    "Problem type: `" + PROBLEM_TYPES + slug + "`.")
                                                .content(
                                                    new Content()
                                                        .addMediaType(
                                                            "application/problem+json",
                                                            new MediaType().schema(schema))));
                                  }
                                });
                          }));
    };
  }
}
