package cn.gov.guizhou.ipp.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.ApiDocumentationCheck;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The service's OpenAPI document tells a newcomer, for every operation, its summary, who may call
 * it, its problem responses and 201 for a creation, and how to sign in.
 */
@IntegrationTest
class ApiDocumentationIntegrationTest {

  @Value("${local.server.port}")
  int port;

  @Test
  void everyOperationIsDocumentedForANewcomer() {
    ApiDocumentationCheck.assertServedDocumentIsComplete(port);
  }

  @Test
  void budgetCategoriesRegionsAndOrganisationTypesAreListedInTheSchemas() {
    JsonNode schemas =
        Http.to("http://127.0.0.1:" + port).get("/v3/api-docs").json().at("/components/schemas");
    assertThat(schemas.at("/BudgetLine/properties/category/enum").toString())
        .contains("\"EQUIPMENT\"", "\"OUTSOURCED_SERVICES\"", "\"OTHER\"");
    assertThat(schemas.toString())
        .as("regions and organisation types are enums of the registration")
        .contains("\"GUIAN_NEW_AREA\"", "\"OUTSIDE_PROVINCE\"");
    assertThat(schemas.toString()).contains(organisationTypes());
  }

  @Test
  void aPagedListDocumentsItsParametersAndHeaders() {
    JsonNode list =
        Http.to("http://127.0.0.1:" + port)
            .get("/v3/api-docs")
            .json()
            .at("/paths/~1api~1applications/get");
    java.util.Map<String, JsonNode> parameters = new java.util.HashMap<>();
    list.path("parameters").forEach(p -> parameters.put(p.get("name").asString(), p));
    assertThat(parameters).containsKeys("page", "size", "status", "track", "year");
    assertThat(parameters.get("page").get("in").asString()).isEqualTo("query");
    assertThat(parameters.get("size").at("/schema/maximum").asInt()).isEqualTo(100);
    assertThat(parameters.get("status").at("/schema/enum").toString())
        .contains("\"DRAFT\"", "\"FAILED_ACCEPTANCE\"");
    assertThat(list.at("/responses/200/headers").has("X-Total-Count")).isTrue();
    assertThat(list.at("/responses/200/headers").has("Link")).isTrue();
    assertThat(list.path("x-paged").asBoolean()).isTrue();
    assertThat(list.at("/responses/400/content").isObject()).isTrue();
  }

  private static String[] organisationTypes() {
    return java.util.Arrays.stream(
            cn.gov.guizhou.ipp.applicant.organisation.OrganisationType.values())
        .map(type -> "\"" + type.name() + "\"")
        .toArray(String[]::new);
  }
}
