package cn.gov.guizhou.ipp.funding.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.funding.ApplicantServiceStub;
import cn.gov.guizhou.ipp.funding.FundingEvents;
import cn.gov.guizhou.ipp.testkit.CallEvents;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Guide 2.1 (数据知识产权领军企业): "项目实施期内单个单位累计补助20万元" — the ceiling binds the unit over its implementation
 * period, not each application. A unit with two 2.1 grants of overlapping periods receives at most
 * CNY 200,000 in all: its third selected stage of CNY 100,000 is refused, the commitment goes back
 * to the track, and the unit is told why. And "再次验收不通过的，收回已拨付的未使用项目资金": after a second failed
 * acceptance the bureau must order back what was paid and not used; it may not decide to recover
 * nothing.
 */
@IntegrationTest
class DataIpLeaderFundingIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2076);
  private static final StagedPostSubsidy LEADER =
      new StagedPostSubsidy(new BigDecimal("100000"), List.of(2, 3), new BigDecimal("200000"));

  @Value("${local.server.port}")
  int port;

  @Value("${spring.kafka.bootstrap-servers}")
  String kafka;

  EventSender sender;
  Http finance;
  Http officer;
  int year;

  @DynamicPropertySource
  static void remotes(DynamicPropertyRegistry registry) {
    ApplicantServiceStub.register(registry);
  }

  @BeforeEach
  void setUp() {
    ApplicantServiceStub.reset();
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    finance =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("finance", "finance-officer"));
    officer =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("officer", "programme-officer"));
    year = years.addAndGet(2);
    for (int y : List.of(year, year + 1)) {
      sender.send(
          EventCatalogue.CALL_PUBLISHED,
          CallEvents.open(y, List.of(leaderTrack(y))),
          UUID.randomUUID().toString());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  finance.get("/api/funding/calls/" + y + "/tracks/DATA-IP-LEADER").status()
                      == 200);
    }
  }

  @AfterEach
  void close() {
    sender.close();
    assertThat(finance.get("/api/funding/ledger/violations").json().size())
        .as("the ledger's invariants hold after every test")
        .isZero();
  }

  @Test
  void aUnitWithTwoGrantsReceivesAtMost200000InAll() throws Exception {
    UUID unit = UUID.randomUUID();
    String code = UsccGenerator.next();
    AwardDecidedV1 first = award(year, unit, code);
    AwardDecidedV1 second = award(year + 1, unit, code);
    AwardDecidedV1 otherUnit = award(year, UUID.randomUUID(), UsccGenerator.next());
    FundingEvents.grantOf(finance, first.applicationId());
    FundingEvents.grantOf(finance, second.applicationId());
    FundingEvents.grantOf(finance, otherUnit.applicationId());

    selected(first, 2);
    awaitTranche(first, 0, "DUE");
    selected(second, 2);
    awaitTranche(second, 0, "DUE");
    BigDecimal uncommitted = uncommitted(year);

    // The unit has its 200,000: the first grant's year-3 stage is refused, with the reason.
    selected(first, 3);
    JsonNode refused = awaitTranche(first, 1, "LAPSED");
    assertThat(refused.get("amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(refused.get("note").asString())
        .isEqualTo("本单位在项目实施期内已累计获得补助 200000 元，达到单个单位累计补助 200000 元的上限，本阶段补助不予拨付");
    assertThat(uncommitted(year))
        .as("the refused stage's commitment returns to the track")
        .isEqualByComparingTo(uncommitted.add(new BigDecimal("100000")));
    JsonNode told =
        EventJson.mapper()
            .readTree(
                TopicReader.find(
                        kafka,
                        Topics.APPLICATION_PROGRESS,
                        r ->
                            r.key().equals(first.applicationId().toString())
                                && new String(r.value(), StandardCharsets.UTF_8).contains("上限"),
                        Duration.ofSeconds(20))
                    .orElseThrow()
                    .value());
    assertThat(told.get("status").asString()).isEqualTo("IN_IMPLEMENTATION");
    assertThat(told.get("reason").asString()).startsWith("第 2 笔阶段补助：本单位在项目实施期内已累计获得补助 200000 元");

    // Another unit's stages are its own.
    selected(otherUnit, 2);
    JsonNode own = awaitTranche(otherUnit, 0, "DUE");
    assertThat(own.get("amount").decimalValue()).isEqualByComparingTo("100000");
    assertThat(own.get("note").isNull()).isTrue();
  }

  @Test
  void aSecondFailedAcceptanceOf21MustBeFollowedByTheRecovery() {
    AwardDecidedV1 award = award(year, UUID.randomUUID(), UsccGenerator.next());
    FundingEvents.grantOf(finance, award.applicationId());
    selected(award, 2);
    awaitTranche(award, 0, "DUE");
    Http.Response paid =
        finance
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/funding/grants/" + award.applicationId() + "/tranches/1/payments",
                Map.of(
                    "paymentReference", "DL" + year + "01", "paidOn", LocalDate.now().toString()));
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

    for (int attempt : List.of(1, 2)) {
      sender.send(
          EventCatalogue.ACCEPTANCE_CONCLUDED,
          new AcceptanceConcludedV1(
              award.applicationId(),
              award.reference(),
              award.callYear(),
              "DATA-IP-LEADER",
              award.leadOrganisationId(),
              award.leadCreditCode(),
              attempt,
              attempt == 1 ? "FAILED_RECTIFY" : "FAILED_FINALLY",
              new BigDecimal("48.00"),
              "绩效目标未完成",
              OffsetDateTime.now(ZoneOffset.UTC)),
          UUID.randomUUID().toString());
    }
    String consequence = "/api/funding/acceptance-consequences/" + award.applicationId();
    await().atMost(Duration.ofSeconds(20)).until(() -> officer.get(consequence).status() == 200);
    JsonNode pending = officer.get(consequence).json();
    assertThat(pending.get("recoveryRequired").asBoolean()).isTrue();
    assertThat(pending.get("unused").decimalValue()).isEqualByComparingTo("100000");
    assertThat(pending.get("status").asString()).isEqualTo("PENDING");

    Http.Response waived =
        officer.post(
            consequence + "/decision", Map.of("decision", "NO_RECOVERY", "reason", "情节轻微"));
    assertThat(waived.status()).as(waived.toString()).isEqualTo(422);
    assertThat(waived.json().get("errors").get(0).get("field").asString()).isEqualTo("decision");
    assertThat(officer.get(consequence).json().get("status").asString()).isEqualTo("PENDING");

    Http.Response ordered =
        officer.post(
            consequence + "/decision", Map.of("decision", "ORDER_RECOVERY", "reason", "依指南收回"));
    assertThat(ordered.status()).as(ordered.toString()).isEqualTo(200);
    JsonNode order = finance.get("/api/funding/recovery-orders/" + award.applicationId()).json();
    assertThat(order.get("amount").decimalValue()).isEqualByComparingTo("100000");
    assertThat(order.get("reason").asString()).contains("依指南收回");
  }

  private TrackSummary leaderTrack(int y) {
    return new TrackSummary(
        "DATA-IP-LEADER",
        "贵州省数据知识产权领军企业项目",
        null,
        "Data-IP leading enterprise",
        "POST_SUBSIDY",
        LEADER,
        true,
        y,
        y + 2,
        new BigDecimal("1000000"),
        5,
        null);
  }

  private AwardDecidedV1 award(int y, UUID unit, String code) {
    return FundingEvents.award(
        sender, y, UUID.randomUUID(), unit, code, "DATA-IP-LEADER", LEADER, "0");
  }

  private void selected(AwardDecidedV1 award, int evaluationYear) {
    sender.send(
        EventCatalogue.EVALUATION_CONCLUDED,
        new EvaluationConcludedV1(
            award.applicationId(),
            award.reference(),
            award.callYear(),
            "DATA-IP-LEADER",
            award.leadOrganisationId(),
            evaluationYear,
            "SELECTED",
            new BigDecimal("91.00"),
            new BigDecimal("100000.00"),
            "绩效突出，择优支持",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
  }

  private JsonNode awaitTranche(AwardDecidedV1 award, int index, String status) {
    String path = "/api/funding/grants/" + award.applicationId();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                status.equals(
                    finance.get(path).json().get("tranches").get(index).get("status").asString()));
    return finance.get(path).json().get("tranches").get(index);
  }

  private BigDecimal uncommitted(int y) {
    return finance
        .get("/api/funding/calls/" + y + "/tracks/DATA-IP-LEADER")
        .json()
        .get("uncommitted")
        .decimalValue();
  }
}
