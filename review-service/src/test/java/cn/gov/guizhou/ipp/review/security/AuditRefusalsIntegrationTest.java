package cn.gov.guizhou.ipp.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** A request refused for its role is on the trail of the object it concerned, and of its path. */
@IntegrationTest
class AuditRefusalsIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Test
  void aRefusalByRoleIsFoundByTheObjectAndByThePath() {
    Http api = Http.to("http://127.0.0.1:" + port);
    UUID application = UUID.randomUUID();
    Http.Response refused =
        api.bearer(tokens.tokenFor("applicant-a", "applicant"))
            .get("/api/review/applications/" + application);
    assertThat(refused.status()).isEqualTo(403);

    Http admin = api.bearer(tokens.tokenFor("admin", "bureau-admin"));
    JsonNode byObject =
        admin.get("/api/audit-records?objectType=APPLICATION&objectId=" + application).json();
    assertThat(byObject).hasSize(1);
    assertThat(byObject.get(0).get("outcome").asString()).isEqualTo("FORBIDDEN");
    assertThat(byObject.get(0).get("objectType").asString()).isEqualTo("application");
    assertThat(byObject.get(0).get("action").asString())
        .isEqualTo("GET /api/review/applications/" + application);
    assertThat(byObject.get(0).get("subject").asString())
        .isEqualTo(TestTokenIssuer.subjectOf("applicant-a"));

    JsonNode byPath = admin.get("/api/audit-records?path=/api/review/applications/").json();
    java.util.List<String> ids = new java.util.ArrayList<>();
    byPath.forEach(record -> ids.add(record.get("objectId").asString()));
    assertThat(ids).contains(application.toString());

    Http.Response neither = admin.get("/api/audit-records?objectType=application");
    assertThat(neither.status()).isEqualTo(422);
    assertThat(neither.json().get("errors").get(0).get("field").asString()).isEqualTo("objectId");
  }
}
