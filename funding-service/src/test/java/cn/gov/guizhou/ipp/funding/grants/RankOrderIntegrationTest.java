package cn.gov.guizhou.ipp.funding.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import cn.gov.guizhou.ipp.funding.FundingEvents;
import cn.gov.guizhou.ipp.testkit.CallEvents;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.TopicReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 各类项目支持数量根据年度经费预算确定: funding-service keeps a decision's awards until all of them have arrived,
 * then opens their grants in rank order within what the track has left, so the worst-ranked is the
 * one refused whatever order the events arrive in; a redelivered award changes nothing. The same
 * holds for the prefecture tiers and the DATA-IP-LEADER stages. The ledger's invariants are checked
 * after every test.
 */
@IntegrationTest
class RankOrderIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2040);
  private static final FixedAmount HVP = new FixedAmount(new BigDecimal("500000"));
  private static final RankTiers PREFECTURE =
      new RankTiers(
          List.of(
              new RankTiers.Tier(1, 1, new BigDecimal("2000000")),
              new RankTiers.Tier(2, 3, new BigDecimal("1000000")),
              new RankTiers.Tier(4, 6, new BigDecimal("500000")),
              new RankTiers.Tier(7, 10, new BigDecimal("200000"))));
  private static final StagedPostSubsidy LEADER =
      new StagedPostSubsidy(new BigDecimal("100000"), List.of(2, 3), new BigDecimal("200000"));

  @Value("${local.server.port}")
  int port;

  @Value("${spring.kafka.bootstrap-servers}")
  String kafka;

  @Autowired JdbcClient jdbc;

  EventSender sender;
  Http finance;
  int year;

  @BeforeEach
  void setUp() {
    sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers());
    finance =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("finance", "finance-officer"));
    year = years.incrementAndGet();
    // Budgets that fit only part of each decision below: two HVP awards of 500,000; the first two
    // prefecture places (2,000,000 + 1,000,000) of 3,600,000; two DATA-IP-LEADER awards of 200,000.
    sender.send(
        EventCatalogue.CALL_PUBLISHED,
        CallEvents.open(
            year,
            List.of(
                FundingEvents.track(year, "HVP", HVP, "1000000"),
                FundingEvents.track(year, "CAPABILITY-PREFECTURE", PREFECTURE, "3600000"),
                FundingEvents.track(year, "DATA-IP-LEADER", LEADER, "400000"))),
        UUID.randomUUID().toString());
    for (String track : List.of("HVP", "CAPABILITY-PREFECTURE", "DATA-IP-LEADER")) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> finance.get(trackPath(track)).status() == 200);
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
  void aDecisionsAwardsSentInReverseRankOrderAreOpenedBestFirstAndRedeliveryChangesNothing()
      throws Exception {
    List<AwardDecidedV1> decision = decision("HVP", HVP, "500000", "500000", "500000");
    List<String> eventIds = List.of("a-" + UUID.randomUUID(), "b-" + UUID.randomUUID());
    AwardDecidedV1 third = decision.get(2);
    AwardDecidedV1 second = decision.get(1);
    AwardDecidedV1 first = decision.get(0);

    // Ranks 3 and 2 arrive first: kept, nothing committed yet.
    send(third, eventIds.get(0));
    send(second, eventIds.get(1));
    await().atMost(Duration.ofSeconds(20)).until(() -> kept(first.decisionId()) == 2);
    assertThat(finance.get("/api/funding/grants/" + third.applicationId()).status()).isEqualTo(404);
    assertThat(finance.get("/api/funding/grants/" + second.applicationId()).status())
        .isEqualTo(404);
    assertThat(uncommitted("HVP")).isEqualByComparingTo("1000000");

    // Rank 1, the last to arrive, completes the decision: ranks 1 and 2 fit, rank 3 is refused.
    String lastId = "c-" + UUID.randomUUID();
    send(first, lastId);
    JsonNode best = FundingEvents.grantOf(finance, first.applicationId());
    JsonNode next = FundingEvents.grantOf(finance, second.applicationId());
    JsonNode refused = FundingEvents.grantOf(finance, third.applicationId());
    assertActive(best, "500000");
    assertActive(next, "500000");
    assertThat(refused.get("status").asString()).isEqualTo("REFUSED_OVER_BUDGET");
    assertThat(refused.get("committedAmount").decimalValue()).isEqualByComparingTo("0");
    assertThat(refused.get("tranches").size()).isZero();
    assertThat(refused.get("refusal").asString())
        .contains("exceed", "CNY 500000.00", "rank 3", "(CNY 0.00)");
    assertThat(uncommitted("HVP")).isEqualByComparingTo("0");

    // The unit of the refused award is told, in its application's story.
    JsonNode told =
        EventJson.mapper()
            .readTree(
                progressReport(
                    third,
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"REJECTED\"")));
    assertThat(told.get("reportedBy").asString()).isEqualTo("funding-service");
    assertThat(told.get("reason").asString())
        .isEqualTo("按排名顺序（第3名）安排资助时，该类项目年度经费预算仅余 0 元，不足以安排本项目 500000 元，超出年度经费预算，未予立项资助，待省知识产权局处理");

    // Redelivery, with the same event ids and as new events: nothing changes.
    int ledgerRows = ledgerPostings();
    List<String> again = new ArrayList<>();
    send(third, eventIds.get(0));
    send(second, eventIds.get(1));
    send(first, lastId);
    for (AwardDecidedV1 award : decision) {
      String id = "again-" + UUID.randomUUID();
      again.add(id);
      send(award, id);
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> processed(again) == 3);
    assertThat(ledgerPostings()).isEqualTo(ledgerRows);
    assertThat(kept(first.decisionId())).isEqualTo(3);
    assertActive(FundingEvents.grantOf(finance, first.applicationId()), "500000");
    assertActive(FundingEvents.grantOf(finance, second.applicationId()), "500000");
    JsonNode stillRefused = FundingEvents.grantOf(finance, third.applicationId());
    assertThat(stillRefused.get("status").asString()).isEqualTo("REFUSED_OVER_BUDGET");
    assertThat(stillRefused.get("refusal").asString()).isEqualTo(refused.get("refusal").asString());
    assertThat(uncommitted("HVP")).isEqualByComparingTo("0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3,2,1", "1,2,3", "2,3,1", "1,3,2", "3,1,2"})
  void theThirdRankedIsRefusedWhateverTheArrivalOrder(String arrival) {
    List<AwardDecidedV1> decision = decision("HVP", HVP, "500000", "500000", "500000");
    for (String rank : arrival.split(",")) {
      send(decision.get(Integer.parseInt(rank) - 1), UUID.randomUUID().toString());
    }
    List<String> statuses =
        decision.stream()
            .map(a -> FundingEvents.grantOf(finance, a.applicationId()).get("status").asString())
            .toList();
    assertThat(statuses).containsExactly("ACTIVE", "ACTIVE", "REFUSED_OVER_BUDGET");
    assertThat(uncommitted("HVP")).isEqualByComparingTo("0");
  }

  @Test
  void thePrefectureTiersAreOpenedInRankOrderUntilOneDoesNotFit() {
    // 总分第一名 200万元, 第二名和第三名 100万元, 第四名 50万元 with 3,600,000 left: third place does not fit in
    // the 600,000 left after the first two, and fourth place, which alone would, is refused after
    // it.
    List<AwardDecidedV1> decision =
        decision("CAPABILITY-PREFECTURE", PREFECTURE, "2000000", "1000000", "1000000", "500000");
    for (int i = decision.size() - 1; i >= 0; i--) {
      send(decision.get(i), UUID.randomUUID().toString());
    }
    assertActive(FundingEvents.grantOf(finance, decision.get(0).applicationId()), "2000000");
    assertActive(FundingEvents.grantOf(finance, decision.get(1).applicationId()), "1000000");
    JsonNode third = FundingEvents.grantOf(finance, decision.get(2).applicationId());
    JsonNode fourth = FundingEvents.grantOf(finance, decision.get(3).applicationId());
    assertThat(third.get("status").asString()).isEqualTo("REFUSED_OVER_BUDGET");
    assertThat(third.get("refusal").asString()).contains("(CNY 600000.00)", "rank 3");
    assertThat(fourth.get("status").asString()).isEqualTo("REFUSED_OVER_BUDGET");
    assertThat(fourth.get("refusal").asString()).contains("rank 4 comes after rank 3");
    assertThat(uncommitted("CAPABILITY-PREFECTURE")).isEqualByComparingTo("600000");
  }

  @Test
  void dataIpLeaderAwardsCommitInRankOrderAndTheirStagesDrawOnlyOnWhatWasCommitted() {
    // Each 2.1 award commits its 20万元 in all: with 400,000 the first two ranks are opened.
    List<AwardDecidedV1> decision = decision("DATA-IP-LEADER", LEADER, "0", "0", "0");
    for (int i = decision.size() - 1; i >= 0; i--) {
      send(decision.get(i), UUID.randomUUID().toString());
    }
    JsonNode best = FundingEvents.grantOf(finance, decision.get(0).applicationId());
    assertThat(best.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(best.get("committedAmount").decimalValue()).isEqualByComparingTo("200000");
    assertThat(
            FundingEvents.grantOf(finance, decision.get(1).applicationId())
                .get("status")
                .asString())
        .isEqualTo("ACTIVE");
    assertThat(
            FundingEvents.grantOf(finance, decision.get(2).applicationId())
                .get("status")
                .asString())
        .isEqualTo("REFUSED_OVER_BUDGET");
    assertThat(uncommitted("DATA-IP-LEADER")).isEqualByComparingTo("0");

    // The year-2 selection of the best-ranked is released from its own commitment, though the
    // track has nothing left: a stage can never be refused over budget.
    AwardDecidedV1 award = decision.get(0);
    sender.send(
        EventCatalogue.EVALUATION_CONCLUDED,
        new EvaluationConcludedV1(
            award.applicationId(),
            award.reference(),
            year,
            "DATA-IP-LEADER",
            award.leadOrganisationId(),
            2,
            "SELECTED",
            new BigDecimal("91.00"),
            new BigDecimal("100000.00"),
            "绩效突出，择优支持",
            OffsetDateTime.now(ZoneOffset.UTC)),
        UUID.randomUUID().toString());
    String path = "/api/funding/grants/" + award.applicationId();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "DUE"
                    .equals(
                        finance.get(path).json().get("tranches").get(0).get("status").asString()));
    assertThat(finance.get(path).json().get("tranches").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("100000");
    assertThat(uncommitted("DATA-IP-LEADER")).isEqualByComparingTo("0");
  }

  /** One decision of the track awarding {@code amounts.length} applications, rank 1 first. */
  private List<AwardDecidedV1> decision(String track, FundingRule rule, String... amounts) {
    UUID decision = UUID.randomUUID();
    List<AwardDecidedV1> awards = new ArrayList<>();
    for (int rank = 1; rank <= amounts.length; rank++) {
      String committed = rule instanceof StagedPostSubsidy ? "200000" : amounts[rank - 1];
      awards.add(
          FundingEvents.inDecision(
              decision, amounts.length, year, track, rule, rank, amounts[rank - 1], committed));
    }
    return awards;
  }

  private void send(AwardDecidedV1 award, String eventId) {
    sender.send(EventCatalogue.AWARD_DECIDED, award, eventId);
  }

  private static void assertActive(JsonNode grant, String committed) {
    assertThat(grant.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(grant.get("committedAmount").decimalValue()).isEqualByComparingTo(committed);
    assertThat(grant.get("refusal").isNull()).isTrue();
  }

  /** The first report of the application's progress that matches. */
  private byte[] progressReport(
      AwardDecidedV1 award, Predicate<ConsumerRecord<String, byte[]>> matches) {
    return TopicReader.find(
            kafka,
            Topics.APPLICATION_PROGRESS,
            r -> r.key().equals(award.applicationId().toString()) && matches.test(r),
            Duration.ofSeconds(20))
        .orElseThrow()
        .value();
  }

  private int kept(UUID decision) {
    return jdbc.sql("select count(*) from award_decision_member where decision_id = :decision")
        .param("decision", decision)
        .query(Integer.class)
        .single();
  }

  private int processed(List<String> eventIds) {
    return jdbc.sql("select count(*) from processed_event where event_id in (:ids)")
        .param("ids", eventIds)
        .query(Integer.class)
        .single();
  }

  /** The ledger's postings on the accounts of this test's call year. */
  private int ledgerPostings() {
    return jdbc.sql("select count(*) from ledger_posting where account_key like :year")
        .param("year", year + "/%")
        .query(Integer.class)
        .single();
  }

  private String trackPath(String track) {
    return "/api/funding/calls/" + year + "/tracks/" + track;
  }

  private BigDecimal uncommitted(String track) {
    return finance.get(trackPath(track)).json().get("uncommitted").decimalValue();
  }
}
