package cn.gov.guizhou.ipp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Awards proposed in rank order until the track's budget is used. */
class AwardProposalTest {

  static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2027-03-01T09:00:00+08:00");

  /** Ranked applications A, B, C, … with falling final scores. */
  static List<Ranked> ranking(String... references) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < references.length; i++) {
      BigDecimal score = BigDecimal.valueOf(90 - i);
      candidates.add(
          new Candidate(UUID.randomUUID(), references[i], score, List.of(score), SUBMITTED));
    }
    return Ranking.rank(candidates);
  }

  static final Function<Candidate, BigDecimal> HIGH_VALUE_PATENT = c -> new BigDecimal("500000");

  static List<Boolean> within(List<ProposedAward> proposal) {
    return proposal.stream().map(ProposedAward::withinBudget).toList();
  }

  @Test
  void fundsInRankOrderWhileTheAmountFits() {
    List<ProposedAward> proposal =
        AwardProposal.within(
            ranking("A", "B", "C", "D"), new BigDecimal("1200000"), HIGH_VALUE_PATENT);
    assertThat(within(proposal)).containsExactly(true, true, false, false);
    assertThat(proposal)
        .extracting(p -> p.ranked().candidate().reference())
        .containsExactly("A", "B", "C", "D");
    assertThat(proposal)
        .extracting(ProposedAward::amount)
        .containsOnly(new BigDecimal("500000.00"));
  }

  @Test
  void aRollingProgrammeCommitsBothYearsAndAPostSubsidyItsMaximum() {
    // GI-BRAND: 50万元 now, 50–100万元 in year 2 — funding reserves CNY 1,500,000 a project
    RollingWithEvaluation gi =
        new RollingWithEvaluation(
            new BigDecimal("500000"), new BigDecimal("500000"), new BigDecimal("1000000"));
    List<ProposedAward> proposal =
        AwardProposal.within(
            ranking("A", "B", "C"),
            new BigDecimal("2999999.99"),
            c -> gi.firstYearAmount(),
            gi::committedOnAward);
    assertThat(within(proposal)).containsExactly(true, false, false);
    assertThat(proposal.get(0).amount()).isEqualTo(new BigDecimal("500000.00"));
    assertThat(proposal.get(0).committed()).isEqualTo(new BigDecimal("1500000.00"));
    assertThat(
            within(
                AwardProposal.within(
                    ranking("A", "B", "C"),
                    new BigDecimal("3000000"),
                    c -> gi.firstYearAmount(),
                    gi::committedOnAward)))
        .containsExactly(true, true, false);

    // DATA-IP-LEADER: nothing now, at most 20万元 over the stages: 3 × 200,000 in 600,000
    StagedPostSubsidy leader =
        new StagedPostSubsidy(new BigDecimal("100000"), List.of(2, 3), new BigDecimal("200000"));
    assertThat(
            within(
                AwardProposal.within(
                    ranking("A", "B", "C", "D"),
                    new BigDecimal("600000"),
                    c -> BigDecimal.ZERO,
                    leader::committedOnAward)))
        .containsExactly(true, true, true, false);
  }

  @Test
  void aBudgetThatExactlyFitsFundsTheLastOne() {
    List<ProposedAward> proposal =
        AwardProposal.within(
            ranking("A", "B", "C", "D"), new BigDecimal("1500000.00"), HIGH_VALUE_PATENT);
    assertThat(within(proposal)).containsExactly(true, true, true, false);
  }

  @Test
  void stopsAtTheFirstThatDoesNotFitEvenIfACheaperOneFollows() {
    // navigation: industry type CNY 200,000, enterprise type CNY 100,000
    Map<String, BigDecimal> amounts =
        Map.of(
            "A", new BigDecimal("200000"),
            "B", new BigDecimal("200000"),
            "C", new BigDecimal("100000"));
    List<ProposedAward> proposal =
        AwardProposal.within(
            ranking("A", "B", "C"), new BigDecimal("300000"), c -> amounts.get(c.reference()));
    // 100,000 is left after A; B does not fit; C would, but is not reached
    assertThat(within(proposal)).containsExactly(true, false, false);
    assertThat(proposal.get(2).amount()).isEqualTo(new BigDecimal("100000.00"));
  }

  @Test
  void aZeroBudgetFundsNothing() {
    List<ProposedAward> proposal =
        AwardProposal.within(ranking("A", "B"), BigDecimal.ZERO, HIGH_VALUE_PATENT);
    assertThat(within(proposal)).containsExactly(false, false);
  }

  @Test
  void aBudgetLargerThanEveryAwardFundsThemAll() {
    assertThat(
            within(
                AwardProposal.within(
                    ranking("A", "B", "C"), new BigDecimal("10000000"), HIGH_VALUE_PATENT)))
        .containsExactly(true, true, true);
    assertThat(AwardProposal.within(List.of(), BigDecimal.ONE, HIGH_VALUE_PATENT)).isEmpty();
  }

  @Test
  void refusesATrackWithoutABudget() {
    assertThatThrownBy(() -> AwardProposal.within(ranking("A"), null, HIGH_VALUE_PATENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget: the track has no budget in this call");
  }

  @Test
  void refusesANegativeBudgetOrAmount() {
    assertThatThrownBy(
            () -> AwardProposal.within(ranking("A"), new BigDecimal("-1"), HIGH_VALUE_PATENT))
        .hasMessage("budget: must not be negative");
    assertThatThrownBy(
            () ->
                AwardProposal.within(ranking("A", "B"), BigDecimal.TEN, c -> new BigDecimal("-5")))
        .hasMessage("ranked[0].amount: must not be negative");
    assertThatThrownBy(() -> AwardProposal.within(ranking("A"), BigDecimal.TEN, c -> null))
        .hasMessage("ranked[0].amount: is required");
    assertThatThrownBy(
            () -> AwardProposal.within(ranking("A"), BigDecimal.TEN, c -> new BigDecimal("0.001")))
        .hasMessage("ranked[0].amount: has more than two decimals");
  }

  @Test
  void refusesARankingOutOfOrder() {
    List<Ranked> ranked = ranking("A", "B");
    List<Ranked> reversed = List.of(ranked.get(1), ranked.get(0));
    assertThatThrownBy(
            () -> AwardProposal.within(reversed, new BigDecimal("1000000"), HIGH_VALUE_PATENT))
        .hasMessage("ranked[1].rank: 1 does not follow rank 2");
    assertThatThrownBy(() -> AwardProposal.within(null, BigDecimal.ONE, HIGH_VALUE_PATENT))
        .hasMessage("ranked: is required");
    assertThatThrownBy(() -> AwardProposal.within(ranked, BigDecimal.ONE, null))
        .hasMessage("amountFor: is required");
  }
}
