package cn.gov.guizhou.ipp.funding.securitisation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap.PartialClaim;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.testkit.CallEvents;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Securitisation claims against a real database and broker, with applicant-service (memberships and
 * credit checks) stubbed: the subsidy's computation, the year's queue and its cap under
 * concurrency, voiding, the conditions of payment, and who may do what. The ledger's invariants
 * hold after every test.
 */
@IntegrationTest
class SecuritisationClaimIntegrationTest {

  private static final String CLAIMS = "/api/funding/securitisation/claims";
  private static final String TRACK = "DATA-IP-SECURITISATION";
  private static final String M1 = TRACK + "-M1";
  private static final String M2 = TRACK + "-M2";
  private static final String M3 = TRACK + "-M3";
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  // Past years, so the products of a call (issued the year before) can have ended.
  private static final AtomicInteger years = new AtomicInteger(2000);
  private static final WireMockServer applicants = startApplicantService();
  private static final JsonMapper json = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired CircuitBreakerRegistry breakers;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired LedgerRepository ledger;

  EventSender sender;
  Http api;
  Http officer;
  Http finance;
  String applicantA;
  String applicantB;
  int year;

  private static WireMockServer startApplicantService() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  @DynamicPropertySource
  static void applicantService(DynamicPropertyRegistry registry) {
    registry.add("ipp.applicant-service.base-url", applicants::baseUrl);
    registry.add("ipp.service-account.token-uri", () -> applicants.baseUrl() + "/token");
  }

  @AfterAll
  static void stopApplicantService() {
    applicants.stop();
  }

