package cn.gov.guizhou.ipp.review;

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
    Http.Response response = Http.to("http://127.0.0.1:" + port).get("/v3/api-docs");
    assertThat(response.status()).isEqualTo(200);
    JsonNode document = response.json();
    assertThat(ApiDocumentationCheck.defects(document)).isEmpty();
    assertThat(
            document
                .at("/components/securitySchemes/keycloak/flows/authorizationCode/tokenUrl")
                .asString())
        .endsWith("/protocol/openid-connect/token");
  }
}
