package cn.gov.guizhou.ipp.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiDocumentationTest {

  static class Calls {
    @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
    public void transition() {}

    public void read() {}
  }

  private static Operation operation(String name, boolean body, boolean pathVariable)
      throws NoSuchMethodException {
    Operation operation =
        new Operation()
            .summary(name)
            .responses(
                new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    if (body) {
      operation.requestBody(new RequestBody());
    }
    if (pathVariable) {
      operation.addParametersItem(new PathParameter().name("year"));
    }
    return ApiDocumentation.roles()
        .customize(operation, new HandlerMethod(new Calls(), Calls.class.getMethod(name)));
  }

  private static JsonNode document() throws Exception {
    OpenAPI openApi =
        new OpenAPI()
            .paths(
                new Paths()
                    .addPathItem(
                        "/api/calls/{year}/transitions",
                        new PathItem().post(operation("transition", true, true)))
                    .addPathItem(
                        "/api/calls/{year}", new PathItem().get(operation("read", false, true)))
                    .addPathItem(
                        "/api/organisations", new PathItem().get(operation("read", false, false))));
    ApiDocumentation.document("http://localhost:8180/realms/guizhou-ip/", List.of("/api/calls/**"))
        .customise(openApi);
    return JsonMapper.builder().build().readTree(Json31.pretty(openApi));
  }

  @Test
  void aRoleRestrictedCommandNamesItsRolesAndItsProblems() throws Exception {
    JsonNode post = document().at("/paths/~1api~1calls~1{year}~1transitions/post");
    assertThat(post.at("/x-roles").toString())
        .isEqualTo("[\"programme-officer\",\"bureau-admin\"]");
    assertThat(post.at("/description").asString())
        .contains("one of the roles programme-officer, bureau-admin");
    assertThat(post.at("/responses").propertyNames())
        .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409", "422", "503");
    JsonNode forbidden = post.at("/responses/403/content/application~1problem+json/schema");
    assertThat(forbidden.at("/allOf/0/$ref").asString()).isEqualTo("#/components/schemas/Problem");
    assertThat(forbidden.at("/allOf/1/properties/type/enum").toString())
        .isEqualTo("[\"https://ipp.guizhou.gov.cn/problems/forbidden\"]");
    assertThat(
            post.at(
                    "/responses/503/content/application~1problem+json/schema/allOf/1/properties/type/enum")
                .toString())
        .contains("dependency-unavailable", "credit-registry-unavailable");
  }

  @Test
  void aPublicReadNeedsNoTokenAndAnswersNo401() throws Exception {
    JsonNode get = document().at("/paths/~1api~1calls~1{year}/get");
    assertThat(get.at("/x-public").asBoolean()).isTrue();
    assertThat(get.at("/security").isArray()).isTrue();
    assertThat(get.at("/security")).isEmpty();
    assertThat(get.at("/responses").propertyNames())
        .containsExactlyInAnyOrder("200", "400", "404", "422", "503");
  }

  @Test
  void aReadWithoutARuleIsForAnySignedInUser() throws Exception {
    JsonNode get = document().at("/paths/~1api~1organisations/get");
    assertThat(get.at("/x-roles")).isEmpty();
    assertThat(get.at("/x-roles").isArray()).isTrue();
    assertThat(get.at("/description").asString()).contains("any signed-in user");
    assertThat(get.at("/responses").propertyNames()).containsExactlyInAnyOrder("200", "401", "503");
  }

  @Test
  void signInWithKeycloaksAuthorizationCodeFlowOrABearerToken() throws Exception {
    JsonNode document = document();
    JsonNode flow = document.at("/components/securitySchemes/keycloak/flows/authorizationCode");
    assertThat(flow.at("/authorizationUrl").asString())
        .isEqualTo("http://localhost:8180/realms/guizhou-ip/protocol/openid-connect/auth");
    assertThat(flow.at("/tokenUrl").asString())
        .isEqualTo("http://localhost:8180/realms/guizhou-ip/protocol/openid-connect/token");
    assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
        .isEqualTo("bearer");
    assertThat(document.at("/security/0/keycloak").isArray()).isTrue();
    assertThat(document.at("/security/1/bearer").isArray()).isTrue();
    assertThat(document.at("/components/schemas/Problem/properties/type/enum").size())
        .isEqualTo(ProblemKind.values().length);
  }

  @Test
  void aPatternThatListsValuesIsShownAsAnEnumeration() {
    io.swagger.v3.oas.models.media.Schema<Object> incident =
        new io.swagger.v3.oas.models.media.Schema<>();
    io.swagger.v3.oas.models.media.Schema<String> kind =
        new io.swagger.v3.oas.models.media.Schema<>();
    kind.setPattern("DEFAULT|OVERDUE");
    io.swagger.v3.oas.models.media.Schema<String> code =
        new io.swagger.v3.oas.models.media.Schema<>();
    code.setPattern("[A-Z0-9-]{1,40}");
    incident.addProperty("kind", kind);
    incident.addProperty("code", code);
    OpenAPI openApi =
        new OpenAPI()
            .components(new io.swagger.v3.oas.models.Components().addSchemas("Incident", incident));
    ApiDocumentation.document("http://localhost:8180/realms/guizhou-ip", List.of())
        .customise(openApi);
    assertThat(kind.getEnum()).containsExactly("DEFAULT", "OVERDUE");
    assertThat(code.getEnum()).isNull();
  }
}