  @BeforeEach
  void setUp() {
    applicants.resetAll();
    breakers.circuitBreaker("applicant-service").reset();
    applicants.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(
                okJson(
                    json.writeValueAsString(
                        Map.of(
                            "access_token",
                            tokens.tokenFor("service-account-funding-service", "platform-service"),
                            "expires_in",
                            300)))));
    applicants.stubFor(
        get(urlPathMatching("/api/organisations/.*"))
            .atPriority(10)
            .willReturn(aResponse().withStatus(403)));
    applicants.stubFor(
        post(urlEqualTo("/api/credit-checks")).atPriority(10).willReturn(okJson(check("CLEAR"))));
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    api = Http.to("http://127.0.0.1:" + port);
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
    finance = api.bearer(tokens.tokenFor("finance", "finance-officer"));
    applicantA = tokens.tokenFor("applicant-a", "applicant");
    applicantB = tokens.tokenFor("applicant-b", "applicant");
    year = years.incrementAndGet();
    publish(PartialClaim.REMAINDER_OF_CAP);
  }

  @AfterEach
  void close() {
    sender.close();
    assertThat(finance.get("/api/funding/ledger/violations").json().size())
        .as("the ledger's invariants hold after every test")
        .isZero();
  }

  private void publish(PartialClaim atCap) {
    TrackSummary track =
        new TrackSummary(
            TRACK,
            "数据知识产权证券化资助项目",
            null,
            "Data-IP securitisation subsidy",
            "POST_SUBSIDY",
            new PercentageWithAnnualCap(
                new BigDecimal("0.04"), new BigDecimal("2000000.00"), true, atCap, true),
            false,
            year - 1,
            year - 1,
            null,
            null,
            new TrackRules(
                List.of("ENTERPRISE"),
                new ApplicationRules(
                    ApplicationRules.ApplicationMode.ALONE, null, List.of(), List.of()),
                List.of(),
                List.of(
                    new Material(M1, "申报书", "Application form", true),
                    new Material(M2, "营业执照", "Business licence", true),
                    new Material(M3, "评估报告", "Valuation report", false))));
    sender.send(
        EventCatalogue.CALL_PUBLISHED,
        CallEvents.open(year, List.of(track)),
        UUID.randomUUID().toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> officer.get(CLAIMS + "?year=" + year).status() == 200);
  }

  // ---- applicant-service stubs ----------------------------------------------------------------

  private record Organisation(UUID id, String creditCode) {}

  /** An organisation of which the holder of {@code token} is a member. */
  private Organisation memberOf(String token, String type) {
    return memberOf(token, type, UsccGenerator.next(), "GUIYANG");
  }

  /** An organisation with the credit code and declared region given. */
  private Organisation memberOf(String token, String type, String creditCode, String region) {
    Organisation organisation = new Organisation(UUID.randomUUID(), creditCode);
    applicants.stubFor(
        get(urlEqualTo("/api/organisations/" + organisation.id()))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                okJson(
                    json.writeValueAsString(
                        Map.of(
                            "id",
                            organisation.id().toString(),
                            "creditCode",
                            organisation.creditCode(),
                            "legalName",
                            "贵州数据资产科技有限公司",
                            "type",
                            type,
                            "region",
                            region)))));
    return organisation;
  }

  private Organisation enterpriseOf(String token) {
    return memberOf(token, "ENTERPRISE");
  }

  private static String check(String outcome) {
    return "{\"id\":\""
        + UUID.randomUUID()
        + "\",\"organisationId\":\""
        + UUID.randomUUID()
        + "\",\"creditCode\":\"x\",\"outcome\":\""
        + outcome
        + "\",\"checkedAt\":\"2026-11-27T08:00:00Z\"}";
  }

  // ---- filing -----------------------------------------------------------------------------------

  private Map<String, Object> claim(
      Organisation organisation, String productCode, String issuance, String financing) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("callYear", year);
    claim.put("organisationId", organisation.id().toString());
    claim.put("productName", "贵州数据知识产权资产支持专项计划 " + productCode);
    // Product codes are unique across years: each test's year has products of its own.
    claim.put("productCode", productCode + "." + year);
    claim.put("issuanceAmount", issuance);
    claim.put("issueDate", LocalDate.of(year - 1, 3, 1).toString());
    claim.put("endDate", LocalDate.of(year, 6, 30).toString());
    claim.put("financingAmount", financing);
    return claim;
  }

  private Http.Response file(String token, Map<String, Object> claim) {
    return file(token, claim, List.of(M1, M2));
  }

  /** Files a claim as {@code multipart/form-data}: the claim part and a PDF per material. */
  private Http.Response file(String token, Map<String, Object> claim, List<String> materials) {
    List<Http.Part> parts = new ArrayList<>();
    for (String material : materials) {
      parts.add(
          Http.Part.file(
              material,
              material + ".pdf",
              "application/pdf",
              ("%PDF-1.7 " + material).getBytes(StandardCharsets.UTF_8)));
    }
    return fileWith(token, claim, parts);
  }

  /** Files a claim with the material parts given. */
  private Http.Response fileWith(
      String token, Map<String, Object> claim, List<Http.Part> materials) {
    List<Http.Part> parts = new ArrayList<>();
    parts.add(Http.Part.json("claim", claim));
    parts.addAll(materials);
    Http service = Http.to("http://127.0.0.1:" + port);
    return (token == null ? service : service.bearer(token)).postParts(CLAIMS, parts);
  }

  private JsonNode filed(String token, Map<String, Object> claim) {
    Http.Response response = file(token, claim);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private JsonNode claimOf(String id) {
    return officer.get(CLAIMS + "/" + id).json();
  }

  /** What the track's budget account still holds (the track reads of years from 2020 only). */
  private BigDecimal uncommitted() {
    return ledger.balance(Account.trackBudget(year + "/" + TRACK));
  }

  private Http.Response pay(String claimId, String key, LocalDate paidOn) {
    return finance
        .header("Idempotency-Key", key)
        .post(
            CLAIMS + "/" + claimId + "/payments",
            Map.of("paymentReference", "GZ-TREASURY-" + key, "paidOn", paidOn.toString()));
  }

  /** A finance officer confirms that the claim's product ran to its end without default. */
  private Http.Response confirm(String claimId, LocalDate endedOn, boolean withoutDefault) {
    return finance.postParts(
        CLAIMS + "/" + claimId + "/completion",
        List.of(
            Http.Part.json(
                "confirmation",
                Map.of(
                    "endedOn",
                    endedOn.toString(),
                    "withoutOverdueOrDefault",
                    withoutDefault,
                    "note",
                    "受托人兑付完成报告：本息已全部按期兑付，无逾期、无欠息")),
            Http.Part.file(
                "evidence",
                "trustee-final-report.pdf",
                "application/pdf",
                "%PDF-1.7 兑付完成".getBytes(StandardCharsets.UTF_8))));
  }

  /** Confirms the product's completion on its end date; the claim is then payable. */
  private void confirmed(String claimId) {
    Http.Response confirmed =
        confirm(claimId, LocalDate.parse(claimOf(claimId).get("endDate").asString()), true);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
  }

  private int outbox(String type, String claimId) {
    return jdbc.sql(
            "select count(*) from event_outbox where event_type = :type and message_key = :key")
        .param("type", type)
        .param("key", claimId)
        .query(Integer.class)
        .single();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private int refusals(String objectId, String outcome) {
    return jdbc.sql(
            "select count(*) from audit_record where object_id = :id and outcome = :outcome")
        .param("id", objectId)
        .param("outcome", outcome)
        .query(Integer.class)
        .single();
  }

  // ---- tests ------------------------------------------------------------------------------------

  @Test
  void aClaimReservesFourPercentOfTheEnterprisesFinancing() {
    Organisation enterprise = enterpriseOf(applicantA);

    JsonNode claim =
        filed(applicantA, claim(enterprise, "GZ-ABS-001", "100000000.00", "30000000.00"));

    assertThat(claim.get("uncappedSubsidy").decimalValue()).isEqualByComparingTo("1200000");
    assertThat(claim.get("reservedAmount").decimalValue()).isEqualByComparingTo("1200000");
    assertThat(claim.get("status").asString()).isEqualTo("RESERVED");
    assertThat(claim.get("sequence").asInt()).isEqualTo(1);
    assertThat(claim.get("creditCode").asString()).isEqualTo(enterprise.creditCode());
    assertThat(claim.get("materials")).hasSize(2);
    assertThat(claim.get("materials").get(0).get("sha256").asString()).hasSize(64);
    assertThat(uncommitted()).isEqualByComparingTo("800000");
    // A member of the enterprise reads its claim and its files.
    Http member = api.bearer(applicantA);
    assertThat(member.get(CLAIMS + "/" + claim.get("id").asString()).status()).isEqualTo(200);
    assertThat(
            new String(
                member.getBytes(CLAIMS + "/" + claim.get("id").asString() + "/materials/" + M1),
                StandardCharsets.UTF_8))
        .isEqualTo("%PDF-1.7 " + M1);
    // The calculator uses the same published rule.
    Http.Response calculated =
        member.post(
            "/api/funding/securitisation/subsidy-calculations",
            Map.of(
                "callYear", year,
                "issuanceAmount", "100000000.00",
                "issuanceScale", "100000000.00",
                "actualFinancing", "30000000.00"));
    assertThat(calculated.status()).as(calculated.toString()).isEqualTo(200);
    assertThat(calculated.json().get("subsidy").decimalValue()).isEqualByComparingTo("1200000");
  }

  @Test
  void anEnterprisesMembersListItsClaimsNewestFirstWithTheirQueuePlacesAndNobodyElseDoes() {
    Organisation enterprise = enterpriseOf(applicantA);
    JsonNode first = filed(applicantA, claim(enterprise, "GZ-OWN-1", "10000000.00", "1000000.00"));
    JsonNode second = filed(applicantA, claim(enterprise, "GZ-OWN-2", "10000000.00", "2000000.00"));
    String own = "/api/funding/securitisation/organisations/" + enterprise.id() + "/claims";

    Http.Response listed = api.bearer(applicantA).get(own + "?page=1&size=1");

    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.header("X-Total-Count")).isEqualTo("2");
    assertThat(listed.header("Link")).contains("page=2", "rel=\"next\"");
    assertThat(listed.json()).hasSize(1);
    assertThat(listed.json().get(0).get("id").asString()).isEqualTo(second.get("id").asString());
    assertThat(listed.json().get(0).get("sequence").asInt())
        .isEqualTo(second.get("sequence").asInt());
    assertThat(listed.json().get(0).get("status").asString()).isEqualTo("RESERVED");
    Http.Response next = api.bearer(applicantA).get(own + "?page=2&size=1");
    assertThat(next.json().get(0).get("id").asString()).isEqualTo(first.get("id").asString());
    // Bureau staff see them too; another unit's member does not learn the enterprise exists.
    assertThat(officer.get(own).json()).hasSize(2);
    Http.Response stranger = api.bearer(applicantB).get(own);
    assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);
    assertThat(refusals(enterprise.id().toString(), "NOT_VISIBLE")).isEqualTo(1);
    Http.Response badSize = api.bearer(applicantA).get(own + "?size=0");
    assertThat(badSize.status()).as(badSize.toString()).isEqualTo(400);
    assertThat(badSize.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
  }

  @Test
  void claimsAreServedInFilingOrderUntilTheCapAndTheCrossingClaimGetsTheRemainder() {
    Organisation enterprise = enterpriseOf(applicantA);
    String first =
        filed(applicantA, claim(enterprise, "P-1", "100000000.00", "30000000.00"))
            .get("id")
            .asString();
    filed(applicantA, claim(enterprise, "P-2", "50000000.00", "15000000.00"));
    JsonNode crossing = filed(applicantA, claim(enterprise, "P-3", "20000000.00", "10000000.00"));
    JsonNode late = filed(applicantA, claim(enterprise, "P-4", "1000000.00", "1000000.00"));

    assertThat(crossing.get("uncappedSubsidy").decimalValue()).isEqualByComparingTo("400000");
    assertThat(crossing.get("reservedAmount").decimalValue()).isEqualByComparingTo("200000");
    assertThat(crossing.get("status").asString()).isEqualTo("RESERVED_PARTIAL");
    assertThat(late.get("reservedAmount").decimalValue()).isEqualByComparingTo("0");
    assertThat(late.get("status").asString()).isEqualTo("QUEUED");

    JsonNode queue = officer.get(CLAIMS + "?year=" + year).json();
    assertThat(queue.get("cap").decimalValue()).isEqualByComparingTo("2000000");
    assertThat(queue.get("reserved").decimalValue()).isEqualByComparingTo("2000000");
    assertThat(queue.get("remaining").decimalValue()).isEqualByComparingTo("0");
    assertThat(queue.get("claims")).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(queue.get("claims").get(i).get("sequence").asInt()).isEqualTo(i + 1);
    }
    assertThat(queue.get("claims").get(0).get("id").asString()).isEqualTo(first);
    assertThat(uncommitted()).isEqualByComparingTo("0");

    // The database itself refuses a year whose claims reserve more than its cap.
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status ->
                        jdbc.sql(
                                "update securitisation_claim set reserved_amount = uncapped_subsidy,"
                                    + " status = 'RESERVED' where id = :id")
                            .param("id", UUID.fromString(late.get("id").asString()))
                            .update()))
        .hasMessageContaining("beyond the year's cap");
  }

  @Test
  void fiftyConcurrentClaimsNeverReserveMoreThanTheCap() throws Exception {
    Organisation enterprise = enterpriseOf(applicantA);
    int claims = 50;
    ExecutorService pool = Executors.newFixedThreadPool(claims);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Response>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < claims; i++) {
        String product = "CONCURRENT-" + i;
        responses.add(
            pool.submit(
                () -> {
                  start.await();
                  // 4% of 1,500,000 = 60,000 each: 50 claims ask for 3,000,000.
                  return file(applicantA, claim(enterprise, product, "3000000.00", "1500000.00"));
                }));
      }
      start.countDown();
      for (Future<Http.Response> response : responses) {
        Http.Response done = response.get(120, TimeUnit.SECONDS);
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }

    JsonNode queue = officer.get(CLAIMS + "?year=" + year).json();
    BigDecimal reserved = BigDecimal.ZERO;
    Map<String, Integer> statuses = new LinkedHashMap<>();
    BigDecimal previous = null;
    for (JsonNode claim : queue.get("claims")) {
      BigDecimal amount = claim.get("reservedAmount").decimalValue();
      reserved = reserved.add(amount);
      statuses.merge(claim.get("status").asString(), 1, Integer::sum);
      if (previous != null) {
        assertThat(amount).as("served in filing order").isLessThanOrEqualTo(previous);
      }
      previous = amount;
    }
    assertThat(queue.get("claims")).hasSize(claims);
    assertThat(reserved).isEqualByComparingTo("2000000");
    assertThat(queue.get("reserved").decimalValue()).isEqualByComparingTo("2000000");
    // 33 × 60,000 = 1,980,000; the 34th gets the remaining 20,000; 16 wait.
    assertThat(statuses).containsEntry("RESERVED", 33);
    assertThat(statuses).containsEntry("RESERVED_PARTIAL", 1);
    assertThat(statuses).containsEntry("QUEUED", 16);
    assertThat(uncommitted()).isEqualByComparingTo("0");
    BigDecimal committed =
        jdbc.sql(
                "select coalesce(sum(credit) - sum(debit), 0) from ledger_posting"
                    + " where account_kind = 'TRACK_BUDGET' and account_key = :key"
                    + " and transaction_id in (select id from ledger_transaction"
                    + " where kind in ('COMMITMENT', 'RELEASE'))")
            .param("key", year + "/" + TRACK)
            .query(BigDecimal.class)
            .single();
    assertThat(committed).isEqualByComparingTo("2000000");
  }

  @Test
  void aVoidedClaimsReservationGoesToTheNextClaimsInFilingOrder() {
    Organisation enterprise = enterpriseOf(applicantA);
    filed(applicantA, claim(enterprise, "P-1", "100000000.00", "30000000.00"));
    String second =
        filed(applicantA, claim(enterprise, "P-2", "50000000.00", "15000000.00"))
            .get("id")
            .asString();
    String crossing =
        filed(applicantA, claim(enterprise, "P-3", "20000000.00", "10000000.00"))
            .get("id")
            .asString();
    String queued =
        filed(applicantA, claim(enterprise, "P-4", "1000000.00", "1000000.00"))
            .get("id")
            .asString();

    // Another enterprise's member cannot see, let alone void, the claim.
    assertThat(
            api.bearer(applicantB)
                .post(CLAIMS + "/" + second + "/void", Map.of("reason", "not mine"))
                .status())
        .isEqualTo(404);
    Http.Response voided =
        officer.post(CLAIMS + "/" + second + "/void", Map.of("reason", "产品材料不实"));
    assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
    assertThat(voided.json().get("status").asString()).isEqualTo("VOIDED");
    assertThat(voided.json().get("reservedAmount").decimalValue()).isEqualByComparingTo("0");

    assertThat(claimOf(crossing).get("reservedAmount").decimalValue())
        .isEqualByComparingTo("400000");
    assertThat(claimOf(crossing).get("status").asString()).isEqualTo("RESERVED");
    assertThat(claimOf(queued).get("reservedAmount").decimalValue()).isEqualByComparingTo("40000");
    assertThat(claimOf(queued).get("status").asString()).isEqualTo("RESERVED");
    JsonNode queue = officer.get(CLAIMS + "?year=" + year).json();
    assertThat(queue.get("reserved").decimalValue()).isEqualByComparingTo("1640000");
    assertThat(queue.get("remaining").decimalValue()).isEqualByComparingTo("360000");
    assertThat(uncommitted()).isEqualByComparingTo("360000");

    // The enterprise's own member may withdraw its claim; a voided claim stays voided.
    Http.Response withdrawn =
        api.bearer(applicantA).post(CLAIMS + "/" + queued + "/void", Map.of("reason", "撤回"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    Http.Response again = officer.post(CLAIMS + "/" + second + "/void", Map.of("reason", "again"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("CLAIM_NOT_VOIDABLE");
    assertThat(uncommitted()).isEqualByComparingTo("400000");
    // The product of a voided claim may be claimed again.
    filed(applicantA, claim(enterprise, "P-2", "50000000.00", "15000000.00"));
  }

  @Test
  void aClaimIsNotPaidBeforeItsProductEnds() {
    Organisation enterprise = enterpriseOf(applicantA);
    Map<String, Object> claim = claim(enterprise, "LONG-1", "10000000.00", "10000000.00");
    claim.put("endDate", today().plusMonths(6).toString());
    String id = filed(applicantA, claim).get("id").asString();

    Http.Response refused = pay(id, UUID.randomUUID().toString(), today());

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("PRODUCT_NOT_ENDED");
    assertThat(refusals(id, "REFUSED")).isEqualTo(1);
    assertThat(claimOf(id).get("status").asString()).isEqualTo("RESERVED");
  }

  @Test
  void aDefaultOrOverdueRepaymentBarsPayment() {
    Organisation enterprise = enterpriseOf(applicantA);
    String id =
        filed(applicantA, claim(enterprise, "DEF-1", "10000000.00", "10000000.00"))
            .get("id")
            .asString();

    Http.Response incident =
        finance.post(
            CLAIMS + "/" + id + "/repayment-incidents",
            Map.of(
                "kind",
                "OVERDUE",
                "occurredOn",
                LocalDate.of(year, 1, 15).toString(),
                "note",
                "第二期利息逾期 30 天"));
    assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
    assertThat(
            officer
                .post(
                    CLAIMS + "/" + id + "/repayment-incidents",
                    Map.of("kind", "LATE", "occurredOn", "2001-01-01", "note", "x"))
                .status())
        .isEqualTo(422);

    // The claim will not be paid: refused at once, its reservation released, the enterprise told.
    JsonNode claim = api.bearer(applicantA).get(CLAIMS + "/" + id).json();
    assertThat(claim.get("status").asString()).isEqualTo("REFUSED");
    assertThat(claim.get("reservedAmount").decimalValue()).isEqualByComparingTo("0");
    assertThat(claim.get("incidents")).hasSize(1);
    assertThat(claim.get("refusal").get("ground").asString()).isEqualTo("OVERDUE");
    assertThat(claim.get("refusal").get("releasedAmount").decimalValue())
        .isEqualByComparingTo("400000");
    assertThat(claim.get("refusal").get("reason").asString()).contains("第二期利息逾期 30 天");
    assertThat(claim.get("refusal").get("explanationZh").asString()).contains("补贴不予发放");
    assertThat(uncommitted()).isEqualByComparingTo("2000000");
    assertThat(outbox(EventTypes.SECURITISATION_CLAIM_REFUSED_V1, id)).isEqualTo(1);
    assertThat(refusals(id, "SUCCEEDED")).isGreaterThanOrEqualTo(3);

    Http.Response refused = pay(id, UUID.randomUUID().toString(), today());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("CLAIM_NOT_PAYABLE");
    // A later incident is recorded, and changes nothing more.
    Http.Response later =
        officer.post(
            CLAIMS + "/" + id + "/repayment-incidents",
            Map.of(
                "kind",
                "DEFAULT",
                "occurredOn",
                LocalDate.of(year, 2, 1).toString(),
                "note",
                "违约"));
    assertThat(later.status()).as(later.toString()).isEqualTo(201);
    assertThat(claimOf(id).get("incidents")).hasSize(2);
    assertThat(claimOf(id).get("refusal").get("ground").asString()).isEqualTo("OVERDUE");
    assertThat(outbox(EventTypes.SECURITISATION_CLAIM_REFUSED_V1, id)).isEqualTo(1);
  }

  @Test
  void anEnterpriseWhoseCreditIsNotClearIsNotPaid() {
    Organisation enterprise = enterpriseOf(applicantA);
    // 4% of 45,000,000 is 1,800,000; the next claim gets the remaining 200,000 of its 400,000.
    String id =
        filed(applicantA, claim(enterprise, "CR-1", "45000000.00", "45000000.00"))
            .get("id")
            .asString();
    String waiting =
        filed(applicantA, claim(enterprise, "CR-2", "10000000.00", "10000000.00"))
            .get("id")
            .asString();
    assertThat(claimOf(waiting).get("status").asString()).isEqualTo("RESERVED_PARTIAL");
    confirmed(id);

    // A check that could not be made refuses the payment, not the claim.
    applicants.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .withRequestBody(matchingJsonPath("$.creditCode", equalTo(enterprise.creditCode())))
            .willReturn(aResponse().withStatus(500)));
    Http.Response unavailable = pay(id, UUID.randomUUID().toString(), today());
    assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
    assertThat(unavailable.json().get("code").asString()).isEqualTo("CREDIT_CHECK_UNAVAILABLE");
    assertThat(unavailable.json().get("retryable").asBoolean()).isTrue();
    assertThat(claimOf(id).get("status").asString()).isEqualTo("RESERVED");

    // A credit record found: the claim will not be paid, and its 1,800,000 is re-offered.
    breakers.circuitBreaker("applicant-service").reset();
    applicants.stubFor(
        post(urlEqualTo("/api/credit-checks"))
            .withRequestBody(matchingJsonPath("$.creditCode", equalTo(enterprise.creditCode())))
            .willReturn(okJson(check("RECORDS_FOUND"))));
    Http.Response dirty = pay(id, UUID.randomUUID().toString(), today());
    assertThat(dirty.status()).as(dirty.toString()).isEqualTo(409);
    assertThat(dirty.json().get("code").asString()).isEqualTo("CREDIT_NOT_CLEAR");
    assertThat(dirty.json().get("retryable").asBoolean()).isFalse();

    assertThat(refusals(id, "REFUSED")).isEqualTo(2);
    JsonNode refused = api.bearer(applicantA).get(CLAIMS + "/" + id).json();
    assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
    assertThat(refused.get("refusal").get("ground").asString()).isEqualTo("CREDIT_RECORD");
    assertThat(refused.get("refusal").get("releasedAmount").decimalValue())
        .isEqualByComparingTo("1800000");
    assertThat(claimOf(waiting).get("status").asString()).isEqualTo("RESERVED");
    assertThat(claimOf(waiting).get("reservedAmount").decimalValue())
        .isEqualByComparingTo("400000");
    assertThat(uncommitted()).isEqualByComparingTo("1600000");
    assertThat(outbox(EventTypes.SECURITISATION_RESERVATION_CHANGED_V1, waiting))
        .as("filed partial, then re-offered the rest")
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from payment where grant_id = :id")
                .param("id", UUID.fromString(id))
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aClaimIsPaidOnceWhateverTheRetries() throws Exception {
    Organisation enterprise = enterpriseOf(applicantA);
    String id =
        filed(applicantA, claim(enterprise, "PAY-1", "100000000.00", "30000000.00"))
            .get("id")
            .asString();
    confirmed(id);
    String key = UUID.randomUUID().toString();

    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Response>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        responses.add(
            pool.submit(
                () -> {
                  start.await();
                  return pay(id, key, today());
                }));
      }
      start.countDown();
      for (Future<Http.Response> response : responses) {
        Http.Response done = response.get(60, TimeUnit.SECONDS);
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.json().get("status").asString()).isEqualTo("PAID");
        assertThat(done.json().get("payment").get("amount").decimalValue())
            .isEqualByComparingTo("1200000");
      }
    } finally {
      pool.shutdownNow();
    }

    UUID claimId = UUID.fromString(id);
    assertThat(
            jdbc.sql("select count(*) from payment where grant_id = :id")
                .param("id", claimId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from event_outbox where event_type = :type"
                        + " and message_key = :key")
                .param("type", EventTypes.FUNDS_DISBURSED_V1)
                .param("key", id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select coalesce(sum(debit) - sum(credit), 0) from ledger_posting"
                        + " where account_kind = 'DISBURSED' and account_key = :id")
                .param("id", id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("1200000");
    // Paid is paid: another key is refused, and a payment needs a key at all.
    Http.Response twice = pay(id, UUID.randomUUID().toString(), today());
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asString()).isEqualTo("CLAIM_NOT_PAYABLE");
    assertThat(
            finance
                .post(
                    CLAIMS + "/" + id + "/payments",
                    Map.of("paymentReference", "R-1", "paidOn", today().toString()))
                .status())
        .isEqualTo(400);
    // A paid claim keeps its share of the cap.
    assertThat(officer.get(CLAIMS + "?year=" + year).json().get("reserved").decimalValue())
        .isEqualByComparingTo("1200000");
  }

  @Test
  void aQueuedClaimIsNotPayable() {
    Organisation enterprise = enterpriseOf(applicantA);
    filed(applicantA, claim(enterprise, "BIG-1", "100000000.00", "50000000.00"));
    String queued =
        filed(applicantA, claim(enterprise, "SMALL-1", "1000000.00", "1000000.00"))
            .get("id")
            .asString();
    Http.Response refused = pay(queued, UUID.randomUUID().toString(), today());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("CLAIM_NOT_PAYABLE");
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    Organisation enterprise = enterpriseOf(applicantA);
    Map<String, Object> tooMuch = claim(enterprise, "BAD-1", "1000000.00", "1000000.01");
    assertField(file(applicantA, tooMuch), "financingAmount");
    assertField(file(applicantA, claim(enterprise, "BAD-2", "-5", "1")), "issuanceAmount");
    assertField(file(applicantA, claim(enterprise, "BAD-3", "100.001", "1")), "issuanceAmount");
    Map<String, Object> endsFirst = claim(enterprise, "BAD-4", "1000000.00", "100000.00");
    endsFirst.put("endDate", LocalDate.of(year - 1, 2, 1).toString());
    assertField(file(applicantA, endsFirst), "endDate");
    Map<String, Object> wrongYear = claim(enterprise, "BAD-5", "1000000.00", "100000.00");
    wrongYear.put("issueDate", LocalDate.of(year, 1, 10).toString());
    assertField(file(applicantA, wrongYear), "issueDate");
    assertField(
        file(applicantA, claim(enterprise, "X".repeat(60), "1000000.00", "100000.00")),
        "productCode");
    Map<String, Object> noYear = claim(enterprise, "BAD-6", "1000000.00", "100000.00");
    noYear.remove("callYear");
    assertField(file(applicantA, noYear), "callYear");
    Http.Response missing =
        file(applicantA, claim(enterprise, "BAD-7", "1000000.00", "100000.00"), List.of(M1, M3));
    assertField(missing, M2);
    // The missing material named in the caller's language, Chinese unless English is asked for.
    assertThat(missing.json().get("errors").toString()).contains("缺少必备材料");
    Http.Response missingInEnglish =
        Http.to("http://127.0.0.1:" + port)
            .bearer(applicantA)
            .header("Accept-Language", "en")
            .postParts(
                CLAIMS,
                List.of(
                    Http.Part.json("claim", claim(enterprise, "BAD-7", "1000000.00", "100000.00")),
                    Http.Part.file(M1, M1 + ".pdf", "application/pdf", "%PDF-1.7".getBytes())));
    assertField(missingInEnglish, M2);
    assertThat(missingInEnglish.json().get("errors").toString())
        .contains("is required")
        .doesNotContain("缺少必备材料");
    assertField(
        file(
            applicantA,
            claim(enterprise, "BAD-8", "1000000.00", "100000.00"),
            List.of(M1, M2, "OTHER-M9")),
        "OTHER-M9");
    // A material is told from its bytes: a web page declared as a PDF is refused.
    assertField(
        fileWith(
            applicantA,
            claim(enterprise, "BAD-11", "1000000.00", "100000.00"),
            List.of(
                Http.Part.file(
                    M1,
                    M1 + ".pdf",
                    "application/pdf",
                    "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                Http.Part.file(
                    M2,
                    M2 + ".pdf",
                    "application/pdf",
                    "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))),
        M1);
    Organisation university = memberOf(applicantA, "UNIVERSITY");
    assertField(
        file(applicantA, claim(university, "BAD-9", "1000000.00", "100000.00")), "organisationId");

    Map<String, Object> unknownCall = claim(enterprise, "BAD-10", "1000000.00", "100000.00");
    unknownCall.put("callYear", 2099);
    assertThat(file(applicantA, unknownCall).status()).isEqualTo(404);

    filed(applicantA, claim(enterprise, "DUP-1", "1000000.00", "100000.00"));
    Http.Response duplicate =
        file(applicantA, claim(enterprise, "DUP-1", "2000000.00", "100000.00"));
    assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
    assertThat(duplicate.json().get("code").asString()).isEqualTo("DUPLICATE_CLAIM");
    // Nothing refused was written.
    assertThat(officer.get(CLAIMS + "?year=" + year).json().get("claims")).hasSize(1);
  }

  private static void assertField(Http.Response response, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).as(response.toString()).contains(field);
  }

  @Test
  void onlyMembersAndTheRightRolesMayAct() {
    Organisation enterprise = enterpriseOf(applicantA);
    Map<String, Object> claim = claim(enterprise, "AUTH-1", "1000000.00", "1000000.00");

    assertThat(file(null, claim).status()).isEqualTo(401);
    assertThat(file(tokens.tokenFor("expert-1", "expert"), claim).status()).isEqualTo(403);
    Http.Response notMember = file(applicantB, claim);
    assertThat(notMember.status()).as(notMember.toString()).isEqualTo(403);
    assertThat(refusals(enterprise.id().toString(), "FORBIDDEN")).isEqualTo(1);

    String id = filed(applicantA, claim).get("id").asString();
    Http.Response hidden = api.bearer(applicantB).get(CLAIMS + "/" + id);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(refusals(id, "NOT_VISIBLE")).isEqualTo(1);
    assertThat(api.bearer(applicantA).get(CLAIMS + "?year=" + year).status()).isEqualTo(403);
    assertThat(api.get(CLAIMS + "?year=" + year).status()).isEqualTo(401);
    assertThat(
            api.bearer(applicantA)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                    CLAIMS + "/" + id + "/payments",
                    Map.of("paymentReference", "R-2", "paidOn", today().toString()))
                .status())
        .isEqualTo(403);
    assertThat(
            officer
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                    CLAIMS + "/" + id + "/payments",
                    Map.of("paymentReference", "R-3", "paidOn", today().toString()))
                .status())
        .isEqualTo(403);
    assertThat(
            api.bearer(applicantA)
                .post(
                    CLAIMS + "/" + id + "/repayment-incidents",
                    Map.of("kind", "DEFAULT", "occurredOn", "2001-01-01", "note", "x"))
                .status())
        .isEqualTo(403);
    assertThat(officer.get(CLAIMS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(officer.get(CLAIMS + "?year=2099").status()).isEqualTo(404);
  }

  // ---- one product, whoever files ---------------------------------------------------------------

  @Test
  void twoEnterprisesOfOneProductShareFourPercentOfItsIssuance() {
    Organisation first = enterpriseOf(applicantA);
    Organisation second = enterpriseOf(applicantB);
    Organisation third = enterpriseOf(applicantA);

    JsonNode a = filed(applicantA, claim(first, "GZ-ABS-50M", "50000000.00", "30000000.00"));
    JsonNode b = filed(applicantB, claim(second, "GZ-ABS-50M", "50000000.00", "20000000.00"));

    assertThat(a.get("reservedAmount").decimalValue()).isEqualByComparingTo("1200000");
    assertThat(b.get("reservedAmount").decimalValue()).isEqualByComparingTo("800000");
    assertThat(b.get("status").asString()).isEqualTo("RESERVED");
    // The product's issuance is all declared: one fen more is refused, whoever files, whatever
    // the case of its code; another issuance amount or other dates for the product are refused.
    Map<String, Object> lowerCase = claim(third, "GZ-ABS-50M", "50000000.00", "0.01");
    lowerCase.put("productCode", " gz-abs-50m." + year + " ");
    assertField(file(applicantA, lowerCase), "financingAmount");
    Http.Response otherIssuance =
        file(applicantA, claim(third, "GZ-ABS-50M", "80000000.00", "10000000.00"));
    assertField(otherIssuance, "issuanceAmount");
    assertThat(otherIssuance.json().toString()).contains("one product has one issuance amount");
    Map<String, Object> otherEnd = claim(third, "GZ-ABS-50M", "50000000.00", "1.00");
    otherEnd.put("endDate", LocalDate.of(year, 12, 31).toString());
    assertField(file(applicantA, otherEnd), "endDate");

    JsonNode queue = officer.get(CLAIMS + "?year=" + year).json();
    assertThat(queue.get("claims")).hasSize(2);
    assertThat(queue.get("reserved").decimalValue())
        .as("4% of the 50,000,000 product, never more")
        .isEqualByComparingTo("2000000");
    assertThat(uncommitted()).isEqualByComparingTo("0");
    // The database itself refuses a product's claims declaring more than its issuance.
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status ->
                        jdbc.sql(
                                "update securitisation_claim set financing_amount = 30000000.00"
                                    + " where id = :id")
                            .param("id", UUID.fromString(b.get("id").asString()))
                            .update()))
        .hasMessageContaining("beyond its issuance");

    // Once the first claim is withdrawn, its share is free for another enterprise of the product.
    api.bearer(applicantA)
        .post(CLAIMS + "/" + a.get("id").asString() + "/void", Map.of("reason", "撤回重报"));
    JsonNode again = filed(applicantA, claim(third, "GZ-ABS-50M", "50000000.00", "30000000.00"));
    assertThat(again.get("reservedAmount").decimalValue()).isEqualByComparingTo("1200000");
  }

  @Test
  void concurrentClaimsOfOneProductNeverExceedItsIssuance() throws Exception {
    int claims = 20;
    List<Organisation> enterprises = new ArrayList<>();
    for (int i = 0; i < claims; i++) {
      enterprises.add(enterpriseOf(applicantA));
    }
    ExecutorService pool = Executors.newFixedThreadPool(claims);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Response>> responses = new ArrayList<>();
    try {
      for (Organisation enterprise : enterprises) {
        responses.add(
            pool.submit(
                () -> {
                  start.await();
                  // 20 enterprises each declare 5,000,000 of one 50,000,000 product.
                  return file(
                      applicantA, claim(enterprise, "SHARED-50M", "50000000.00", "5000000.00"));
                }));
      }
      start.countDown();
      Map<Integer, Integer> statuses = new LinkedHashMap<>();
      for (Future<Http.Response> response : responses) {
        statuses.merge(response.get(120, TimeUnit.SECONDS).status(), 1, Integer::sum);
      }
      assertThat(statuses).containsEntry(201, 10).containsEntry(422, 10);
    } finally {
      pool.shutdownNow();
    }
    JsonNode queue = officer.get(CLAIMS + "?year=" + year).json();
    assertThat(queue.get("claims")).hasSize(10);
    assertThat(queue.get("reserved").decimalValue()).isEqualByComparingTo("2000000");
    for (JsonNode claim : queue.get("claims")) {
      assertThat(claim.get("reservedAmount").decimalValue()).isEqualByComparingTo("200000");
    }
  }

  // ---- registered in Guizhou --------------------------------------------------------------------

  @Test
  void onlyEnterprisesRegisteredInGuizhouMayFileAndBePaid() {
    Organisation shanghai =
        memberOf(applicantA, "ENTERPRISE", UsccGenerator.next("91", "310115"), "GUIYANG");
    Http.Response outside = file(applicantA, claim(shanghai, "OUT-1", "1000000.00", "1000000.00"));
    assertField(outside, "organisationId");
    assertThat(outside.json().toString()).contains("310115").contains("贵州省内注册企业");
    Organisation declaredOutside =
        memberOf(applicantA, "ENTERPRISE", UsccGenerator.next("91", "520100"), "OUTSIDE_PROVINCE");
    assertField(
        file(applicantA, claim(declaredOutside, "OUT-2", "1000000.00", "1000000.00")),
        "organisationId");
    assertThat(officer.get(CLAIMS + "?year=" + year).json().get("claims")).isEmpty();

    // A claim recorded as outside the province (e.g. filed before the region was recorded) is
    // refused at payment, and its reservation released.
    Organisation enterprise = enterpriseOf(applicantA);
    String id =
        filed(applicantA, claim(enterprise, "OUT-3", "10000000.00", "10000000.00"))
            .get("id")
            .asString();
    confirmed(id);
    jdbc.sql("update securitisation_claim set region = 'OUTSIDE_PROVINCE' where id = :id")
        .param("id", UUID.fromString(id))
        .update();
    Http.Response refused = pay(id, UUID.randomUUID().toString(), today());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("NOT_REGISTERED_IN_GUIZHOU");
    JsonNode claim = api.bearer(applicantA).get(CLAIMS + "/" + id).json();
    assertThat(claim.get("status").asString()).isEqualTo("REFUSED");
    assertThat(claim.get("refusal").get("ground").asString())
        .isEqualTo("NOT_REGISTERED_IN_GUIZHOU");
    assertThat(uncommitted()).isEqualByComparingTo("2000000");
    applicants.verify(0, postRequestedFor(urlEqualTo("/api/credit-checks")));
  }

  // ---- refusals ---------------------------------------------------------------------------------

  @Test
  void aWithdrawnQualificationReleasesTheReservationAndTheQueueIsServedAgainInFilingOrder() {
    Organisation enterprise = enterpriseOf(applicantA);
    filed(applicantA, claim(enterprise, "Q-1", "30000000.00", "30000000.00"));
    String refusedId =
        filed(applicantA, claim(enterprise, "Q-2", "20000000.00", "20000000.00"))
            .get("id")
            .asString();
    String next =
        filed(applicantA, claim(enterprise, "Q-3", "10000000.00", "10000000.00"))
            .get("id")
            .asString();
    String after =
        filed(applicantA, claim(enterprise, "Q-4", "12500000.00", "12500000.00"))
            .get("id")
            .asString();
    // 1,200,000 + 800,000 fill the cap; 400,000 and 500,000 wait.
    assertThat(claimOf(next).get("status").asString()).isEqualTo("QUEUED");
    assertThat(claimOf(after).get("status").asString()).isEqualTo("QUEUED");

    assertThat(
            api.bearer(applicantA)
                .post(
                    CLAIMS + "/" + refusedId + "/refusal",
                    Map.of("ground", "QUALIFICATION_WITHDRAWN", "reason", "x"))
                .status())
        .isEqualTo(403);
    assertThat(
            officer
                .post(
                    CLAIMS + "/" + refusedId + "/refusal",
                    Map.of("ground", "DEFAULT", "reason", "使用还款事件登记"))
                .status())
        .isEqualTo(422);
    Http.Response refused =
        officer.post(
            CLAIMS + "/" + refusedId + "/refusal",
            Map.of("ground", "QUALIFICATION_WITHDRAWN", "reason", "质押的数据知识产权已被转让，企业不再是该产品的融资企业"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
    assertThat(refused.json().get("reservedAmount").decimalValue()).isEqualByComparingTo("0");

    // The 800,000 goes to the waiting claims in filing order: 400,000 whole, then 400,000 of
    // 500,000.
    assertThat(claimOf(next).get("status").asString()).isEqualTo("RESERVED");
    assertThat(claimOf(next).get("reservedAmount").decimalValue()).isEqualByComparingTo("400000");
    assertThat(claimOf(after).get("status").asString()).isEqualTo("RESERVED_PARTIAL");
    assertThat(claimOf(after).get("reservedAmount").decimalValue()).isEqualByComparingTo("400000");
    assertThat(uncommitted()).isEqualByComparingTo("0");

    // The enterprise reads why.
    JsonNode told = api.bearer(applicantA).get(CLAIMS + "/" + refusedId).json();
    assertThat(told.get("refusal").get("ground").asString()).isEqualTo("QUALIFICATION_WITHDRAWN");
    assertThat(told.get("refusal").get("reason").asString()).contains("质押的数据知识产权已被转让");
    assertThat(told.get("refusal").get("explanationEn").asString()).contains("no longer qualifies");
    assertThat(told.get("refusal").get("releasedAmount").decimalValue())
        .isEqualByComparingTo("800000");
    // Events and audit, in the transaction of the refusal.
    assertThat(outbox(EventTypes.SECURITISATION_CLAIM_REFUSED_V1, refusedId)).isEqualTo(1);
    assertThat(outbox(EventTypes.SECURITISATION_RESERVATION_CHANGED_V1, refusedId)).isEqualTo(2);
    assertThat(outbox(EventTypes.SECURITISATION_RESERVATION_CHANGED_V1, next)).isEqualTo(2);
    assertThat(outbox(EventTypes.SECURITISATION_RESERVATION_CHANGED_V1, after)).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_record where object_id = :id"
                        + " and action = 'securitisation-claim.refuse'")
                .param("id", refusedId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    // Refused is final: not refused twice, not voided, its product not claimed again by it.
    Http.Response twice =
        officer.post(
            CLAIMS + "/" + refusedId + "/refusal",
            Map.of("ground", "CREDIT_RECORD", "reason", "again"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asString()).isEqualTo("CLAIM_NOT_REFUSABLE");
    Http.Response voided =
        api.bearer(applicantA).post(CLAIMS + "/" + refusedId + "/void", Map.of("reason", "撤回"));
    assertThat(voided.status()).isEqualTo(409);
    Http.Response refiled =
        file(applicantA, claim(enterprise, "Q-2", "20000000.00", "20000000.00"));
    assertThat(refiled.status()).isEqualTo(409);
    assertThat(refiled.json().get("code").asString()).isEqualTo("DUPLICATE_CLAIM");
  }

  // ---- completion confirmed before payment ------------------------------------------------------

  @Test
  void aClaimIsPaidOnlyAfterAFinanceOfficerConfirmedItsProductRanToItsEnd() {
    Organisation enterprise = enterpriseOf(applicantA);
    JsonNode filed = filed(applicantA, claim(enterprise, "END-1", "10000000.00", "10000000.00"));
    String id = filed.get("id").asString();
    LocalDate ends = LocalDate.parse(filed.get("endDate").asString());

    Http.Response unconfirmed = pay(id, UUID.randomUUID().toString(), today());
    assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(409);
    assertThat(unconfirmed.json().get("code").asString()).isEqualTo("COMPLETION_NOT_CONFIRMED");

    assertField(confirm(id, ends.minusDays(1), true), "endedOn");
    assertField(confirm(id, today().plusDays(1), true), "endedOn");
    assertField(confirm(id, ends, false), "withoutOverdueOrDefault");
    Http.Response web =
        finance.postParts(
            CLAIMS + "/" + id + "/completion",
            List.of(
                Http.Part.json(
                    "confirmation",
                    Map.of(
                        "endedOn", ends.toString(), "withoutOverdueOrDefault", true, "note", "x")),
                Http.Part.file(
                    "evidence",
                    "report.pdf",
                    "application/pdf",
                    "<html></html>".getBytes(StandardCharsets.UTF_8))));
    assertField(web, "evidence");
    assertThat(
            officer
                .postParts(
                    CLAIMS + "/" + id + "/completion",
                    List.of(
                        Http.Part.json(
                            "confirmation",
                            Map.of(
                                "endedOn",
                                ends.toString(),
                                "withoutOverdueOrDefault",
                                true,
                                "note",
                                "x")),
                        Http.Part.file(
                            "evidence", "r.pdf", "application/pdf", "%PDF-1.7".getBytes())))
                .status())
        .isEqualTo(403);

    Http.Response confirmed = confirm(id, ends, true);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    JsonNode completion = confirmed.json().get("completion");
    assertThat(completion.get("endedOn").asString()).isEqualTo(ends.toString());
    assertThat(completion.get("evidence").get("sha256").asString()).hasSize(64);
    assertThat(completion.get("evidence").get("contentType").asString())
        .isEqualTo("application/pdf");
    assertThat(
            new String(
                api.bearer(applicantA).getBytes(CLAIMS + "/" + id + "/completion/evidence"),
                StandardCharsets.UTF_8))
        .isEqualTo("%PDF-1.7 兑付完成");
    Http.Response twice = confirm(id, ends, true);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asString()).isEqualTo("COMPLETION_ALREADY_CONFIRMED");

    Http.Response paid = pay(id, UUID.randomUUID().toString(), today());
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    assertThat(paid.json().get("payment").get("amount").decimalValue())
        .isEqualByComparingTo("400000");
  }

  @Test
  void aProductThatHasNotEndedCannotBeConfirmed() {
    Organisation enterprise = enterpriseOf(applicantA);
    Map<String, Object> claim = claim(enterprise, "LONG-2", "10000000.00", "10000000.00");
    claim.put("endDate", today().plusMonths(6).toString());
    String id = filed(applicantA, claim).get("id").asString();

    Http.Response early = confirm(id, today(), true);
    assertThat(early.status()).as(early.toString()).isIn(409, 422);
    assertThat(claimOf(id).get("completion").isNull()).isTrue();
  }
}
