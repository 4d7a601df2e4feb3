package cn.gov.guizhou.ipp.applicant.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators decide who acts for their organisation; nobody else can. */
@IntegrationTest
class MembershipIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  Http api;
  Http applicantA;
  Http applicantB;

  @BeforeEach
  void clients() {
    api = Http.to("http://127.0.0.1:" + port);
    applicantA = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    applicantB = api.bearer(tokens.tokenFor("applicant-b", "applicant"));
  }

  private static String subject(String username) {
    return TestTokenIssuer.subjectOf(username);
  }

  private String organisationOfA() {
    return applicantA
        .post("/api/organisations", Registrations.enterprise(UsccGenerator.next()))
        .json()
        .get("id")
        .asString();
  }

  @Test
  void anAdministratorAddsAndRemovesMembers() {
    String id = organisationOfA();
    String members = "/api/organisations/" + id + "/members/";
    assertThat(applicantB.get("/api/organisations/" + id).status()).isEqualTo(404);

    Http.Response added =
        applicantA.put(members + subject("applicant-b"), Map.of("role", "MEMBER"));
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(added.json().findValuesAsString("role")).containsExactly("ADMINISTRATOR", "MEMBER");
    assertThat(applicantB.get("/api/organisations/" + id).status()).isEqualTo(200);

    assertThat(applicantB.put(members + subject("applicant-c"), Map.of("role", "MEMBER")).status())
        .as("a member is not an administrator")
        .isEqualTo(404);
    assertThat(applicantB.delete(members + subject("applicant-a")).status()).isEqualTo(404);

    assertThat(applicantA.delete(members + subject("applicant-b")).status()).isEqualTo(200);
    assertThat(applicantB.get("/api/organisations/" + id).status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_record where object_id = :id"
                        + " and action like 'organisation.member-%' and outcome = 'SUCCEEDED'")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(2L);
  }

  @Test
  void anOrganisationKeepsAnAdministrator() {
    String id = organisationOfA();
    String self = "/api/organisations/" + id + "/members/" + subject("applicant-a");
    assertThat(applicantA.put(self, Map.of("role", "MEMBER")).status()).isEqualTo(409);
    assertThat(applicantA.delete(self).status()).isEqualTo(409);

    applicantA.put(
        "/api/organisations/" + id + "/members/" + subject("applicant-b"),
        Map.of("role", "ADMINISTRATOR"));
    assertThat(applicantA.put(self, Map.of("role", "MEMBER")).status())
        .as("another administrator remains")
        .isEqualTo(200);
  }

  @Test
  void outsidersCannotSeeOrChangeTheMembership() {
    String id = organisationOfA();
    String members = "/api/organisations/" + id + "/members";
    assertThat(applicantB.get(members).status()).isEqualTo(404);
    assertThat(
            applicantB
                .put(members + "/" + subject("applicant-b"), Map.of("role", "ADMINISTRATOR"))
                .status())
        .isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_record where object_id = :id and outcome = 'NOT_VISIBLE'")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(2L);
    assertThat(api.bearer(tokens.tokenFor("officer", "programme-officer")).get(members).status())
        .isEqualTo(200);
    assertThat(applicantA.put(members + "/not-a-subject%21", Map.of("role", "MEMBER")).status())
        .isIn(400, 422);
    assertThat(
            applicantA
                .put(members + "/" + subject("applicant-b"), Map.of("role", "OWNER"))
                .status())
        .isEqualTo(400);
  }
}
