package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.Http;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * An application from registration to submission through the gateway, with tokens from the real
 * Keycloak, credit checks against the registry simulator, program-service's call opened by an
 * officer, and the submission arriving in review-service over Kafka.
 */
@ExtendWith(LocalPlatform.class)
class ApplicationSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");

  private static Http officer;
  private static Http applicantA;
  private static Http applicantB;
  private static Http admin;

  @BeforeAll
  static void openTheCall() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    applicantA = gateway.bearer(Keycloak.userToken("applicant-a"));
    applicantB = gateway.bearer(Keycloak.userToken("applicant-b"));
    admin = gateway.bearer(Keycloak.userToken("admin"));
    Portal.openTheCall(officer);
  }

  @Test
  void anApplicantSubmitsAJointApplicationThatReachesReview() {
    String lead = Portal.register(applicantA, "ENTERPRISE", "贵州黔云智联科技有限公司");
    String partner = Portal.register(applicantB, "UNIVERSITY_OR_RESEARCH_INSTITUTE", "贵州系统测试大学");
    String partnerCode =
        applicantB.get("/api/organisations/" + partner).json().get("creditCode").asString();

    // The lead's credit check against the simulator, and a profile fact with its evidence.
    Http.Response check = officer.post("/api/organisations/" + lead + "/credit-checks", "");
    assertThat(check.json().get("outcome").asString()).isEqualTo("CLEAR");
    String evidence =
        applicantA
            .postFile(
                "/api/organisations/" + lead + "/documents",
                "file",
                "平台认定.pdf",
                "application/pdf",
                Portal.pdf())
            .json()
            .get("id")
            .asString();
    Http.Response profile =
        applicantA.put(
            "/api/organisations/" + lead + "/profile",
            Map.of(
                "contacts", List.of(Map.of("name", "李四", "phone", "0851-86660000")),
                "industryTags", List.of("新能源电池"),
                "facts",
                    Map.of(
                        "hasProvincialPlatform",
                        Map.of("value", true, "evidence", List.of(evidence)))));
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

    String application = Portal.draftHvp(applicantA, lead);

    // applicant-b neither reads nor changes what is not its own.
    assertThat(applicantB.get("/api/organisations/" + lead).status()).isEqualTo(404);
    assertThat(applicantB.get("/api/applications/" + application).status()).isEqualTo(404);
    assertThat(applicantB.put("/api/applications/" + application, Portal.content()).status())
        .isEqualTo(404);

    Http.Response named =
        applicantA.put(
            "/api/applications/" + application + "/participants/" + partnerCode,
            Map.of("role", "合作单位", "divisionOfWork", "专利挖掘与技术评估"));
    assertThat(named.status()).as(named.toString()).isEqualTo(200);
    // Named as participant, applicant-b reads the application but still does not change it.
    assertThat(applicantB.get("/api/applications/" + application).status()).isEqualTo(200);
    assertThat(applicantB.put("/api/applications/" + application, Portal.content()).status())
        .isEqualTo(403);
    Http.Response confirmed =
        applicantB.post(
            "/api/applications/" + application + "/participants/" + partnerCode + "/confirmation",
            "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

    Portal.uploadForm(applicantA, application);

    JsonNode view = Portal.submit(applicantA, application);
    assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(view.get("reference").asString()).startsWith(Portal.YEAR + "-HVP-");

    // The refusals are in the audit trail.
    JsonNode trail =
        admin
            .get("/api/audit/applicant-service?objectType=application&objectId=" + application)
            .json();
    assertThat(trail.findValuesAsString("outcome")).contains("NOT_VISIBLE", "FORBIDDEN");

    // The submitted event reaches review-service.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> officer.get("/api/review/applications/" + application).status() == 200);
    JsonNode registered = officer.get("/api/review/applications/" + application).json();
    assertThat(registered.get("reference").asString()).isEqualTo(view.get("reference").asString());
    assertThat(registered.get("participantCreditCodes").toString()).contains(partnerCode);
  }
}
