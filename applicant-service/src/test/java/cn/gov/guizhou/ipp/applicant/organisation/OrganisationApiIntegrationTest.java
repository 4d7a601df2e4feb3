package cn.gov.guizhou.ipp.applicant.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OrganisationApiIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  Http api;
  Http applicantA;
  Http applicantB;
  Http officer;

  @BeforeEach
  void clients() {
    api = Http.to("http://127.0.0.1:" + port);
    applicantA = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    applicantB = api.bearer(tokens.tokenFor("applicant-b", "applicant"));
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  private static Map<String, Object> registration(String code) {
    return Registrations.enterprise(code);
  }

  @Test
  void theListPagesNewestFirstWithTheTotalAndTheLinks() {
    Http newcomer =
        api.bearer(tokens.tokenFor("applicant-paging-" + UUID.randomUUID(), "applicant"));
    java.util.List<String> registered = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Http.Response response =
          newcomer.post("/api/organisations", registration(UsccGenerator.next()));
      assertThat(response.status()).as(response.toString()).isEqualTo(201);
      registered.add(0, response.json().get("id").asString());
    }

    Http.Response first = newcomer.get("/api/organisations?size=2");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().findValuesAsString("id"))
        .containsExactly(registered.get(0), registered.get(1));
    assertThat(first.header("X-Total-Count")).isEqualTo("3");
    assertThat(first.header("Link"))
        .isEqualTo(
            "</api/organisations?page=1&size=2>; rel=\"first\", "
                + "</api/organisations?page=2&size=2>; rel=\"next\", "
                + "</api/organisations?page=2&size=2>; rel=\"last\"");
    Http.Response second = newcomer.get("/api/organisations?page=2&size=2");
    assertThat(second.json().findValuesAsString("id")).containsExactly(registered.get(2));
    assertThat(newcomer.get("/api/organisations").json().findValuesAsString("id"))
        .containsExactlyElementsOf(registered);
    assertThat(officer.get("/api/organisations?size=1").json()).hasSize(1);
    assertThat(Long.parseLong(officer.get("/api/organisations?size=1").header("X-Total-Count")))
        .isGreaterThanOrEqualTo(3);

    Http.Response zero = newcomer.get("/api/organisations?page=0");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().get("type").asString()).endsWith("/malformed-request");
    assertThat(zero.json().at("/errors/0/field").asString()).isEqualTo("page");
    Http.Response tooMany =
        newcomer.header("Accept-Language", "en").get("/api/organisations?size=500");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().at("/errors/0/field").asString()).isEqualTo("size");
    assertThat(tooMany.json().at("/errors/0/message").asString())
        .isEqualTo("must be a whole number from 1 to 100");
  }

  @Test
  void anApplicantRegistersItsOrganisationAndTheEventReachesKafka() {
    String code = UsccGenerator.next();

    Http.Response created = applicantA.post("/api/organisations", registration(code));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(body.get("creditCode").asString()).isEqualTo(code);
    assertThat(body.get("regionName").asString()).isEqualTo("贵阳市");
    assertThat(created.header("Location")).isEqualTo("/api/organisations/" + id);
    assertThat(applicantA.get("/api/organisations/" + id).status()).isEqualTo(200);

    ConsumerRecord<String, byte[]> record =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICANT_ORGANISATIONS,
                r -> id.equals(r.key()),
                Duration.ofSeconds(20))
            .orElseThrow(() -> new AssertionError("no event for organisation " + id));
    assertThat(header(record, CloudEventHeaders.TYPE))
        .isEqualTo(EventTypes.ORGANISATION_REGISTERED_V1);
    assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
    assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/ipp/applicant-service");
    assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
    assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
    assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
    assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains(code);
    assertThat(
            jdbc.sql(
                    "select count(*) from event_outbox where message_key = :id and published_at is not null"
                        + " and event_type = '"
                        + EventTypes.ORGANISATION_REGISTERED_V1
                        + "'")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void theCallersTraceTravelsWithTheEventAndIntoTheAuditTrail() {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    Http.Response created =
        applicantA
            .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
            .post("/api/organisations", registration(UsccGenerator.next()));
    String id = created.json().get("id").asString();

    ConsumerRecord<String, byte[]> record =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICANT_ORGANISATIONS,
                r -> id.equals(r.key()),
                Duration.ofSeconds(20))
            .orElseThrow(() -> new AssertionError("no event for organisation " + id));
    assertThat(header(record, "traceparent")).startsWith("00-" + traceId + "-");
    assertThat(
            jdbc.sql(
                    "select correlation_id from audit_record where object_id = :id"
                        + " and action = 'organisation.register'")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(traceId);
  }

  @Test
  void aWrongCheckCharacterIsRefusedNamingTheFieldAndWritesNothing() {
    String code = UsccGenerator.withWrongCheckCharacter();

    Http.Response refused = applicantA.post("/api/organisations", registration(code));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/validation");
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
    assertThat(countByCode(code)).isZero();
  }

  @Test
  void aCodeRegistersOnce() {
    String code = UsccGenerator.next();
    assertThat(applicantA.post("/api/organisations", registration(code)).status()).isEqualTo(201);

    Http.Response again = applicantB.post("/api/organisations", registration(code));

    assertThat(again.status()).isEqualTo(409);
    assertThat(countByCode(code)).isEqualTo(1L);
  }

  @Test
  void malformedJsonWrongEnumsAndMissingFieldsAreClientErrors() {
    assertThat(applicantA.post("/api/organisations", "{\"creditCode\":").status()).isEqualTo(400);

    Map<String, Object> unknownRegion = registration(UsccGenerator.next());
    unknownRegion.put("region", "ATLANTIS");
    assertThat(applicantA.post("/api/organisations", unknownRegion).status()).isEqualTo(400);

    Http.Response missing =
        applicantA.post("/api/organisations", Map.of("creditCode", UsccGenerator.next()));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().get("errors").findValuesAsString("field"))
        .contains("legalName", "type", "region", "legalRepresentative");
  }

  @Test
  void problemTitlesFollowAcceptLanguage() {
    Http.Response chinese =
        applicantA.post(
            "/api/organisations", registration(UsccGenerator.withWrongCheckCharacter()));
    Http.Response english =
        applicantA
            .header("Accept-Language", "en")
            .post("/api/organisations", registration(UsccGenerator.withWrongCheckCharacter()));

    assertThat(chinese.json().get("title").asString()).isEqualTo("请求数据未通过校验");
    assertThat(english.json().get("title").asString()).isEqualTo("The request is not valid");
    assertThat(chinese.json().get("detail").asString()).isEqualTo("部分字段未通过校验，详见 errors。");
    assertThat(english.json().get("detail").asString())
        .isEqualTo("Some fields are not valid; see errors.");
    assertThat(english.json().get("reason").asString()).contains("check character");
    assertThat(english.json().get("errors").get(0).get("message").asString())
        .isEqualTo("check character (character 18) does not match");
    assertThat(chinese.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
    assertThat(chinese.json().get("errors").get(0).get("message").asString())
        .isEqualTo("第18位校验码不正确，请核对统一社会信用代码");
  }

  @Test
  void anApplicantSeesOnlyItsOwnOrganisationsAndOfficersSeeAll() {
    String id =
        applicantA
            .post("/api/organisations", registration(UsccGenerator.next()))
            .json()
            .get("id")
            .asString();

    assertThat(applicantB.get("/api/organisations/" + id).status()).isEqualTo(404);
    assertThat(applicantB.get("/api/organisations").json().findValuesAsString("id"))
        .doesNotContain(id);
    assertThat(applicantA.get("/api/organisations").json().findValuesAsString("id")).contains(id);
    assertThat(officer.get("/api/organisations/" + id).status()).isEqualTo(200);
    assertThat(officer.get("/api/organisations").json().findValuesAsString("id")).contains(id);
  }

  @Test
  void tokensThatBreakAnyRuleAreRefusedWith401() {
    String path = "/api/organisations";
    assertThat(api.get(path).status()).isEqualTo(401);
    assertThat(
            api.bearer(
                    tokens
                        .token()
                        .user("applicant-a")
                        .roles("applicant")
                        .expiresAt(Instant.now().minusSeconds(120))
                        .sign())
                .get(path)
                .status())
        .as("expired")
        .isEqualTo(401);
    assertThat(
            api.bearer(
                    tokens
                        .token()
                        .user("applicant-a")
                        .roles("applicant")
                        .issuer("http://localhost:8180/realms/other")
                        .sign())
                .get(path)
                .status())
        .as("other issuer")
        .isEqualTo(401);
    assertThat(
            api.bearer(tokens.token().user("applicant-a").roles("applicant").audience().sign())
                .get(path)
                .status())
        .as("no audience")
        .isEqualTo(401);
    assertThat(
            api.bearer(
                    tokens
                        .token()
                        .user("applicant-a")
                        .roles("applicant")
                        .audience("account")
                        .sign())
                .get(path)
                .status())
        .as("another audience")
        .isEqualTo(401);
    assertThat(
            api.bearer(
                    tokens
                        .token()
                        .user("applicant-a")
                        .roles("applicant")
                        .signedWithForeignKey()
                        .sign())
                .get(path)
                .status())
        .as("signed by another key")
        .isEqualTo(401);
    assertThat(api.bearer("not-a-jwt").get(path).status()).isEqualTo(401);
  }

  @Test
  void aValidTokenWithoutTheRoleIsRefusedWith403() {
    Http expert = api.bearer(tokens.tokenFor("expert-1", "expert"));
    assertThat(expert.get("/api/organisations").status()).isEqualTo(403);
    assertThat(officer.post("/api/organisations", registration(UsccGenerator.next())).status())
        .isEqualTo(403);
  }

  @Test
  void healthProbesAreOpen() {
    assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(api.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    assertThat(api.get("/v3/api-docs").body()).contains("/api/organisations");
  }

  private long countByCode(String code) {
    return jdbc.sql("select count(*) from organisation where credit_code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return CloudEventHeaders.text(record.headers(), name).orElse(null);
  }
}
