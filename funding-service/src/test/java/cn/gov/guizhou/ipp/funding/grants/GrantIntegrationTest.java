package cn.gov.guizhou.ipp.funding.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1.TrackSummary;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.funding.FundingEvents;
import cn.gov.guizhou.ipp.testkit.CallEvents;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Awards become grants committed against their track's budget in a ledger whose invariants the
 * database enforces; a GI-BRAND year-2 tranche appears only after a met evaluation.
 */
@IntegrationTest
class GrantIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2090);

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  EventSender sender;
  Http finance;
  int year;

  @BeforeEach
  void setUp() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    finance =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("finance", "finance-officer"));
    year = years.incrementAndGet();
    sender.send(
        EventCatalogue.CALL_PUBLISHED,
        CallEvents.open(
            year,
            List.of(
                track("HVP", new FixedAmount(new BigDecimal("500000")), "1000000"),
                track(
                    "GI-BRAND",
                    new RollingWithEvaluation(
                        new BigDecimal("500000"),
                        new BigDecimal("500000"),
                        new BigDecimal("1000000")),
                    "3000000"))),
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

  private TrackSummary track(String code, FundingRule rule, String budget) {
    return FundingEvents.track(year, code, rule, budget);
  }

  private AwardDecidedV1 award(String track, FundingRule rule, String amount) {
    return FundingEvents.award(
        sender,
        year,
        UUID.randomUUID(),
        UUID.randomUUID(),
        UsccGenerator.next(),
        track,
        rule,
        amount);
  }

  private JsonNode grantOf(UUID application) {
    return FundingEvents.grantOf(finance, application);
  }

  @Test
  void awardsAreCommittedUntilTheBudgetIsUsedAndNoFurther() {
    FixedAmount rule = new FixedAmount(new BigDecimal("500000"));
    JsonNode first = grantOf(award("HVP", rule, "500000").applicationId());
    assertThat(first.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(first.get("tranches").get(0).get("status").asString()).isEqualTo("DUE");
    assertThat(first.get("balance").decimalValue()).isEqualByComparingTo("500000");
    grantOf(award("HVP", rule, "500000").applicationId());

    JsonNode third = grantOf(award("HVP", rule, "500000").applicationId());
    assertThat(third.get("status").asString()).isEqualTo("REFUSED_OVER_BUDGET");
    assertThat(third.get("refusal").asString()).contains("exceed");
    JsonNode track = finance.get("/api/funding/calls/" + year + "/tracks/HVP").json();
    assertThat(track.get("uncommitted").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void aGiBrandSecondYearAppearsOnlyAfterAMetEvaluation() {
    RollingWithEvaluation rule =
        new RollingWithEvaluation(
            new BigDecimal("500000"), new BigDecimal("500000"), new BigDecimal("1000000"));
    AwardDecidedV1 award = award("GI-BRAND", rule, "500000");
    JsonNode grant = grantOf(award.applicationId());
    assertThat(grant.get("tranches").get(1).get("status").asString()).isEqualTo("PLANNED");
    assertThat(grant.get("tranches").get(1).get("amount").isNull()).isTrue();
    assertThat(grant.get("committedAmount").decimalValue()).isEqualByComparingTo("1500000");

    sender.send(
        EventCatalogue.EVALUATION_CONCLUDED,
        new EvaluationConcludedV1(
            award.applicationId(),
            award.reference(),
            year,
            "GI-BRAND",
            award.leadOrganisationId(),
            1,
            "TARGETS_MET",
            new BigDecimal("88.00"),
            new BigDecimal("800000.00"),
            "年度目标全部完成",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "DUE"
                    .equals(
                        finance
                            .get("/api/funding/grants/" + award.applicationId())
                            .json()
                            .get("tranches")
                            .get(1)
                            .get("status")
                            .asString()));
    JsonNode released = finance.get("/api/funding/grants/" + award.applicationId()).json();
    assertThat(released.get("tranches").get(1).get("amount").decimalValue())
        .isEqualByComparingTo("800000");
    assertThat(released.get("balance").decimalValue()).isEqualByComparingTo("1300000");
    assertThat(
            finance
                .get("/api/funding/calls/" + year + "/tracks/GI-BRAND")
                .json()
                .get("uncommitted")
                .decimalValue())
        .isEqualByComparingTo("1700000");
  }

  @Test
  void theDatabaseRefusesAnUnbalancedTransactionAndAnyChangeToTheLedger() {
    UUID transaction = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      jdbc.sql(
                              "insert into ledger_transaction (id, kind, reference, occurred_at)"
                                  + " values (:id, 'ALLOCATION', 'test', now())")
                          .param("id", transaction)
                          .update();
                      jdbc.sql(
                              "insert into ledger_posting (transaction_id, account_kind, account_key,"
                                  + " debit, credit) values (:id, 'TRACK_BUDGET', :key, 100, 0)")
                          .param("id", transaction)
                          .param("key", year + "/HVP")
                          .update();
                    }))
        .hasMessageContaining("does not balance");
    // A balanced commitment beyond the track's budget is refused by the database too.
    UUID overCommitment = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      jdbc.sql(
                              "insert into ledger_transaction (id, kind, reference, occurred_at)"
                                  + " values (:id, 'COMMITMENT', 'test', now())")
                          .param("id", overCommitment)
                          .update();
                      jdbc.sql(
                              "insert into ledger_posting (transaction_id, account_kind, account_key,"
                                  + " debit, credit) values (:id, 'GRANT', :grant, 5000000, 0),"
                                  + " (:id, 'TRACK_BUDGET', :key, 0, 5000000)")
                          .param("id", overCommitment)
                          .param("grant", UUID.randomUUID().toString())
                          .param("key", year + "/HVP")
                          .update();
                    }))
        .hasMessageContaining("would be negative");
    assertThatThrownBy(() -> jdbc.sql("update ledger_posting set debit = debit + 1").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from ledger_transaction").update())
        .rootCause()
        .hasMessageContaining("append-only");
  }
}
