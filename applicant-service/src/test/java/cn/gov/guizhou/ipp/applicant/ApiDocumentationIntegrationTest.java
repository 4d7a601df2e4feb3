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

  private static String[] organisationTypes() {
    return java.util.Arrays.stream(
            cn.gov.guizhou.ipp.applicant.organisation.OrganisationType.values())
        .map(type -> "\"" + type.name() + "\"")
        .toArray(String[]::new);
  }
}
