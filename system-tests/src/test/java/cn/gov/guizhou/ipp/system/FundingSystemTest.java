package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.contracts.monitoring.RiskAlertChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.time.Duration;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Payments and securitisation claims through the gateway with Keycloak tokens, funding-service
 * asking applicant-service for a fresh credit check with its own client-credentials token. Awards,
 * evaluations and risk alerts arrive as review-service and monitoring-service publish them, on the
 * platform's Kafka broker.
 */
@ExtendWith(LocalPlatform.class)
class FundingSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");
  private static final RollingWithEvaluation GI =
      new RollingWithEvaluation(
          new BigDecimal("500000.00"), new BigDecimal("500000.00"), new BigDecimal("1000000.00"));

  private static Http officer;
  private static Http finance;
  private static Http applicant;
  private static EventSender kafka;

  @BeforeAll
  static void setUp() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    finance = gateway.bearer(Keycloak.userToken("finance"));
    applicant = gateway.bearer(Keycloak.userToken("applicant-a"));
    kafka = new EventSender("127.0.0.1:9092");
    Portal.openTheCall(officer);
    for (String track : List.of("HVP", "GI-BRAND")) {
      Http.Response budget =
          officer.put(
              "/api/calls/" + Portal.YEAR + "/tracks/" + track + "/budget",
              Map.of("amount", "20000000", "plannedProjects", 20, "reason", "2027年度预算安排"));
      assertThat(budget.status()).as(budget.toString()).isEqualTo(200);
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                finance
                            .get("/api/funding/calls/" + Portal.YEAR + "/tracks/GI-BRAND")
                            .json()
                            .get("budget")
                        != null
                    && !finance
                        .get("/api/funding/calls/" + Portal.YEAR + "/tracks/GI-BRAND")
                        .json()
                        .get("budget")
                        .isNull());
  }

  @AfterAll
  static void close() {
    kafka.close();
  }

  @AfterEach
  void ledgerHolds() {
    assertThat(finance.get("/api/funding/ledger/violations").json().size())
        .as("the ledger's invariants hold after every test that moves money")
        .isZero();
  }

  @Test
  void aPaymentIsRefusedForAnOrganisationWithACreditRecord() {
    String code = UsccGenerator.withOrganisationCodeStartingWith('P');
    String organisation = Portal.register(applicant, "ENTERPRISE", "贵州失信演示有限公司", code);
    String grant = granted(UUID.fromString(organisation), code, "HVP", hvp(), "500000");

    // monitoring-service may turn the project red on the same credit record, and funding-service
    // then holds the grant. Even with the hold lifted by an officer, the payment's own fresh
    // credit check refuses.
    Http.Response refused =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> {
                  Http.Response answer = Funds.pay(finance, grant + "/tranches/1/payments");
                  if (onHold(answer)) {
                    officer.post(grant + "/hold/lift", Map.of("reason", "核实信用记录后复核付款"));
                  }
                  return answer;
                },
                answer -> !onHold(answer));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("CREDIT_NOT_CLEAR");
    assertThat(refused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-records-found");
    assertThat(refused.json().get("recordTypes").findValuesAsString("type"))
        .containsExactly("ADMINISTRATIVE_PENALTY");
    assertThat(refused.json().get("detail").asString()).contains("“行政处罚”");
    assertThat(refused.json().get("retryable").asBoolean()).isFalse();
    assertThat(finance.get(grant + "/payments").json().size()).isZero();
    assertThat(
            officer
                .get("/api/organisations/" + organisation + "/credit-checks")
                .json()
                .get(0)
                .get("outcome")
                .asString())
        .as("the fresh check is on the organisation's record")
        .isEqualTo("RECORDS_FOUND");
  }

  private static boolean onHold(Http.Response answer) {
    return answer.status() == 409
        && "GRANT_ON_HOLD".equals(answer.json().path("code").asString(""));
  }

  @Test
  void aGiBrandGrantUnderARedAlertWaitsAndItsSecondYearComesOnlyAfterAMetEvaluation() {
    String code = UsccGenerator.withOrganisationCodeStartingWith('A');
    String organisation = Portal.register(applicant, "INDUSTRY_ASSOCIATION", "贵州地标品牌演示协会", code);
    UUID id = UUID.randomUUID();
    String grant = granted(id, UUID.fromString(organisation), code, "GI-BRAND", GI, "500000");
    JsonNode second = finance.get(grant).json().get("tranches").get(1);
    assertThat(second.get("status").asString()).isEqualTo("PLANNED");
    assertThat(Funds.pay(finance, grant + "/tranches/2/payments").json().get("code").asString())
        .isEqualTo("TRANCHE_NOT_DUE");

    kafka.send(
        EventCatalogue.RISK_ALERT_CHANGED,
        new RiskAlertChangedV1(
            id,
            "2027-GI-BRAND-" + id.toString().substring(0, 5),
            Portal.YEAR,
            "GI-BRAND",
            "RED",
            "YELLOW",
            List.of("2027年第2季度滞后计划 35 个百分点，整改方案逾期"),
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> finance.get(grant).json().get("onHold").asBoolean());
    Http.Response held = Funds.pay(finance, grant + "/tranches/1/payments");
    assertThat(held.status()).as(held.toString()).isEqualTo(409);
    assertThat(held.json().get("code").asString()).isEqualTo("GRANT_ON_HOLD");
    Http.Response lifted =
        officer.post(grant + "/hold/lift", Map.of("reason", "风控机构复核：整改已完成，进度恢复"));
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(Funds.pay(finance, grant + "/tranches/1/payments").status()).isEqualTo(201);

    kafka.send(
        EventCatalogue.EVALUATION_CONCLUDED,
        new EvaluationConcludedV1(
            id,
            "2027-GI-BRAND-" + id.toString().substring(0, 5),
            Portal.YEAR,
            "GI-BRAND",
            UUID.fromString(organisation),
            1,
            "TARGETS_MET",
            new BigDecimal("86.00"),
            new BigDecimal("700000.00"),
            "年度目标完成",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                "DUE"
                    .equals(
                        finance.get(grant).json().get("tranches").get(1).get("status").asString()));
    assertThat(finance.get(grant).json().get("tranches").get(1).get("amount").decimalValue())
        .isEqualByComparingTo("700000");
    assertThat(Funds.payConcurrently(finance, grant + "/tranches/2/payments", 20))
        .containsOnly(201);
    assertThat(finance.get(grant + "/payments").json().size()).isEqualTo(2);
  }

  @Test
  void fiftyConcurrentSecuritisationClaimsNeverReserveMoreThanTheYearsCap() throws Exception {
    String code = UsccGenerator.withOrganisationCodeStartingWith('A');
    String enterprise = Portal.register(applicant, "ENTERPRISE", "贵州数据资产证券化演示有限公司", code);
    String run = UUID.randomUUID().toString().substring(0, 6);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String product = "ABS" + run + "-" + i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return applicant.postParts(
                    "/api/funding/securitisation/claims", claim(enterprise, product));
              }));
    }
    start.countDown();
    for (Future<Http.Response> answer : answers) {
      Http.Response filed = answer.get();
      assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    }
    pool.shutdown();

    JsonNode queue = officer.get("/api/funding/securitisation/claims?year=" + Portal.YEAR).json();
    assertThat(queue.get("cap").decimalValue()).isEqualByComparingTo("2000000");
    assertThat(queue.get("reserved").decimalValue())
        .as("4% of 1,500,000 is 60,000 a claim: the cap is reached, never passed")
        .isEqualByComparingTo("2000000");
    BigDecimal sum =
        java.util.stream.StreamSupport.stream(queue.get("claims").spliterator(), false)
            .map(c -> c.get("reservedAmount").decimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("2000000");
    JsonNode first =
        java.util.stream.StreamSupport.stream(queue.get("claims").spliterator(), false)
            .filter(c -> "RESERVED".equals(c.get("status").asString()))
            .findFirst()
            .orElseThrow();
    Http.Response confirmed = Funds.confirmCompletion(finance, first.get("id").asString());
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    Http.Response paid =
        Funds.pay(
            finance,
            "/api/funding/securitisation/claims/" + first.get("id").asString() + "/payments");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    assertThat(finance.get("/api/funding/ledger/violations").json().size()).isZero();
  }

  @Test
  void enterprisesOfOneSecuritisationProductShareItsFourPercentAndARefusalIsExplained() {
    Http applicantB = gateway.bearer(Keycloak.userToken("applicant-b"));
    String first = Portal.register(applicant, "ENTERPRISE", "贵州数据资产甲有限公司");
    String second = Portal.register(applicantB, "ENTERPRISE", "贵州数据资产乙有限公司");
    String outside = Portal.register(applicant, "ENTERPRISE", "上海数据资产有限公司", shanghaiCode());
    String product = "SHARED" + UUID.randomUUID().toString().substring(0, 6);

    Http.Response a =
        applicant.postParts(
            "/api/funding/securitisation/claims",
            claim(first, product, "50000000.00", "30000000.00"));
    Http.Response b =
        applicantB.postParts(
            "/api/funding/securitisation/claims",
            claim(second, product, "50000000.00", "20000000.00"));
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
    assertThat(b.status()).as(b.toString()).isEqualTo(201);
    assertThat(a.json().get("uncappedSubsidy").decimalValue()).isEqualByComparingTo("1200000");
    assertThat(b.json().get("uncappedSubsidy").decimalValue()).isEqualByComparingTo("800000");

    // The same enterprise cannot claim the product twice; a third enterprise finds the product's
    // 50,000,000 all declared, and cannot give it another issuance amount.
    Http.Response twice =
        applicant.postParts(
            "/api/funding/securitisation/claims", claim(first, product, "50000000.00", "1.00"));
    assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
    String thirdEnterprise = Portal.register(applicant, "ENTERPRISE", "贵州数据资产丙有限公司");
    Http.Response more =
        applicant.postParts(
            "/api/funding/securitisation/claims",
            claim(thirdEnterprise, product, "50000000.00", "1.00"));
    assertThat(more.status()).as(more.toString()).isEqualTo(422);
    assertThat(more.json().get("errors").get(0).get("field").asString())
        .isEqualTo("financingAmount");
    Http.Response third =
        applicant.postParts(
            "/api/funding/securitisation/claims",
            claim(thirdEnterprise, product, "60000000.00", "1000000.00"));
    assertThat(third.status()).as(third.toString()).isEqualTo(422);
    assertThat(third.json().get("errors").get(0).get("field").asString())
        .isEqualTo("issuanceAmount");
    // Only enterprises registered in Guizhou may file (the credit code's division is not 52).
    Http.Response shanghai =
        applicant.postParts(
            "/api/funding/securitisation/claims",
            claim(outside, "SH" + product, "10000000.00", "10000000.00"));
    assertThat(shanghai.status()).as(shanghai.toString()).isEqualTo(422);
    assertThat(shanghai.json().get("errors").get(0).get("field").asString())
        .isEqualTo("organisationId");

    // The bureau withdraws the second enterprise's qualification: it is told why.
    String claimB = b.json().get("id").asString();
    Http.Response refused =
        officer.post(
            "/api/funding/securitisation/claims/" + claimB + "/refusal",
            Map.of("ground", "QUALIFICATION_WITHDRAWN", "reason", "质押的数据知识产权已转让"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    JsonNode told = applicantB.get("/api/funding/securitisation/claims/" + claimB).json();
    assertThat(told.get("status").asString()).isEqualTo("REFUSED");
    assertThat(told.get("reservedAmount").decimalValue()).isEqualByComparingTo("0");
    assertThat(told.get("refusal").get("reason").asString()).isEqualTo("质押的数据知识产权已转让");
    assertThat(told.get("refusal").get("explanationZh").asString()).contains("补贴不予发放");
  }

  /** A valid enterprise code registered in Shanghai's Pudong (division 310115). */
  private static String shanghaiCode() {
    String first17 =
        "91310115" + UsccGenerator.withOrganisationCodeStartingWith('A').substring(8, 17);
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  private static List<Http.Part> claim(String enterprise, String product) {
    return claim(enterprise, product, "3000000.00", "1500000.00");
  }

  private static List<Http.Part> claim(
      String enterprise, String product, String issuance, String financing) {
    List<Http.Part> parts = new ArrayList<>();
    parts.add(
        Http.Part.json(
            "claim",
            Map.of(
                "callYear",
                Portal.YEAR,
                "organisationId",
                enterprise,
                "productName",
                "贵州数据知识产权资产支持专项计划",
                "productCode",
                product,
                "issuanceAmount",
                issuance,
                "issueDate",
                (Portal.YEAR - 1) + "-03-01",
                "endDate",
                (Portal.YEAR - 1) + "-09-30",
                "financingAmount",
                financing)));
    for (int m = 1; m <= 7; m++) {
      parts.add(
          Http.Part.file(
              "DATA-IP-SECURITISATION-M" + m, "M" + m + ".pdf", "application/pdf", Portal.pdf()));
    }
    return parts;
  }

  private static FundingRule hvp() {
    return new FixedAmount(new BigDecimal("500000.00"));
  }

  private static String granted(
      UUID organisation, String code, String track, FundingRule rule, String amount) {
    return granted(UUID.randomUUID(), organisation, code, track, rule, amount);
  }

  /** An award as review-service publishes it; returns the grant's path once funding has it. */
  private static String granted(
      UUID id, UUID organisation, String code, String track, FundingRule rule, String amount) {
    kafka.send(
        EventCatalogue.AWARD_DECIDED,
        new AwardDecidedV1(
            id,
            Portal.YEAR + "-" + track + "-" + id.toString().substring(0, 5),
            Portal.YEAR,
            track,
            1,
            organisation,
            code,
            true,
            new BigDecimal(amount),
            rule,
            1,
            new BigDecimal("88.00"),
            true,
            null,
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    String grant = "/api/funding/grants/" + id;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> finance.get(grant).status() == 200);
    assertThat(finance.get(grant).json().get("status").asString()).isEqualTo("ACTIVE");
    return grant;
  }
}
