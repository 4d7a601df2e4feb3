package cn.gov.guizhou.ipp.program.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.kit.events.EventContractViolation;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.program.catalogue.CallDefinition;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A call that can be published can be stored by review and funding: every amount of its rules is
 * refused at the edge when it has more than two decimals or exceeds 999999999999.99 (422 naming the
 * field, nothing changed, nothing published), and a payload that would break its schema never
 * reaches the outbox, taking the change that caused it down with it.
 */
@IntegrationTest
class MoneyAtTheEdgeIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  /** Each refused: beyond any column, a fraction of a fen, 10^15, one fen above the limit. */
  private static final String[] UNSTORABLE = {
    "1e400", "0.001", "1000000000000000", "1000000000000.00", "500000.005"
  };

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired CallAdministration calls;
  @Autowired OutboxEventPublisher outbox;
  @Autowired PlatformTransactionManager transactions;

  Http officer;

  @BeforeEach
  void clients() {
    officer =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  private long outboxRows() {
    return jdbc.sql("select count(*) from event_outbox").query(Long.class).single();
  }

  private long versions() {
    return jdbc.sql("select count(*) from catalogue_call where call_year = 2027")
        .query(Long.class)
        .single();
  }

  private JsonNode call() {
    Http.Response call = officer.get("/api/calls/2027");
    assertThat(call.status()).as(call.toString()).isEqualTo(200);
    return call.json();
  }

  private static void assertRefusedNaming(Http.Response refused, String field, String amount) {
    assertThat(refused.status()).as(amount + " " + refused).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    JsonNode errors = refused.json().get("errors");
    assertThat(errors).as(amount + " " + refused).isNotNull();
    assertThat(errors.get(0).get("field").asString()).as(amount + " " + refused).isEqualTo(field);
  }

  @Test
  void aBudgetNoConsumerCouldStoreIs422NamingTheAmountAndNothingIsPublished() {
    JsonNode before = call();
    long outboxBefore = outboxRows();
    long versionsBefore = versions();

    for (String amount : UNSTORABLE) {
      Http.Response refused =
          officer.put(
              "/api/calls/2027/tracks/HVP/budget",
              "{\"amount\": "
                  + amount
                  + ", \"plannedProjects\": 2, \"reason\": \"预算调整 / budget revised\"}");
      assertRefusedNaming(refused, "amount", amount);
    }

    assertThat(outboxRows()).as("events written to the outbox").isEqualTo(outboxBefore);
    assertThat(versions()).as("rule versions of the call").isEqualTo(versionsBefore);
    assertThat(call()).isEqualTo(before);
  }

  @Test
  void aFundingRuleWithAnAmountNoConsumerCouldStoreIs422NamingItsFieldAndNothingIsPublished() {
    JsonNode before = call();
    long outboxBefore = outboxRows();

    for (String amount : UNSTORABLE) {
      Http.Response fixed =
          officer.put(
              "/api/calls/2027/tracks/HVP/funding-rule",
              "{\"fundingRule\": {\"kind\": \"FIXED_AMOUNT\", \"amount\": "
                  + amount
                  + "}, \"reason\": \"资助标准调整 / rule revised\"}");
      assertRefusedNaming(fixed, "fundingRule.amount", amount);

      Http.Response cap =
          officer.put(
              "/api/calls/2027/tracks/DATA-IP-SECURITISATION/funding-rule",
              "{\"fundingRule\": {\"kind\": \"PERCENTAGE_WITH_ANNUAL_CAP\", \"rate\": 0.04,"
                  + " \"annualCap\": "
                  + amount
                  + ", \"shareProRata\": true, \"partialClaimAtCap\": \"REMAINDER_OF_CAP\", \"paidAfterProductEnds\": true},"
                  + " \"reason\": \"年度上限调整 / cap revised\"}");
      assertRefusedNaming(cap, "fundingRule.annualCap", amount);
    }

    assertThat(outboxRows()).as("events written to the outbox").isEqualTo(outboxBefore);
    assertThat(call()).isEqualTo(before);
  }

  @Test
  void aPayloadThatBreaksItsSchemaRollsBackTheChangeThatCausedIt() {
    JsonNode before = call();
    long outboxBefore = outboxRows();
    long versionsBefore = versions();
    CurrentUser someOfficer =
        new CurrentUser("officer-subject", "ipp-cli", "officer", Set.of("programme-officer"));

    assertThatThrownBy(
            () ->
                new TransactionTemplate(transactions)
                    .executeWithoutResult(
                        status -> {
                          // A valid change: a new rule version, its call.published.v1, its audit.
                          calls.setBudget(
                              2027,
                              "HVP",
                              new CallDefinition.Budget(new BigDecimal("3000000.00"), 6),
                              "预算调整 / budget revised",
                              someOfficer);
                          // Then, in the same transaction, an event its schema forbids.
                          outbox.publish(
                              new CallStateChangedV1(
                                  2027, "SIDEWAYS", 0, null, null, OffsetDateTime.now()));
                        }))
        .isInstanceOfSatisfying(
            EventContractViolation.class,
            violation -> {
              assertThat(violation.eventType()).isEqualTo(EventCatalogue.CALL_STATE_CHANGED.type());
              assertThat(violation.paths()).contains("/state", "/ruleVersion");
            });

    assertThat(outboxRows()).as("nothing of the change reached the outbox").isEqualTo(outboxBefore);
    assertThat(versions()).as("no new rule version").isEqualTo(versionsBefore);
    assertThat(call()).as("the call as it was").isEqualTo(before);
  }
}
