package cn.gov.guizhou.ipp.review.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationWithdrawnV1;
import cn.gov.guizhou.ipp.review.ReviewFixtures;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** applicant-service's submitted and withdrawn applications reach review-service's register. */
@IntegrationTest
class ApplicationEventsIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  EventSender sender;
  Http officer;

  @BeforeEach
  void setUp() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    officer =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  @AfterEach
  void close() {
    sender.close();
  }

  private JsonNode awaitRegistered(UUID id, String status) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> officer.get("/api/review/applications/" + id),
            r -> r.status() == 200 && status.equals(r.json().get("status").asString()))
        .json();
  }

  @Test
  void aSubmittedApplicationIsRegisteredWithItsPartiesOnce() {
    String lead = UsccGenerator.next();
    String participant = UsccGenerator.next("12", "520000");
    ApplicationSubmittedV1 event = ReviewFixtures.submission(2027, lead, participant, "500000");
    UUID id = event.applicationId();
    String eventId = UUID.randomUUID().toString();
    sender.send(EventCatalogue.APPLICATION_SUBMITTED, event, eventId);
    sender.send(EventCatalogue.APPLICATION_SUBMITTED, event, eventId);

    JsonNode registered = awaitRegistered(id, "SUBMITTED");

    assertThat(registered.get("reference").asString()).isEqualTo(event.reference());
    assertThat(registered.get("leadCreditCode").asString()).isEqualTo(lead);
    assertThat(registered.get("participantCreditCodes").toString()).contains(participant);
    assertThat(registered.get("criteriaToConfirm").toString()).contains("HVP-C04");
    assertThat(registered.get("requestedAmount").decimalValue()).isEqualByComparingTo("500000");
    assertThat(officer.get("/api/review/applications?year=2027&track=HVP").json().toString())
        .contains(id.toString());
    Http.Response newest = officer.get("/api/review/applications?year=2027&track=HVP&size=1");
    assertThat(newest.json().findValuesAsString("applicationId")).containsExactly(id.toString());
    assertThat(Long.parseLong(newest.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
    assertThat(newest.header("Link"))
        .contains("</api/review/applications?year=2027&track=HVP&page=1&size=1>; rel=\"first\"");
    assertThat(officer.get("/api/review/applications?year=2027&size=0").status()).isEqualTo(400);
  }

  @Test
  void aWithdrawalStopsTheApplication() {
    ApplicationSubmittedV1 event =
        ReviewFixtures.submission(
            2027, UsccGenerator.next(), UsccGenerator.next("12", "520000"), "500000");
    UUID id = event.applicationId();
    sender.send(EventCatalogue.APPLICATION_SUBMITTED, event, UUID.randomUUID().toString());
    awaitRegistered(id, "SUBMITTED");

    sender.send(
        EventCatalogue.APPLICATION_WITHDRAWN,
        new ApplicationWithdrawnV1(
            id,
            event.reference(),
            2027,
            "HVP",
            event.lead().organisationId(),
            "调整申报方向",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());

    assertThat(awaitRegistered(id, "WITHDRAWN").get("withdrawnAt").isNull()).isFalse();
  }

  @Test
  void onlyBureauStaffReadTheRegister() {
    Http applicant =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("applicant-a", "applicant"));
    assertThat(applicant.get("/api/review/applications?year=2027").status()).isEqualTo(403);
    assertThat(officer.get("/api/review/applications/" + UUID.randomUUID()).status())
        .isEqualTo(404);
    assertThat(officer.get("/api/review/applications?year=1999").status()).isIn(400, 422);
  }
}
