package cn.gov.guizhou.ipp.program.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.kit.events.CloudEventHeaders;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CatalogueApiIntegrationTest {

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired CatalogueSeeder seeder;

  Http anonymous;

  @BeforeEach
  void client() {
    anonymous = Http.to("http://127.0.0.1:" + port);
  }

  @Test
  void anyoneReadsThe2027CallWithItsFifteenTracksAndTheirRules() {
    Http.Response response = anonymous.get("/api/programmes?year=2027");

    assertThat(response.status()).isEqualTo(200);
    JsonNode tracks = response.json();
    assertThat(tracks.size()).isEqualTo(15);
    assertThat(tracks.get(0).get("code").asString()).isEqualTo("HVP");
    assertThat(tracks.get(0).get("fundingRule").get("kind").asString()).isEqualTo("FIXED_AMOUNT");
    assertThat(tracks.get(0).get("fundingRule").get("amount").decimalValue())
        .isEqualByComparingTo("500000");
    assertThat(tracks.get(0).get("criteria").get(0).get("zh").asString()).isNotBlank();
    assertThat(tracks.get(0).get("criteria").get(0).get("en").asString()).isNotBlank();
    assertThat(anonymous.get("/api/programmes").json().size()).isEqualTo(15);
  }

  @Test
  void aTrackCarriesItsOfficialNameAndRule() {
    JsonNode prefecture = anonymous.get("/api/programmes/CAPABILITY-PREFECTURE").json();
    assertThat(prefecture.get("programmeNameZh").asString()).isEqualTo("知识产权转化运用能力提升项目");
    assertThat(prefecture.get("fundingRule").get("kind").asString()).isEqualTo("RANK_TIERS");
    assertThat(prefecture.get("fundingRule").get("tiers").size()).isEqualTo(4);

    JsonNode call = anonymous.get("/api/calls/2027").json();
    assertThat(call.get("state").asString()).isEqualTo("PUBLISHED");
    assertThat(call.get("ruleVersion").asInt()).isEqualTo(1);
    assertThat(call.get("trackCodes").size()).isEqualTo(15);
  }

  @Test
  void thePublishedCallIsAnnouncedToTheOtherServices() {
    ConsumerRecord<String, byte[]> record =
        TopicReader.find(
                TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.PROGRAM_CALLS,
                r -> "2027".equals(r.key()),
                Duration.ofSeconds(20))
            .orElseThrow(() -> new AssertionError("no call.published event"));
    assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE))
        .contains(EventTypes.CALL_PUBLISHED_V1);
    CallPublishedV1 event = EventJson.mapper().readValue(record.value(), CallPublishedV1.class);
    assertThat(event.tracks()).hasSize(15);
    assertThat(event.tracks().get(0).fundingRule()).isInstanceOf(FixedAmount.class);
  }

  @Test
  void seedingAgainChangesNothing() {
    long before = jdbc.sql("select count(*) from catalogue_call").query(Long.class).single();
    seeder.run(new DefaultApplicationArguments());
    assertThat(jdbc.sql("select count(*) from catalogue_call").query(Long.class).single())
        .isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from catalogue_call where call_year = 2027 and version = 1")
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void unknownTracksAndYearsAreProblems() {
    Http.Response unknown = anonymous.get("/api/programmes/NOPE");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/not-found");
    assertThat(anonymous.get("/api/programmes?year=abc").status()).isEqualTo(400);
    assertThat(anonymous.get("/api/programmes?year=1900").status()).isEqualTo(422);
    assertThat(anonymous.get("/api/programmes?year=2031").status()).isEqualTo(404);
  }

  @Test
  void anApplicantAssessesItsEligibility() {
    Http applicant = anonymous.bearer(TestTokenIssuer.get().tokenFor("applicant-a", "applicant"));
    Map<String, Object> agency =
        Map.of(
            "organisationType", "IP_SERVICE_AGENCY",
            "region", "GUIYANG",
            "creditStatus", "CLEAR",
            "facts", Map.of("revenue2026", 12_000_000, "inStatistics", true),
            "otherApplicationsInCall", List.of());

    Http.Response assessed = applicant.post("/api/programmes/AGENCY-BRAND/eligibility", agency);

    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
    assertThat(assessed.json().get("overall").asString()).isEqualTo("SUBJECT_TO_FORMAL_CHECK");
    assertThat(assessed.json().get("criteria").findValuesAsString("result"))
        .contains("PASS", "TO_BE_CONFIRMED")
        .doesNotContain("FAIL");

    assertThat(anonymous.post("/api/programmes/AGENCY-BRAND/eligibility", agency).status())
        .isEqualTo(401);
    assertThat(
            applicant
                .post(
                    "/api/programmes/AGENCY-BRAND/eligibility",
                    Map.of("organisationType", "not a type"))
                .status())
        .isEqualTo(422);
    assertThat(applicant.post("/api/programmes/NOPE/eligibility", agency).status()).isEqualTo(404);
  }
}
