package cn.gov.guizhou.ipp.funding.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.monitoring.RiskAlertChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.ConditionalOnThreshold;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Money leaves only once per tranche, only after a clear credit check, never while a grant is on
 * hold; expenditure is recorded against the approved budget; after a final acceptance failure the
 * bureau decides whether to order back what was paid and not spent eligibly. The ledger's
 * invariants are checked after every test.
 */
@IntegrationTest
class FundsIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2060);
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

  @Value("${local.server.port}")
  int port;

  @Value("${spring.kafka.bootstrap-servers}")
  String kafka;

  EventSender sender;
  Http finance;
  Http officer;
  Http anonymous;
  int year;

  @DynamicPropertySource
  static void remotes(DynamicPropertyRegistry registry) {
    ApplicantServiceStub.register(registry);
  }

  @BeforeEach
  void setUp() {
    ApplicantServiceStub.reset();
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    anonymous = Http.to("http://127.0.0.1:" + port);
    finance = anonymous.bearer(tokens.tokenFor("finance", "finance-officer"));
    officer =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("officer", "programme-officer"));
    year = years.incrementAndGet();
    sender.send(
        EventCatalogue.CALL_PUBLISHED,
        CallEvents.open(
            year,
            List.of(
                track("HVP", new FixedAmount(new BigDecimal("500000")), "5000000"),
                track("GI-BRAND", gi(), "3000000"),
                track("AGENCY-BRAND", agency(), "900000"))),
        UUID.randomUUID().toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> finance.get("/api/funding/calls/" + year + "/tracks/HVP").status() == 200);
  }

  @AfterEach
  void close() {
    sender.close();
    assertThat(finance.get("/api/funding/ledger/violations").json().size())
        .as("the ledger's invariants hold after every test")
        .isZero();
  }

  @Test
  void aTrancheOrderedAHundredTimesConcurrentlyWithOneKeyIsPaidOnce() throws Exception {
    AwardDecidedV1 award = award("HVP", new FixedAmount(new BigDecimal("500000")), "500000");
    grantOf(award.applicationId());
    String key = UUID.randomUUID().toString();
    Map<String, Object> order = order("TP" + year + "0001");
    ExecutorService pool = Executors.newFixedThreadPool(100);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    Http keyed = finance.header("Idempotency-Key", key);
    for (int i = 0; i < 100; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return keyed.post(payPath(award, 1), order);
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Http.Response> answer : answers) {
      statuses.add(answer.get().status());
    }
    pool.shutdown();

    assertThat(statuses).as(statuses.toString()).containsOnly(201);
    JsonNode payments =
        finance.get("/api/funding/grants/" + award.applicationId() + "/payments").json();
    assertThat(payments.size()).isEqualTo(1);
    assertThat(payments.get(0).get("amount").decimalValue()).isEqualByComparingTo("500000");
    assertThat(payments.get(0).get("paymentReference").asString()).isEqualTo("TP" + year + "0001");
    assertThat(ApplicantServiceStub.creditChecksOf(award.leadCreditCode())).isEqualTo(1);
    JsonNode grant = finance.get("/api/funding/grants/" + award.applicationId()).json();
    assertThat(grant.get("tranches").get(0).get("status").asString()).isEqualTo("PAID");
    assertThat(grant.get("balance").decimalValue()).isEqualByComparingTo("0");

    Http.Response replayed = keyed.post(payPath(award, 1), order);
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(keyed.post(payPath(award, 1), order("TP" + year + "0002")).status())
        .as("the same key with another order")
        .isEqualTo(422);
    Http.Response again =
        finance
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post(payPath(award, 1), order("TP" + year + "0003"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("TRANCHE_ALREADY_PAID");

    JsonNode event =
        EventJson.mapper()
            .readTree(
                TopicReader.find(
                        kafka,
                        Topics.FUNDING_PAYMENTS,
                        r -> r.key().equals(award.applicationId().toString()),
                        Duration.ofSeconds(20))
                    .orElseThrow()
                    .value());
    assertThat(event.get("amount").decimalValue()).isEqualByComparingTo("500000");
    assertThat(event.get("cashAmount").decimalValue()).isEqualByComparingTo("500000");
    assertThat(event.get("trancheSequence").asInt()).isEqualTo(1);
  }

  @Test
  void aPaymentIsRefusedWhenTheCreditRecordIsNotClearOrCannotBeChecked() {
    AwardDecidedV1 dirty = award("HVP", new FixedAmount(new BigDecimal("500000")), "500000");
    AwardDecidedV1 unknown = award("HVP", new FixedAmount(new BigDecimal("500000")), "500000");
    AwardDecidedV1 late = award("HVP", new FixedAmount(new BigDecimal("500000")), "500000");
    AwardDecidedV1 odd = award("HVP", new FixedAmount(new BigDecimal("500000")), "500000");
    for (AwardDecidedV1 award : List.of(dirty, unknown, late, odd)) {
      grantOf(award.applicationId());
    }
    ApplicantServiceStub.creditOutcome(
        dirty.leadCreditCode(),
        "RECORDS_FOUND",
        List.of("ADMINISTRATIVE_PENALTY", "SERIOUS_DISHONESTY"),
        null);
    ApplicantServiceStub.creditCheckFails(unknown.leadCreditCode());
    ApplicantServiceStub.creditOutcome(late.leadCreditCode(), "UNAVAILABLE", List.of(), "TIMEOUT");
    ApplicantServiceStub.creditOutcome(odd.leadCreditCode(), "PENDING", List.of(), null);

    Http.Response refused = pay(dirty, 1, "CR" + year + "01");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("CREDIT_NOT_CLEAR");
    assertThat(refused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-records-found");
    assertThat(refused.json().get("retryable").asBoolean()).isFalse();
    assertThat(refused.json().get("recordTypes").findValuesAsString("type"))
        .containsExactly("ADMINISTRATIVE_PENALTY", "SERIOUS_DISHONESTY");
    assertThat(refused.json().get("detail").asString()).contains("“行政处罚”、“严重失信”");
    // The check is asked on the grant's track, whose rules name the registry.
    assertThat(ApplicantServiceStub.creditCheckRequestsOf(dirty.leadCreditCode()).get(0))
        .contains("\"trackCode\":\"HVP\"", "\"callYear\":" + dirty.callYear());

    // applicant-service unreachable, the registry late, an outcome not understood: all refuse,
    // as retryable, and nothing is paid.
    int attempt = 10;
    for (AwardDecidedV1 award : List.of(unknown, late, odd)) {
      Http.Response unavailable = pay(award, 1, "CR" + year + attempt++);
      assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
      assertThat(unavailable.json().get("code").asString()).isEqualTo("CREDIT_CHECK_UNAVAILABLE");
      assertThat(unavailable.json().get("type").asString())
          .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-registry-unavailable");
      assertThat(unavailable.json().get("retryable").asBoolean()).isTrue();
      assertThat(unavailable.json().get("title").asString()).isEqualTo("信用信息平台暂时无法核查");
      assertThat(unavailable.header("Retry-After")).isEqualTo("30");
    }

    for (AwardDecidedV1 award : List.of(dirty, unknown, late, odd)) {
      JsonNode grant = finance.get("/api/funding/grants/" + award.applicationId()).json();
      assertThat(grant.get("tranches").get(0).get("status").asString()).isEqualTo("DUE");
      assertThat(grant.get("balance").decimalValue()).isEqualByComparingTo("500000");
      assertThat(
              finance
                  .get("/api/funding/grants/" + award.applicationId() + "/payments")
                  .json()
                  .size())
          .isZero();
    }
    ApplicantServiceStub.creditOutcome(dirty.leadCreditCode(), "CLEAR");
    assertThat(pay(dirty, 1, "CR" + year + "03").status()).isEqualTo(201);
    ApplicantServiceStub.creditOutcome(late.leadCreditCode(), "CLEAR");
    assertThat(pay(late, 1, "CR" + year + "04").status()).isEqualTo(201);
  }

  @Test
  void aRedAlertHoldsTheGrantUntilAnOfficerLiftsItWithAReason() {
    AwardDecidedV1 award = award("HVP", new FixedAmount(new BigDecimal("500000")), "500000");
    grantOf(award.applicationId());
    alert(award, "RED", null);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                finance
                    .get("/api/funding/grants/" + award.applicationId())
                    .json()
                    .get("onHold")
                    .asBoolean());
    Http.Response held = pay(award, 1, "RH" + year + "01");
    assertThat(held.status()).isEqualTo(409);
    assertThat(held.json().get("code").asString()).isEqualTo("GRANT_ON_HOLD");

    alert(award, "YELLOW", "RED");
    String lift = "/api/funding/grants/" + award.applicationId() + "/hold/lift";
    assertThat(officer.post(lift, Map.of("reason", " ")).status()).isEqualTo(422);
    assertThat(finance.post(lift, Map.of("reason", "整改完成")).status()).isEqualTo(403);
    assertThat(pay(award, 1, "RH" + year + "02").status())
        .as("a later YELLOW alert does not lift the hold")
        .isEqualTo(409);

    Http.Response lifted = officer.post(lift, Map.of("reason", "整改方案已通过，风控机构复核进度恢复"));
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(officer.post(lift, Map.of("reason", "again")).json().get("code").asString())
        .isEqualTo("NOT_ON_HOLD");
    JsonNode history =
        finance.get("/api/funding/grants/" + award.applicationId() + "/holds").json();
    assertThat(history.size()).isEqualTo(2);
    assertThat(history.get(0).get("source").asString()).isEqualTo("RISK_ALERT");
    assertThat(history.get(1).get("action").asString()).isEqualTo("LIFT");
    assertThat(history.get(1).get("by").asString()).isEqualTo(tokens.subjectOf("officer"));
    assertThat(pay(award, 1, "RH" + year + "03").status()).isEqualTo(201);

    Http.Response officerHold =
        officer.post(
            "/api/funding/grants/" + award.applicationId() + "/hold", Map.of("reason", "专项审计发现问题"));
    assertThat(officerHold.status()).isEqualTo(200);
    assertThat(
            officer
                .post(
                    "/api/funding/grants/" + award.applicationId() + "/hold",
                    Map.of("reason", "again"))
                .json()
                .get("code")
                .asString())
        .isEqualTo("ALREADY_ON_HOLD");
  }

  @Test
  void badPaymentOrdersAreRefused() {
    AwardDecidedV1 award = award("GI-BRAND", gi(), "500000");
    grantOf(award.applicationId());
    Http keyed = finance.header("Idempotency-Key", UUID.randomUUID().toString());

    Http.Response noKey = finance.post(payPath(award, 1), order("BP" + year + "01"));
    assertThat(noKey.status()).isEqualTo(422);
    assertThat(noKey.body()).contains("Idempotency-Key");
    assertThat(
            fresh()
                .post(payPath(award, 1), Map.of("paymentReference", "BP" + year + "02"))
                .status())
        .as("no value date")
        .isEqualTo(422);
    assertThat(
            fresh()
                .post(
                    payPath(award, 1),
                    Map.of(
                        "paymentReference",
                        "BP" + year + "03",
                        "paidOn",
                        LocalDate.now().plusDays(3).toString()))
                .status())
        .as("a value date in the future")
        .isEqualTo(422);
    assertThat(
            fresh()
                .post(
                    payPath(award, 1),
                    Map.of("paymentReference", "含 空格", "paidOn", LocalDate.now().toString()))
                .status())
        .isEqualTo(422);
    assertThat(fresh().post(payPath(award, 1), "{not json").status()).isEqualTo(400);
    assertThat(
            fresh()
                .post(
                    "/api/funding/grants/" + UUID.randomUUID() + "/tranches/1/payments",
                    order("BP" + year + "04"))
                .status())
        .isEqualTo(404);
    assertThat(fresh().post(payPath(award, 9), order("BP" + year + "05")).status()).isEqualTo(404);
    Http.Response planned = fresh().post(payPath(award, 2), order("BP" + year + "06"));
    assertThat(planned.status()).isEqualTo(409);
    assertThat(planned.json().get("code").asString()).isEqualTo("TRANCHE_NOT_DUE");
    assertThat(
            officer
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(payPath(award, 1), order("BP" + year + "07"))
                .status())
        .isEqualTo(403);
    assertThat(
            anonymous
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(payPath(award, 1), order("BP" + year + "08"))
                .status())
        .isEqualTo(401);
    assertThat(keyed.post(payPath(award, 1), order("BP" + year + "09")).status()).isEqualTo(201);
    Http.Response reused = fresh().post(payPath(award, 1), order("BP" + year + "09"));
    assertThat(reused.status()).isEqualTo(409);
  }

  @Test
  void anAgencyBrandTrancheIsReleasedOnlyWhenTheThresholdIsMet() {
    AwardDecidedV1 reached = award("AGENCY-BRAND", agency(), "300000");
    AwardDecidedV1 shortOfIt = award("AGENCY-BRAND", agency(), "300000");
    AwardDecidedV1 notInStatistics = award("AGENCY-BRAND", agency(), "300000");
    for (AwardDecidedV1 a : List.of(reached, shortOfIt, notInStatistics)) {
      assertThat(grantOf(a.applicationId()).get("tranches").get(0).get("status").asString())
          .isEqualTo("PLANNED");
    }
    assertThat(trackUncommitted("AGENCY-BRAND")).isEqualByComparingTo("0");
    assertThat(pay(reached, 1, "AB" + year + "01").json().get("code").asString())
        .isEqualTo("TRANCHE_NOT_DUE");

    Http.Response met = threshold(reached, "10000000.00", true);
    assertThat(met.status()).as(met.toString()).isEqualTo(200);
    assertThat(met.json().get("met").asBoolean()).isTrue();
    assertThat(trancheStatus(reached)).isEqualTo("DUE");
    assertThat(threshold(reached, "12000000.00", true).json().get("code").asString())
        .isEqualTo("THRESHOLD_RECORDED");
    assertThat(pay(reached, 1, "AB" + year + "02").status()).isEqualTo(201);

    assertThat(threshold(shortOfIt, "9999999.99", true).json().get("met").asBoolean()).isFalse();
    assertThat(trancheStatus(shortOfIt)).isEqualTo("LAPSED");
    assertThat(threshold(notInStatistics, "15000000.00", false).json().get("met").asBoolean())
        .isFalse();
    assertThat(trancheStatus(notInStatistics)).isEqualTo("LAPSED");
    assertThat(trackUncommitted("AGENCY-BRAND"))
        .as("what lapsed returns to the track's budget")
        .isEqualByComparingTo("600000");

    assertThat(threshold(reached, "-1", true).status()).isEqualTo(422);
    assertThat(
            officer
                .post(
                    "/api/funding/grants/" + reached.applicationId() + "/threshold",
                    Map.of("revenue", "10000000", "inStatistics", true))
                .status())
        .as("no note")
        .isEqualTo(422);
    AwardDecidedV1 hvp = award("HVP", new FixedAmount(new BigDecimal("500000")), "500000");
    grantOf(hvp.applicationId());
    assertThat(threshold(hvp, "10000000", true).json().get("code").asString())
        .isEqualTo("NO_THRESHOLD");
    assertThat(
            finance
                .post(
                    "/api/funding/grants/" + reached.applicationId() + "/threshold",
                    Map.of("revenue", "1", "inStatistics", true, "note", "x"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void expenditureIsRecordedAgainstTheApprovedBudgetAndTheStatementShowsWhereTheMoneyWent() {
    UUID organisation = UUID.randomUUID();
    String code = UsccGenerator.next();
    AwardDecidedV1 award = paidHvp(organisation, code, "EX" + year + "01");
    Http member = memberOf(organisation, code);
    Http outsider =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("applicant-b", "applicant"));

    awaitBudgetOf(award, member);
    Http.Response recorded = spend(member, award, "EQUIPMENT", "120000.50", PDF);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.json().get("voucher").get("contentType").asString())
        .isEqualTo("application/pdf");
    assertThat(spend(member, award, "LABOUR", "80000.00", PDF).status()).isEqualTo(201);

    Http.Response otherCategory = spend(member, award, "TRAVEL_AND_MEETINGS", "100.00", PDF);
    assertThat(otherCategory.status()).isEqualTo(422);
    assertThat(otherCategory.body()).contains("category");
    assertThat(spend(member, award, "LABOUR", "100.00", "not a voucher".getBytes()).status())
        .isEqualTo(422);
    assertThat(
            member
                .postParts(
                    expenditures(award),
                    List.of(Http.Part.json("expenditure", expense("LABOUR", "1.00"))))
                .status())
        .as("no voucher")
        .isEqualTo(422);
    assertThat(spend(member, award, "LABOUR", "-5", PDF).status()).isEqualTo(422);
    assertThat(spend(outsider, award, "LABOUR", "100.00", PDF).status()).isEqualTo(404);
    assertThat(outsider.get(statement(award)).status()).isEqualTo(404);
    assertThat(spend(finance, award, "LABOUR", "100.00", PDF).status()).isEqualTo(403);

    JsonNode statement = member.get(statement(award)).json();
    assertThat(statement.get("awarded").decimalValue()).isEqualByComparingTo("500000");
    assertThat(statement.get("paid").decimalValue()).isEqualByComparingTo("500000");
    assertThat(statement.get("spent").decimalValue()).isEqualByComparingTo("200000.50");
    assertThat(statement.get("unspent").decimalValue()).isEqualByComparingTo("299999.50");
    assertThat(statement.get("recovered").decimalValue()).isEqualByComparingTo("0");
    JsonNode equipment = statement.get("categories").get(0);
    assertThat(equipment.get("category").asString()).isEqualTo("EQUIPMENT");
    assertThat(equipment.get("approved").decimalValue()).isEqualByComparingTo("300000");
    assertThat(equipment.get("spent").decimalValue()).isEqualByComparingTo("120000.50");
    assertThat(equipment.get("awarded").decimalValue()).isEqualByComparingTo("300000");
    assertThat(equipment.get("paid").decimalValue()).isEqualByComparingTo("300000");
    assertThat(equipment.get("unspent").decimalValue()).isEqualByComparingTo("179999.50");
    assertThat(equipment.get("budgetRemaining").decimalValue()).isEqualByComparingTo("179999.50");
    assertThat(equipment.get("recovered").decimalValue()).isEqualByComparingTo("0");
    JsonNode labour = statement.get("categories").get(1);
    assertThat(labour.get("paid").decimalValue()).isEqualByComparingTo("200000");
    assertThat(labour.get("unspent").decimalValue()).isEqualByComparingTo("120000");

    JsonNode list = finance.get(expenditures(award)).json();
    assertThat(list.size()).isEqualTo(2);
    // One page at a time, newest first, with the total and the links.
    Http.Response firstPage = member.get(expenditures(award) + "?size=1");
    assertThat(firstPage.json().findValuesAsString("category")).containsExactly("LABOUR");
    assertThat(firstPage.header("X-Total-Count")).isEqualTo("2");
    assertThat(firstPage.header("Link"))
        .contains("<" + expenditures(award) + "?page=2&size=1>; rel=\"next\"");
    assertThat(
            member
                .get(expenditures(award) + "?size=1&page=2")
                .json()
                .findValuesAsString("category"))
        .containsExactly("EQUIPMENT");
    Http.Response noRows = member.get(expenditures(award) + "?size=0");
    assertThat(noRows.status()).isEqualTo(400);
    assertThat(noRows.json().at("/errors/0/field").asString()).isEqualTo("size");
    byte[] voucher =
        member.getBytes(expenditures(award) + "/" + list.get(0).get("id").asString() + "/voucher");
    assertThat(voucher).isEqualTo(PDF);
    JsonNode event =
        EventJson.mapper()
            .readTree(
                TopicReader.find(
                        kafka,
                        Topics.FUNDING_EXPENDITURES,
                        r -> r.key().equals(award.applicationId().toString()),
                        Duration.ofSeconds(20))
                    .orElseThrow()
                    .value());
    assertThat(event.get("approvedInCategory").asString()).isNotBlank();
  }

  @Test
  void afterAFinalAcceptanceFailureTheBureauOrdersBackWhatWasPaidAndNotSpentEligibly() {
    UUID organisation = UUID.randomUUID();
    String code = UsccGenerator.next();
    AwardDecidedV1 failed = paidHvp(organisation, code, "CB" + year + "01");
    Http member = memberOf(organisation, code);
    awaitBudgetOf(failed, member);
    // 350,000 on equipment, of which only the approved 300,000 is eligible; 50,000 on labour.
    assertThat(spend(member, failed, "EQUIPMENT", "350000.00", PDF).status()).isEqualTo(201);
    assertThat(spend(member, failed, "LABOUR", "50000.00", PDF).status()).isEqualTo(201);

    AwardDecidedV1 unpaidGi =
        award(UUID.randomUUID(), organisation, code, "GI-BRAND", gi(), "500000");
    grantOf(unpaidGi.applicationId());
    BigDecimal giUncommitted = trackUncommitted("GI-BRAND");

    acceptanceFails(failed, "FAILED_RECTIFY", 1);
    acceptanceFails(failed, "FAILED_FINALLY", 2);
    acceptanceFails(unpaidGi, "FAILED_FINALLY", 2);
    // The final failure ends the grant and raises a consequence for the bureau: nothing is ordered
    // back until an officer decides.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> officer.get(consequence(failed)).status() == 200);
    JsonNode pending = officer.get(consequence(failed)).json();
    assertThat(pending.get("status").asString()).isEqualTo("PENDING");
    assertThat(pending.get("paid").decimalValue()).isEqualByComparingTo("500000");
    assertThat(pending.get("eligibleSpending").decimalValue()).isEqualByComparingTo("350000");
    assertThat(pending.get("unused").decimalValue()).isEqualByComparingTo("150000");
    assertThat(pending.get("recoveryRequired").asBoolean()).isFalse();
    assertThat(finance.get(recovery(failed)).status()).isEqualTo(404);
    assertThat(
            finance
                .get("/api/funding/grants/" + failed.applicationId())
                .json()
                .get("status")
                .asString())
        .isEqualTo("FAILED_ACCEPTANCE");
    assertThat(
            finance
                .post(consequence(failed) + "/decision", decision("ORDER_RECOVERY", "收回"))
                .status())
        .as("the recovery is the bureau's programme decision, not finance's")
        .isEqualTo(403);
    Http.Response noReason =
        officer.post(consequence(failed) + "/decision", decision("ORDER_RECOVERY", ""));
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
    Http.Response ordered =
        officer.post(consequence(failed) + "/decision", decision("ORDER_RECOVERY", "未使用资金按规定收回"));
    assertThat(ordered.status()).as(ordered.toString()).isEqualTo(200);
    assertThat(ordered.json().get("status").asString()).isEqualTo("RECOVERY_ORDERED");
    assertThat(ordered.json().get("decidedBy").asString()).isNotBlank();
    Http.Response again =
        officer.post(consequence(failed) + "/decision", decision("NO_RECOVERY", "改变主意"));
    assertThat(again.json().get("code").asString()).isEqualTo("ALREADY_DECIDED");
    JsonNode told =
        EventJson.mapper()
            .readTree(
                TopicReader.find(
                        kafka,
                        Topics.APPLICATION_PROGRESS,
                        r ->
                            r.key().equals(failed.applicationId().toString())
                                && new String(r.value(), StandardCharsets.UTF_8)
                                    .contains("FAILED_ACCEPTANCE"),
                        Duration.ofSeconds(20))
                    .orElseThrow()
                    .value());
    assertThat(told.get("reason").asString()).contains("150000.00", "未使用资金按规定收回");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> finance.get(recovery(failed)).status() == 200);
    JsonNode order = finance.get(recovery(failed)).json();
    assertThat(order.get("paid").decimalValue()).isEqualByComparingTo("500000");
    assertThat(order.get("eligibleSpending").decimalValue()).isEqualByComparingTo("350000");
    assertThat(order.get("amount").decimalValue()).isEqualByComparingTo("150000");
    assertThat(order.get("outstanding").decimalValue()).isEqualByComparingTo("150000");
    assertThat(
            finance
                .get("/api/funding/grants/" + failed.applicationId())
                .json()
                .get("status")
                .asString())
        .isEqualTo("FAILED_ACCEPTANCE");
    // Where the guide leaves it to the bureau, it may decide to recover nothing.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> officer.get(consequence(unpaidGi)).status() == 200);
    Http.Response waived =
        officer.post(consequence(unpaidGi) + "/decision", decision("NO_RECOVERY", "未拨付资金，无需收回"));
    assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
    assertThat(waived.json().get("status").asString()).isEqualTo("NO_RECOVERY");
    assertThat(finance.get(recovery(unpaidGi)).status()).isEqualTo(404);
    assertThat(officer.get("/api/funding/acceptance-consequences").json().toString())
        .contains(failed.applicationId().toString(), unpaidGi.applicationId().toString());
    assertThat(trackUncommitted("GI-BRAND"))
        .as("the unpaid commitment of a failed grant returns to the budget")
        .isEqualByComparingTo(giUncommitted.add(new BigDecimal("1500000")));

    Http.Response repaid =
        finance.post(recovery(failed) + "/repayments", repayment("50000.00", "RP" + year + "01"));
    assertThat(repaid.status()).as(repaid.toString()).isEqualTo(201);
    assertThat(repaid.json().get("outstanding").decimalValue()).isEqualByComparingTo("100000");
    Http.Response tooMuch =
        finance.post(recovery(failed) + "/repayments", repayment("100000.01", "RP" + year + "02"));
    assertThat(tooMuch.json().get("code").asString()).isEqualTo("REPAYMENT_EXCEEDS_OUTSTANDING");
    assertThat(
            officer
                .post(recovery(failed) + "/repayments", repayment("1.00", "RP" + year + "03"))
                .status())
        .isEqualTo(403);

    AwardDecidedV1 another =
        award(
            UUID.randomUUID(),
            organisation,
            code,
            "HVP",
            new FixedAmount(new BigDecimal("500000")),
            "500000");
    grantOf(another.applicationId());
    Http.Response offset =
        finance
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                payPath(another, 1),
                Map.of(
                    "paymentReference",
                    "CB" + year + "02",
                    "paidOn",
                    LocalDate.now().toString(),
                    "offsetRecoveries",
                    true));
    assertThat(offset.status()).as(offset.toString()).isEqualTo(201);
    assertThat(offset.json().get("offsetAmount").decimalValue()).isEqualByComparingTo("100000");
    assertThat(offset.json().get("cashAmount").decimalValue()).isEqualByComparingTo("400000");
    JsonNode settled = finance.get(recovery(failed)).json();
    assertThat(settled.get("outstanding").decimalValue()).isEqualByComparingTo("0");
    assertThat(settled.get("repayments").get(1).get("kind").asString()).isEqualTo("OFFSET");
    JsonNode statement = finance.get(statement(failed)).json();
    assertThat(statement.get("recovered").decimalValue()).isEqualByComparingTo("150000");
    // paid 300,000 + 200,000 by the approved budget; labour left 150,000 of its share unspent
    JsonNode equipment = statement.get("categories").get(0);
    assertThat(equipment.get("category").asString()).isEqualTo("EQUIPMENT");
    assertThat(equipment.get("unspent").decimalValue()).isEqualByComparingTo("0");
    assertThat(equipment.get("overspent").decimalValue()).isEqualByComparingTo("50000");
    assertThat(equipment.get("recovered").decimalValue()).isEqualByComparingTo("0");
    JsonNode labour = statement.get("categories").get(1);
    assertThat(labour.get("unspent").decimalValue()).isEqualByComparingTo("150000");
    assertThat(labour.get("recovered").decimalValue()).isEqualByComparingTo("150000");
  }

  /**
   * An HVP award of CNY 500,000 with its approved budget (equipment 300,000, labour 200,000), paid
   * in full under {@code paymentReference}.
   */
  private AwardDecidedV1 paidHvp(UUID organisation, String code, String paymentReference) {
    AwardDecidedV1 award =
        award(
            UUID.randomUUID(),
            organisation,
            code,
            "HVP",
            new FixedAmount(new BigDecimal("500000")),
            "500000");
    submitted(award, List.of(line("EQUIPMENT", "300000"), line("LABOUR", "200000")));
    grantOf(award.applicationId());
    assertThat(pay(award, 1, paymentReference).status()).isEqualTo(201);
    return award;
  }

  /** A member of the organisation, as applicant-service confirms it for the member's token. */
  private Http memberOf(UUID organisation, String code) {
    String memberToken = tokens.tokenFor("applicant-a", "applicant");
    ApplicantServiceStub.member(memberToken, organisation, code, "ENTERPRISE");
    return Http.to("http://127.0.0.1:" + port).bearer(memberToken);
  }

  private Http fresh() {
    return finance.header("Idempotency-Key", UUID.randomUUID().toString());
  }

  private Http.Response pay(AwardDecidedV1 award, int sequence, String reference) {
    return fresh().post(payPath(award, sequence), order(reference));
  }

  private static String payPath(AwardDecidedV1 award, int sequence) {
    return "/api/funding/grants/" + award.applicationId() + "/tranches/" + sequence + "/payments";
  }

  private static Map<String, Object> order(String reference) {
    return Map.of("paymentReference", reference, "paidOn", LocalDate.now().toString());
  }

  private static Map<String, Object> repayment(String amount, String reference) {
    return Map.of(
        "amount", amount, "reference", reference, "receivedOn", LocalDate.now().toString());
  }

  private static String consequence(AwardDecidedV1 award) {
    return "/api/funding/acceptance-consequences/" + award.applicationId();
  }

  private static Map<String, Object> decision(String decision, String reason) {
    return Map.of("decision", decision, "reason", reason);
  }

  private static String recovery(AwardDecidedV1 award) {
    return "/api/funding/recovery-orders/" + award.applicationId();
  }

  private static String expenditures(AwardDecidedV1 award) {
    return "/api/funding/grants/" + award.applicationId() + "/expenditures";
  }

  private static String statement(AwardDecidedV1 award) {
    return "/api/funding/grants/" + award.applicationId() + "/statement";
  }

  private Http.Response spend(
      Http who, AwardDecidedV1 award, String category, String amount, byte[] voucher) {
    return who.postParts(
        expenditures(award),
        List.of(
            Http.Part.json("expenditure", expense(category, amount)),
            Http.Part.file("voucher", "发票.pdf", "application/pdf", voucher)));
  }

  private static Map<String, Object> expense(String category, String amount) {
    return Map.of(
        "category",
        category,
        "amount",
        amount,
        "spentOn",
        LocalDate.now().minusDays(10).toString(),
        "payee",
        "贵阳某仪器有限公司",
        "description",
        "专利检索分析设备");
  }

  private void awaitBudgetOf(AwardDecidedV1 award, Http member) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> member.get(statement(award)).json().get("categories").size() > 0);
  }

  private Http.Response threshold(AwardDecidedV1 award, String revenue, boolean inStatistics) {
    return officer.post(
        "/api/funding/grants/" + award.applicationId() + "/threshold",
        Map.of("revenue", revenue, "inStatistics", inStatistics, "note", "统计局入库证明、2026年审计报告"));
  }

  private String trancheStatus(AwardDecidedV1 award) {
    return finance
        .get("/api/funding/grants/" + award.applicationId())
        .json()
        .get("tranches")
        .get(0)
        .get("status")
        .asString();
  }

  private BigDecimal trackUncommitted(String track) {
    return finance
        .get("/api/funding/calls/" + year + "/tracks/" + track)
        .json()
        .get("uncommitted")
        .decimalValue();
  }

  private void alert(AwardDecidedV1 award, String level, String previous) {
    sender.send(
        EventCatalogue.RISK_ALERT_CHANGED,
        new RiskAlertChangedV1(
            award.applicationId(),
            award.reference(),
            year,
            award.trackCode(),
            level,
            previous,
            List.of("2027年第2季度滞后计划 32 个百分点"),
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
  }

  private void acceptanceFails(AwardDecidedV1 award, String outcome, int attempt) {
    sender.send(
        EventCatalogue.ACCEPTANCE_CONCLUDED,
        new AcceptanceConcludedV1(
            award.applicationId(),
            award.reference(),
            year,
            award.trackCode(),
            award.leadOrganisationId(),
            award.leadCreditCode(),
            attempt,
            outcome,
            new BigDecimal("52.00"),
            "绩效目标未完成",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
  }

  private void submitted(AwardDecidedV1 award, List<BudgetLine> budget) {
    sender.send(
        EventCatalogue.APPLICATION_SUBMITTED,
        new ApplicationSubmittedV1(
            award.applicationId(),
            award.reference(),
            year,
            award.trackCode(),
            1,
            new ApplicationParty(
                award.leadOrganisationId(),
                award.leadCreditCode(),
                "贵州测试单位",
                "ENTERPRISE",
                "LEAD",
                null,
                null),
            List.of(),
            "项目",
            "摘要",
            new BigDecimal("500000.00"),
            LocalDate.of(year, 1, 1),
            LocalDate.of(year + 1, 12, 31),
            // The published contract: a plan with at least one task (weights adding up to 100).
            new ImplementationPlan(
                List.of(
                    new ImplementationPlan.Task(
                        "T1", "专利导航与布局", new BigDecimal("100"), List.of("导航报告"))),
                null,
                null,
                null),
            budget,
            List.of(),
            List.of(),
            "CLEAR",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
  }

  private static BudgetLine line(String category, String amount) {
    return new BudgetLine(category, new BigDecimal(amount).setScale(2), category);
  }

  private static RollingWithEvaluation gi() {
    return new RollingWithEvaluation(
        new BigDecimal("500000"), new BigDecimal("500000"), new BigDecimal("1000000"));
  }

  private static ConditionalOnThreshold agency() {
    return new ConditionalOnThreshold(
        new BigDecimal("300000"), new BigDecimal("10000000"), 2026, true);
  }

  private TrackSummary track(String code, FundingRule rule, String budget) {
    return FundingEvents.track(year, code, rule, budget);
  }

  private AwardDecidedV1 award(String track, FundingRule rule, String amount) {
    return award(UUID.randomUUID(), UUID.randomUUID(), UsccGenerator.next(), track, rule, amount);
  }

  private AwardDecidedV1 award(
      UUID id, UUID organisation, String code, String track, FundingRule rule, String amount) {
    return FundingEvents.award(sender, year, id, organisation, code, track, rule, amount);
  }

  private JsonNode grantOf(UUID application) {
    return FundingEvents.grantOf(finance, application);
  }
}
