package cn.gov.guizhou.ipp.review.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationWithdrawnV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

  private static ApplicationSubmittedV1 submission(UUID id, String lead, String participant) {
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    return new ApplicationSubmittedV1(
        id,
        "2027-HVP-" + id.toString().substring(0, 5),
        2027,
        "HVP",
        1,
        new ApplicationParty(
            UUID.randomUUID(), lead, "贵州黔云智联科技有限公司", "ENTERPRISE", "LEAD", null, null),
        List.of(
            new ApplicationParty(
                UUID.randomUUID(),
                participant,
                "贵州大学",
                "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                "合作单位",
                "专利挖掘",
                at.minusDays(1))),
        "新能源电池材料高价值专利培育",
        "培育高价值专利组合",
        new BigDecimal("500000.00"),
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 12, 31),
        new ImplementationPlan(
            List.of(new ImplementationPlan.Task("T1", "专利布局", new BigDecimal("100"), List.of())),
            List.of(new ImplementationPlan.Milestone("完成", LocalDate.of(2027, 12, 1), "T1")),
            List.of(new ImplementationPlan.QuarterlyTarget("2027-Q4", new BigDecimal("100"))),
            List.of(new ImplementationPlan.PerformanceTarget("发明专利申请", new BigDecimal("10"), "件"))),
        List.of(new BudgetLine("PUBLICATION_AND_IP", new BigDecimal("500000.00"), "专利事务")),
        List.of(
            new ApplicationSubmittedV1.SubmittedMaterial(
                "HVP-M1", UUID.randomUUID(), "申报书.pdf", "application/pdf", 1024, "a".repeat(64))),
        List.of("HVP-C01", "HVP-C04"),
        "CLEAR",
        at);
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
    UUID id = UUID.randomUUID();
    String lead = UsccGenerator.next();
    String participant = UsccGenerator.next("12", "520000");
    ApplicationSubmittedV1 event = submission(id, lead, participant);
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
  }

  @Test
  void aWithdrawalStopsTheApplication() {
    UUID id = UUID.randomUUID();
    ApplicationSubmittedV1 event =
        submission(id, UsccGenerator.next(), UsccGenerator.next("12", "520000"));
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
