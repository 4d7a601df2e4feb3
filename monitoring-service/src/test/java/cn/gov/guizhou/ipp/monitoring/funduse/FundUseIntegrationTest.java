package cn.gov.guizhou.ipp.monitoring.funduse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.funding.ExpenditureRecordedV1;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.monitoring.FundedProjects;
import cn.gov.guizhou.ipp.testkit.CallEvents;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Fund-use supervision end to end: tranches and expenditure arrive from funding-service's topics,
 * flags are raised on monitored projects and turn them yellow, the contracted firm (and only it)
 * confirms or dismisses them, a confirmed misappropriation turns the project red, and the fund-use
 * report and final accounts add up.
 */
@IntegrationTest
class FundUseIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2070);
  private static final String FIRM = "risk-firm-demo";

  @Value("${local.server.port}")
  int port;

  EventSender sender;
  Http officer;
  Http finance;
  Http dashboard;
  Http firm;
  Http otherFirm;
  int year;

  @BeforeEach
  void setUp() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    Http service = Http.to("http://127.0.0.1:" + port);
    officer = service.bearer(tokens.tokenFor("officer", "programme-officer"));
    finance = service.bearer(tokens.tokenFor("finance", "finance-officer"));
    dashboard = service.bearer(tokens.tokenFor("dashboard", "dashboard-viewer"));
    firm = service.bearer(firmToken(FIRM));
    otherFirm = service.bearer(firmToken("risk-firm-b-demo"));
    year = years.incrementAndGet();
    sender.send(
        EventCatalogue.CALL_PUBLISHED,
        CallEvents.open(
            year,
            List.of(
                new TrackSummary(
                    "HVP",
                    "HVP",
                    null,
                    "HVP",
                    "PRE_SUBSIDY",
                    new FixedAmount(new BigDecimal("500000")),
                    true,
                    year,
                    year,
                    new BigDecimal("5000000"),
                    2,
                    null))),
        UUID.randomUUID().toString());
  }

  @AfterEach
  void close() {
    sender.close();
  }

  @Test
  void flagsAreRaisedDecidedByTheFirmAndReported() {
    UUID a = monitoredProject();
    disburse(a, "250000.00", LocalDate.of(year, 3, 1));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                finance
                        .get("/api/monitoring/projects/" + a + "/final-accounts")
                        .json()
                        .get("disbursed")
                        .decimalValue()
                        .compareTo(new BigDecimal("250000"))
                    == 0);

    spend(a, "EQUIPMENT", "12000.00", LocalDate.of(year, 4, 1), "12000.00");
    UUID large = spend(a, "EQUIPMENT", "100000.00", LocalDate.of(year, 5, 1), "112000.00");
    UUID outside = spend(a, "TRAVEL_AND_MEETINGS", "3000.00", LocalDate.of(year, 2, 15), "3000.00");
    UUID late = spend(a, "LABOUR", "5000.00", LocalDate.of(year + 1, 1, 5), "5000.00");
    // an expenditure of a grant that is not monitored is ignored
    spend(UUID.randomUUID(), "EQUIPMENT", "90000.00", LocalDate.of(year, 5, 1), "90000.00");

    JsonNode flags = awaitFlags(a, 4);
    assertThat(kinds(flags, large)).containsExactly("LARGE_EXPENDITURE");
    assertThat(detail(flags, large)).contains("100,000.00").contains("大额标准").contains("20%");
    assertThat(kinds(flags, outside))
        .containsExactly("BEFORE_FUNDS_ARRIVED", "OUTSIDE_APPROVED_BUDGET");
    assertThat(kinds(flags, late)).containsExactly("AFTER_PERIOD_END");
    assertThat(colour(a)).isEqualTo("YELLOW");

    UUID misuse = flagId(flags, outside, "OUTSIDE_APPROVED_BUDGET");
    String decide = "/api/monitoring/fund-flags/" + misuse + "/decision";
    Map<String, Object> confirm =
        Map.of("decision", "CONFIRMED", "misappropriation", true, "reason", "差旅费用于与项目无关的会议");
    assertThat(otherFirm.post(decide, confirm).status()).as("another firm").isEqualTo(404);
    assertThat(officer.post(decide, confirm).status()).as("the bureau").isEqualTo(403);
    assertThat(firm.post("/api/monitoring/fund-flags/" + UUID.randomUUID() + "/decision", confirm))
        .extracting(Http.Response::status)
        .isEqualTo(404);
    assertThat(
            firm.post(
                    decide,
                    Map.of("decision", "DISMISSED", "misappropriation", true, "reason", "x"))
                .status())
        .isEqualTo(422);
    assertThat(firm.post(decide, Map.of("decision", "CONFIRMED", "reason", " ")).status())
        .isEqualTo(422);

    Http.Response confirmed = firm.post(decide, confirm);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(confirmed.json().get("misappropriation").asBoolean()).isTrue();
    assertThat(colour(a)).isEqualTo("RED");
    Http.Response again = firm.post(decide, confirm);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("FLAG_ALREADY_DECIDED");

    UUID largeFlag = flagId(flags, large, "LARGE_EXPENDITURE");
    assertThat(
            firm.post(
                    "/api/monitoring/fund-flags/" + largeFlag + "/decision",
                    Map.of("decision", "DISMISSED", "reason", "设备采购合同与预算一致"))
                .status())
        .isEqualTo(200);

    // the open flags: the firm sees its projects', another firm none of them, the bureau all
    List<String> open = ids(firm.get("/api/monitoring/fund-flags?status=OPEN").json());
    assertThat(open)
        .contains(
            flagId(flags, outside, "BEFORE_FUNDS_ARRIVED").toString(),
            flagId(flags, late, "AFTER_PERIOD_END").toString())
        .doesNotContain(misuse.toString(), largeFlag.toString());
    assertThat(ids(otherFirm.get("/api/monitoring/fund-flags?status=OPEN").json()))
        .doesNotContainAnyElementsOf(open);
    assertThat(ids(dashboard.get("/api/monitoring/fund-flags?status=OPEN").json()))
        .containsAll(open);
    assertThat(otherFirm.get("/api/monitoring/projects/" + a + "/fund-flags").status())
        .isEqualTo(404);

    // the first half-year's report
    String query = "?from=" + year + "-01-01&to=" + year + "-06-30";
    Http.Response report = finance.get("/api/monitoring/reports/fund-use" + query);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonNode body = report.json();
    assertThat(body.get("period").get("from").asString()).isEqualTo(year + "-01-01");
    JsonNode line = lineOf(body, a);
    assertThat(line.get("disbursedInPeriod").decimalValue()).isEqualByComparingTo("250000");
    assertThat(line.get("spentInPeriod").decimalValue()).isEqualByComparingTo("115000");
    assertThat(line.get("spentToDate").decimalValue()).isEqualByComparingTo("115000");
    JsonNode counts = line.get("flags");
    assertThat(counts.get("raised").asInt()).isEqualTo(3);
    assertThat(counts.get("confirmed").asInt()).isEqualTo(1);
    assertThat(counts.get("misappropriations").asInt()).isEqualTo(1);
    assertThat(counts.get("dismissed").asInt()).isEqualTo(1);
    assertThat(counts.get("open").asInt()).isEqualTo(1);
    JsonNode equipment = category(line, "EQUIPMENT");
    assertThat(equipment.get("approved").decimalValue()).isEqualByComparingTo("300000");
    assertThat(equipment.get("spentInPeriod").decimalValue()).isEqualByComparingTo("112000");
    assertThat(equipment.get("executionRatePercent").decimalValue()).isEqualByComparingTo("37.33");
    JsonNode travel = category(line, "TRAVEL_AND_MEETINGS");
    assertThat(travel.get("approved").decimalValue()).isEqualByComparingTo("0");
    assertThat(travel.get("executionRatePercent").isNull()).isTrue();
    BigDecimal spentTotal = BigDecimal.ZERO;
    for (JsonNode p : body.get("projects")) {
      spentTotal = spentTotal.add(p.get("spentInPeriod").decimalValue());
    }
    assertThat(body.get("totals").get("spentInPeriod").decimalValue())
        .isEqualByComparingTo(spentTotal);
    assertThat(finance.get("/api/monitoring/reports/fund-use" + query).body())
        .as("the same period gives the same report")
        .isEqualTo(report.body());
    assertThat(
            otherFirm.get("/api/monitoring/reports/fund-use" + query).json().get("projects").size())
        .as("another firm's report leaves out the projects it does not monitor")
        .isZero();

    Http.Response csv =
        finance.header("Accept", "text/csv").get("/api/monitoring/reports/fund-use" + query);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains(".csv");
    byte[] file = finance.getBytes("/api/monitoring/reports/fund-use.csv" + query);
    assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(file, StandardCharsets.UTF_8);
    String reference = line.get("reference").asString();
    assertThat(text)
        .contains("资金使用监管报告")
        .contains(reference + "," + year + ",HVP," + FIRM + ",500000.00,250000.00,250000.00")
        .contains(reference + ",EQUIPMENT,300000.00,112000.00,112000.00,37.33")
        .contains("\r\n");
    assertThat(finance.get("/api/monitoring/reports/fund-use.csv" + query).body())
        .isEqualTo(csv.body());

    // the final accounts
    Http.Response accounts = firm.get("/api/monitoring/projects/" + a + "/final-accounts");
    assertThat(accounts.status()).as(accounts.toString()).isEqualTo(200);
    JsonNode fa = accounts.json();
    assertThat(fa.get("disbursed").decimalValue()).isEqualByComparingTo("250000");
    assertThat(fa.get("undisbursed").decimalValue()).isEqualByComparingTo("250000");
    assertThat(fa.get("spent").decimalValue()).isEqualByComparingTo("120000");
    assertThat(fa.get("balance").decimalValue()).isEqualByComparingTo("130000");
    assertThat(fa.get("carryOver").decimalValue()).isEqualByComparingTo("135000");
    assertThat(fa.get("spentAfterPeriodEnd").decimalValue()).isEqualByComparingTo("5000");
    assertThat(fa.get("efficiencyPercent").decimalValue()).isEqualByComparingTo("48.00");
    JsonNode labour = null;
    for (JsonNode c : fa.get("categories")) {
      if (c.get("category").asString().equals("LABOUR")) {
        labour = c;
      }
    }
    assertThat(labour).isNotNull();
    assertThat(labour.get("executionRatePercent").decimalValue()).isEqualByComparingTo("2.50");
    assertThat(otherFirm.get("/api/monitoring/projects/" + a + "/final-accounts").status())
        .isEqualTo(404);
    assertThat(dashboard.get("/api/monitoring/projects/" + a + "/final-accounts").status())
        .isEqualTo(200);
  }

  @Test
  void aDismissedFlagTurnsTheProjectGreenAgain() {
    UUID b = monitoredProject();
    UUID early = spend(b, "EQUIPMENT", "1000.00", LocalDate.of(year, 4, 1), "1000.00");
    JsonNode flags = awaitFlags(b, 1);
    assertThat(kinds(flags, early)).containsExactly("BEFORE_FUNDS_ARRIVED");
    assertThat(detail(flags, early)).contains("尚未拨付");
    assertThat(colour(b)).isEqualTo("YELLOW");
    Http.Response dismissed =
        firm.post(
            "/api/monitoring/fund-flags/"
                + flagId(flags, early, "BEFORE_FUNDS_ARRIVED")
                + "/decision",
            Map.of("decision", "DISMISSED", "reason", "单位以自有资金垫付，资金到账后冲回"));
    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
    assertThat(dismissed.json().get("resolutionReason").asString()).contains("垫付");
    assertThat(colour(b)).isEqualTo("GREEN");
  }

  private UUID monitoredProject() {
    UUID id =
        FundedProjects.publish(
                sender,
                year,
                "HVP",
                UUID.randomUUID(),
                UsccGenerator.next(),
                null,
                List.of(line("EQUIPMENT", "300000"), line("LABOUR", "200000")))
            .applicationId();
    // the plan comes on another topic than the award: wait for both
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              Http.Response project = officer.get("/api/monitoring/projects/" + id);
              return project.status() == 200 && !project.json().get("implementationEnd").isNull();
            });
    Http.Response assigned =
        officer.put("/api/monitoring/projects/" + id + "/firm", Map.of("firmClientId", FIRM));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    return id;
  }

  private void disburse(UUID grant, String amount, LocalDate paidOn) {
    sender.send(
        EventCatalogue.FUNDS_DISBURSED,
        new FundsDisbursedV1(
            UUID.randomUUID(),
            "TRANCHE",
            grant,
            "ref",
            year,
            "HVP",
            UUID.randomUUID(),
            UsccGenerator.next(),
            1,
            new BigDecimal(amount),
            BigDecimal.ZERO,
            new BigDecimal(amount),
            "TP" + year + grant.toString().substring(0, 6),
            paidOn,
            UUID.randomUUID(),
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
  }

  private UUID spend(
      UUID grant, String category, String amount, LocalDate spentOn, String spentInCategory) {
    UUID id = UUID.randomUUID();
    sender.send(
        EventCatalogue.EXPENDITURE_RECORDED,
        new ExpenditureRecordedV1(
            id,
            grant,
            "ref",
            year,
            "HVP",
            UUID.randomUUID(),
            category,
            new BigDecimal(amount),
            spentOn,
            "贵州某供应商",
            "支出",
            // As published: a voucher's SHA-256 in hex, and the approved amount (0.00: none known,
            // the project's own budget counts).
            new ExpenditureRecordedV1.Voucher("v.pdf", "application/pdf", 10, "0".repeat(64)),
            BigDecimal.ZERO.setScale(2),
            new BigDecimal(spentInCategory),
            tokens.subjectOf("applicant-a"),
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    return id;
  }

  private JsonNode awaitFlags(UUID project, int count) {
    String path = "/api/monitoring/projects/" + project + "/fund-flags";
    await().atMost(Duration.ofSeconds(30)).until(() -> firm.get(path).json().size() >= count);
    JsonNode flags = firm.get(path).json();
    assertThat(flags.size()).as(flags.toString()).isEqualTo(count);
    return flags;
  }

  private static List<String> kinds(JsonNode flags, UUID expenditure) {
    List<String> kinds = new ArrayList<>();
    for (JsonNode f : flags) {
      if (f.get("expenditureId").asString().equals(expenditure.toString())) {
        kinds.add(f.get("kind").asString());
      }
    }
    kinds.sort(String::compareTo);
    return kinds;
  }

  private static String detail(JsonNode flags, UUID expenditure) {
    for (JsonNode f : flags) {
      if (f.get("expenditureId").asString().equals(expenditure.toString())) {
        return f.get("detail").asString();
      }
    }
    return null;
  }

  private static UUID flagId(JsonNode flags, UUID expenditure, String kind) {
    for (JsonNode f : flags) {
      if (f.get("expenditureId").asString().equals(expenditure.toString())
          && f.get("kind").asString().equals(kind)) {
        return UUID.fromString(f.get("id").asString());
      }
    }
    throw new AssertionError("no " + kind + " flag on " + expenditure + " in " + flags);
  }

  private static List<String> ids(JsonNode flags) {
    List<String> ids = new ArrayList<>();
    flags.forEach(f -> ids.add(f.get("id").asString()));
    return ids;
  }

  private static JsonNode lineOf(JsonNode report, UUID project) {
    for (JsonNode p : report.get("projects")) {
      if (p.get("projectId").asString().equals(project.toString())) {
        return p;
      }
    }
    throw new AssertionError("no line for " + project + " in " + report);
  }

  private static JsonNode category(JsonNode line, String category) {
    for (JsonNode c : line.get("categories")) {
      if (c.get("category").asString().equals(category)) {
        return c;
      }
    }
    throw new AssertionError("no " + category + " in " + line);
  }

  private String colour(UUID project) {
    return officer.get("/api/monitoring/projects/" + project).json().get("colour").asString();
  }

  /** A firm's API client token, as Keycloak issues it to the client's service account. */
  private static String firmToken(String clientId) {
    return tokens
        .token()
        .user("service-account-" + clientId)
        .client(clientId)
        .roles("risk-monitor")
        .sign();
  }

  private static BudgetLine line(String category, String amount) {
    return new BudgetLine(category, new BigDecimal(amount).setScale(2), category);
  }
}
