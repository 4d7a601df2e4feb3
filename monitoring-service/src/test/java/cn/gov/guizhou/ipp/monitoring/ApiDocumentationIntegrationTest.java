package cn.gov.guizhou.ipp.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.ApiDocumentationCheck;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

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
  void aRefusalForTheRoleNamesTheRolesNeeded() {
    Http applicant =
        Http.to("http://127.0.0.1:" + port)
            .bearer(TestTokenIssuer.get().tokenFor("applicant-a", "applicant"));
    Http.Response refused = applicant.post("/api/monitoring/rounds", java.util.Map.of());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("requiredRoles").toString()).isEqualTo("[\"programme-officer\"]");
    assertThat(refused.json().get("reason").asString())
        .isEqualTo("the caller's roles do not allow this request: it needs role programme-officer");
    assertThat(refused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/forbidden");
  }
}
