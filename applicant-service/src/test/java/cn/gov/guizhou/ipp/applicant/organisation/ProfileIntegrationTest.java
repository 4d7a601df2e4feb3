package cn.gov.guizhou.ipp.applicant.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.applicant.document.Files;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationUpdatedV1;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An organisation's profile — contacts, industry tags, profile facts with their evidence — kept,
 * shown, announced, and refused when wrong or changed by someone who may not.
 */
@IntegrationTest
class ProfileIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired OrganisationProfiles profiles;

  Http api;
  Http applicantA;
  Http applicantB;
  String organisation;

  @BeforeEach
  void clients() {
    api = Http.to("http://127.0.0.1:" + port);
    applicantA = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    applicantB = api.bearer(tokens.tokenFor("applicant-b", "applicant"));
    organisation = register(applicantA);
  }

  private static String register(Http client) {
    return client
        .post("/api/organisations", Registrations.enterprise(UsccGenerator.next()))
        .json()
        .get("id")
        .asString();
  }

  private String upload(Http client, String organisationId, byte[] content) {
    Http.Response created =
        client.postFile(
            "/api/organisations/" + organisationId + "/documents",
            "file",
            "evidence.pdf",
            "application/pdf",
            content);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private String profile() {
    return "/api/organisations/" + organisation + "/profile";
  }

  private static Map<String, Object> fact(Object value, String... evidence) {
    Map<String, Object> fact = new HashMap<>();
    fact.put("value", value);
    fact.put("evidence", List.of(evidence));
    return fact;
  }

  private static Map<String, Object> profileWith(Map<String, Object> facts) {
    Map<String, Object> profile = new HashMap<>();
    profile.put(
        "contacts",
        List.of(
            Map.of(
                "name",
                "李四",
                "title",
                "项目负责人",
                "phone",
                "+86-851-8888-6666",
                "email",
                "lisi@qianyun.example.cn")));
    profile.put("industryTags", List.of(" 大数据 ", "智能制造", "大数据"));
    profile.put("facts", facts);
    return profile;
  }

  @Test
  void anAdministratorDeclaresFactsWithEvidenceAndTheProfileIsShownAndAnnounced() {
    String patents = upload(applicantA, organisation, Files.pdf());
    String accounts = upload(applicantA, organisation, Files.pdfOfSize(2048));
    Map<String, Object> facts = new HashMap<>();
    facts.put("validPatentCount", fact(36, patents));
    facts.put("hasProvincialPlatform", fact(true));
    facts.put("inNationalDemonstrationList", fact(false));
    facts.put("revenue2026", fact(new BigDecimal("12860000.5"), accounts, patents));
    facts.put("inStatistics", fact(true, accounts));
    facts.put("giRightsHolderLevel", fact("PROVINCIAL"));

    Http.Response updated = applicantA.put(profile(), profileWith(facts));

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    JsonNode shown = applicantA.get("/api/organisations/" + organisation).json();
    assertThat(shown.get("industryTags").get(0).asString()).isEqualTo("大数据");
    assertThat(shown.get("industryTags").size()).isEqualTo(2);
    assertThat(shown.get("contacts").get(0).get("email").asString())
        .isEqualTo("lisi@qianyun.example.cn");
    assertThat(shown.get("facts").get("validPatentCount").get("value").asInt()).isEqualTo(36);
    assertThat(shown.get("facts").get("validPatentCount").get("evidenced").asBoolean()).isTrue();
    assertThat(shown.get("facts").get("hasProvincialPlatform").get("evidenced").asBoolean())
        .as("declared without evidence")
        .isFalse();
    assertThat(shown.get("facts").get("revenue2026").get("value").decimalValue())
        .isEqualByComparingTo("12860000.50");
    assertThat(shown.get("facts").get("revenue2026").get("evidence").get(0).asString())
        .isEqualTo(accounts);
    assertThat(shown.get("profileUpdatedAt").asString()).isNotBlank();

    assertThat(profiles.factsOf(UUID.fromString(organisation)))
        .containsEntry("validPatentCount", 36)
        .containsEntry("hasProvincialPlatform", true)
        .containsEntry("inNationalDemonstrationList", false)
        .containsEntry("revenue2026", new BigDecimal("12860000.50"))
        .containsEntry("inStatistics", true)
        .containsEntry("giRightsHolderLevel", "PROVINCIAL");

    ConsumerRecord<String, byte[]> record =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.APPLICANT_ORGANISATIONS,
                r ->
                    organisation.equals(r.key())
                        && CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)
                            .filter(EventTypes.ORGANISATION_UPDATED_V1::equals)
                            .isPresent(),
                Duration.ofSeconds(20))
            .orElseThrow(() -> new AssertionError("no organisation.updated event"));
    OrganisationUpdatedV1 event =
        EventJson.mapper().readValue(record.value(), OrganisationUpdatedV1.class);
    assertThat(event.facts().validPatentCount().value()).isEqualTo(36);
    assertThat(event.facts().validPatentCount().evidence())
        .containsExactly(UUID.fromString(patents));
    assertThat(event.facts().revenue2026().value()).isEqualByComparingTo("12860000.50");
    assertThat(event.facts().revenue2026().evidence())
        .containsExactly(UUID.fromString(accounts), UUID.fromString(patents));
    assertThat(event.facts().giRightsHolderLevel().value()).isEqualTo("PROVINCIAL");
    assertThat(event.industryTags()).containsExactly("大数据", "智能制造");
    assertThat(new String(record.value(), StandardCharsets.UTF_8))
        .as("contacts are personal data and stay out of events")
        .doesNotContain("lisi@")
        .doesNotContain("8888");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_record where object_id = :id"
                        + " and action = 'organisation.profile-update' and outcome = 'SUCCEEDED'")
                .param("id", organisation)
                .query(Long.class)
                .single())
        .isEqualTo(1L);

    assertThat(applicantA.put(profile(), profileWith(Map.of())).status()).isEqualTo(200);
    assertThat(profiles.factsOf(UUID.fromString(organisation)))
        .as("the profile is replaced as a whole")
        .isEmpty();
  }

  @Test
  void evidenceFromAnotherOrganisationOrNoDocumentIsRefusedNamingTheFact() {
    String other = register(applicantB);
    String theirs = upload(applicantB, other, Files.pdf());

    Http.Response refused =
        applicantA.put(profile(), profileWith(Map.of("validPatentCount", fact(3, theirs))));
    Http.Response unknown =
        applicantA.put(
            profile(),
            profileWith(Map.of("inStatistics", fact(true, UUID.randomUUID().toString()))));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(field(refused)).isEqualTo("facts.validPatentCount.evidence");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(field(unknown)).isEqualTo("facts.inStatistics.evidence");
    assertThat(profiles.factsOf(UUID.fromString(organisation))).isEmpty();
  }

  @Test
  void unknownFactsAndValuesOfTheWrongKindAreRefusedNamingTheField() {
    Map<String, Map<String, Object>> wrong =
        Map.of(
            "facts.annualProfit", Map.of("annualProfit", fact(1)),
            "facts.validPatentCount.value", Map.of("validPatentCount", fact(-1)),
            "facts.revenue2026.value", Map.of("revenue2026", fact(new BigDecimal("100.123"))),
            "facts.giRightsHolderLevel.value", Map.of("giRightsHolderLevel", fact("NATIONAL")),
            "facts.inStatistics.value", Map.of("inStatistics", fact("yes")));
    wrong.forEach(
        (expectedField, facts) -> {
          Http.Response refused = applicantA.put(profile(), profileWith(new HashMap<>(facts)));
          assertThat(refused.status()).as(expectedField + ": " + refused).isEqualTo(422);
          assertThat(field(refused)).isEqualTo(expectedField);
        });
    Map<String, Object> count = fact(2.5);
    Http.Response fraction =
        applicantA.put(profile(), profileWith(Map.of("validPatentCount", count)));
    assertThat(field(fraction)).isEqualTo("facts.validPatentCount.value");
    assertThat(profiles.factsOf(UUID.fromString(organisation))).isEmpty();
  }

  @Test
  void aRevenueBeyondAnyNumberIsRefusedNamingTheFactNotAServerError() {
    Http.Response refused =
        applicantA.put(profile(), "{\"facts\":{\"revenue2026\":{\"value\":1e400}}}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(field(refused)).isEqualTo("facts.revenue2026.value");
    assertThat(profiles.factsOf(UUID.fromString(organisation))).isEmpty();
  }

  @Test
  void onlyTheOrganisationsAdministratorsChangeItsProfile() {
    Http.Response outsider = applicantB.put(profile(), profileWith(Map.of()));
    assertThat(outsider.status()).isEqualTo(404);

    applicantA.put(
        "/api/organisations/"
            + organisation
            + "/members/"
            + TestTokenIssuer.subjectOf("applicant-b"),
        Map.of("role", "MEMBER"));
    Http.Response member = applicantB.put(profile(), profileWith(Map.of()));
    assertThat(member.status()).isEqualTo(403);

    assertThat(
            jdbc.sql(
                    "select outcome from audit_record where object_id = :id"
                        + " and action = 'organisation.profile-update' order by id")
                .param("id", organisation)
                .query(String.class)
                .list())
        .containsExactly("NOT_VISIBLE", "FORBIDDEN");
    assertThat(
            api.bearer(tokens.tokenFor("officer", "programme-officer"))
                .put(profile(), profileWith(Map.of()))
                .status())
        .isEqualTo(403);
  }

  @Test
  void contactsAndTagsAreCheckedAtRegistrationAndTheirFieldsNamed() {
    Map<String, Object> registration = Registrations.enterprise(UsccGenerator.next());
    registration.put("contacts", List.of(Map.of("name", "王五", "email", "wangwu-at-example")));
    Http.Response badEmail = applicantA.post("/api/organisations", registration);
    assertThat(badEmail.status()).isEqualTo(422);
    assertThat(field(badEmail)).isEqualTo("contacts[0].email");

    registration.put("contacts", List.of(Map.of("name", "王五", "phone", "0851 8888 (ext)")));
    assertThat(field(applicantA.post("/api/organisations", registration)))
        .isEqualTo("contacts[0].phone");

    registration.put("contacts", List.of(Map.of("name", "王五")));
    assertThat(field(applicantA.post("/api/organisations", registration)))
        .as("a contact needs a phone or an e-mail")
        .isEqualTo("contacts[0].phone");

    registration.put(
        "contacts",
        List.of(Map.of("name", "王五", "phone", "13800138000", "email", "ww@example.cn")));
    registration.put("industryTags", List.of("生物医药", " 生物医药"));
    Http.Response created = applicantA.post("/api/organisations", registration);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("contacts").get(0).get("phone").asString())
        .isEqualTo("13800138000");
    assertThat(created.json().get("industryTags").size()).isEqualTo(1);
  }

  private static String field(Http.Response refused) {
    return refused.json().get("errors").get(0).get("field").asString();
  }
}
