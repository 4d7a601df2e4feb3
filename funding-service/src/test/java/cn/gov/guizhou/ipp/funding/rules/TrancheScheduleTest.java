package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrancheScheduleTest {

  @Test
  void aFixedAwardIsOneTranchePaidOnAward() {
    List<PlannedTranche> tranches = TrancheSchedule.forAward(Rules2027.hvp(), cny("500000"));

    assertThat(tranches).hasSize(1);
    PlannedTranche only = tranches.get(0);
    assertThat(only.sequence()).isEqualTo(1);
    assertThat(only.trigger()).isEqualTo(TrancheTrigger.ON_AWARD);
    assertThat(only.amount()).isEqualTo(cny("500000.00"));
    assertThat(only.minimum()).isNull();
    assertThat(only.maximum()).isNull();
    assertThat(only.descriptionZh()).contains("500000.00");
    assertThat(only.descriptionEn()).contains("CNY 500000.00");
    assertThat(TrancheSchedule.committed(tranches)).isEqualTo(cny("500000.00"));
  }

  @Test
  void aFixedAwardMayBeTheRequestBelowTheFixedAmountAsReviewAwardsIt() {
    List<PlannedTranche> tranches =
        TrancheSchedule.forAward(new FixedAmount(cny("100000.00")), cny("80000.00"));

    assertThat(tranches).extracting(PlannedTranche::amount).containsExactly(cny("80000.00"));
  }

  @Test
  void aFixedAwardAboveTheFixedAmountOrOfNothingIsRefused() {
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.hvp(), cny("500000.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("awardedAmount: must not exceed the fixed amount 500000.00, was 500000.01");
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.hvp(), cny("0")))
        .hasMessage("awardedAmount: must be greater than zero");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2000000.00", "1000000", "500000.0", "200000.00"})
  void aTieredAwardIsOneOfTheTiersPaidOnAward(String amount) {
    List<PlannedTranche> tranches = TrancheSchedule.forAward(Rules2027.prefecture(), cny(amount));

    assertThat(tranches).hasSize(1);
    assertThat(tranches.get(0).trigger()).isEqualTo(TrancheTrigger.ON_AWARD);
    assertThat(tranches.get(0).amount()).isEqualByComparingTo(cny(amount));
    assertThat(tranches.get(0).amount().scale()).isEqualTo(2);
  }

  @Test
  void aTieredAwardThatIsNoTierIsRefused() {
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.prefecture(), cny("300000.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "awardedAmount: must be one of the tier amounts"
                + " [2000000.00, 1000000.00, 500000.00, 200000.00], was 300000.00");
  }

  @Test
  void giBrandPaysYearOneOnAwardAndYearTwoOnlyAfterAMetEvaluation() {
    List<PlannedTranche> tranches = TrancheSchedule.forAward(Rules2027.giBrand(), cny("500000"));

    assertThat(tranches).hasSize(2);
    assertThat(tranches.get(0))
        .extracting(PlannedTranche::sequence, PlannedTranche::trigger, PlannedTranche::amount)
        .containsExactly(1, TrancheTrigger.ON_AWARD, cny("500000.00"));
    PlannedTranche yearTwo = tranches.get(1);
    assertThat(yearTwo.sequence()).isEqualTo(2);
    assertThat(yearTwo.trigger()).isEqualTo(TrancheTrigger.AFTER_MET_EVALUATION);
    assertThat(yearTwo.amount()).isNull();
    assertThat(yearTwo.minimum()).isEqualTo(cny("500000.00"));
    assertThat(yearTwo.maximum()).isEqualTo(cny("1000000.00"));
    assertThat(TrancheSchedule.committed(tranches)).isEqualTo(cny("1500000.00"));
  }

  @Test
  void giBrandAwardOtherThanTheFirstYearAmountIsRefused() {
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.giBrand(), cny("1000000.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("awardedAmount: must equal the first-year amount 500000.00, was 1000000.00");
  }

  @Test
  void dataIpLeaderHasOneSelectingStagePerYearCappedAtTwoHundredThousand() {
    List<PlannedTranche> tranches = TrancheSchedule.forAward(Rules2027.dataIpLeader(), cny("0.00"));

    assertThat(tranches)
        .extracting(
            PlannedTranche::sequence,
            PlannedTranche::trigger,
            PlannedTranche::amount,
            PlannedTranche::maximum)
        .containsExactly(
            tuple(1, TrancheTrigger.AFTER_SELECTING_EVALUATION, cny("100000.00"), cny("200000.00")),
            tuple(
                2, TrancheTrigger.AFTER_SELECTING_EVALUATION, cny("100000.00"), cny("200000.00")));
    assertThat(tranches.get(0).descriptionEn()).contains("year-2");
    assertThat(tranches.get(1).descriptionZh()).contains("第3年");
    assertThat(TrancheSchedule.committed(tranches)).isEqualTo(cny("200000.00"));
  }

  @Test
  void stagesWorthMoreThanTheMaximumCommitOnlyTheMaximum() {
    StagedPostSubsidy threeStages =
        new StagedPostSubsidy(cny("100000.00"), List.of(2, 3, 4), cny("200000.00"));

    List<PlannedTranche> tranches = TrancheSchedule.forAward(threeStages, BigDecimal.ZERO);

    assertThat(tranches).hasSize(3);
    assertThat(TrancheSchedule.committed(tranches)).isEqualTo(cny("200000.00"));
  }

  @Test
  void aPostSubsidyAwardsNothingUpFront() {
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.dataIpLeader(), cny("200000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("awardedAmount: a post-subsidy awards nothing");
  }

  @Test
  void agencyBrandIsOneTrancheReleasedWhenTheThresholdIsMet() {
    List<PlannedTranche> tranches =
        TrancheSchedule.forAward(Rules2027.agencyBrand(), cny("500000.00"));

    assertThat(tranches).hasSize(1);
    assertThat(tranches.get(0).trigger()).isEqualTo(TrancheTrigger.ON_THRESHOLD_MET);
    assertThat(tranches.get(0).amount()).isEqualTo(cny("500000.00"));
    assertThat(tranches.get(0).descriptionZh()).contains("2026年", "10000000.00", "入库纳统");
    assertThat(tranches.get(0).descriptionEn()).contains("2026", "in the statistics", "lapses");
    assertThat(TrancheSchedule.committed(tranches)).isEqualTo(cny("500000.00"));
  }

  @Test
  void agencyBrandAboveTheRuleAmountIsRefused() {
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.agencyBrand(), cny("600000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("awardedAmount: must not exceed the rule's amount 500000.00, was 600000.00");
  }

  @Test
  void theSecuritisationSubsidyIsPaidAfterTheProductEnds() {
    List<PlannedTranche> tranches =
        TrancheSchedule.forAward(Rules2027.securitisation(), cny("40000.00"));

    assertThat(tranches).hasSize(1);
    assertThat(tranches.get(0).trigger()).isEqualTo(TrancheTrigger.AFTER_PRODUCT_END);
    assertThat(tranches.get(0).amount()).isEqualTo(cny("40000.00"));
    assertThat(TrancheSchedule.committed(tranches)).isEqualTo(cny("40000.00"));
  }

  @Test
  void aSubsidyNotWaitingForTheProductEndIsPaidOnAward() {
    PercentageWithAnnualCap paidAtOnce =
        new PercentageWithAnnualCap(cny("0.04"), cny("2000000.00"), true, null, false);

    assertThat(TrancheSchedule.forAward(paidAtOnce, cny("1.00")))
        .extracting(PlannedTranche::trigger)
        .containsExactly(TrancheTrigger.ON_AWARD);
  }

  @Test
  void aSubsidyOfNothingOrAboveTheAnnualCapIsRefused() {
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.securitisation(), cny("0.00")))
        .hasMessage("awardedAmount: must be greater than zero");
    assertThatThrownBy(
            () -> TrancheSchedule.forAward(Rules2027.securitisation(), cny("2000000.01")))
        .hasMessage("awardedAmount: exceeds the annual cap 2000000.00");
  }

  @Test
  void aMissingRuleOrBadAmountIsRefusedNamingTheField() {
    assertThatThrownBy(() -> TrancheSchedule.forAward(null, cny("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule: is required");
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.hvp(), null))
        .hasMessage("awardedAmount: is required");
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.hvp(), cny("-1")))
        .hasMessage("awardedAmount: must not be negative");
    assertThatThrownBy(() -> TrancheSchedule.forAward(Rules2027.hvp(), cny("1.001")))
        .hasMessage("awardedAmount: has more than two decimals");
  }

  @Test
  void theScheduleIsImmutable() {
    List<PlannedTranche> tranches = TrancheSchedule.forAward(Rules2027.giBrand(), cny("500000"));

    assertThatThrownBy(() -> tranches.remove(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void committedOfNoTranchesIsZero() {
    assertThat(TrancheSchedule.committed(List.of())).isEqualTo(cny("0.00"));
  }

  @Test
  void committedRefusesAMissingListOrTrancheAndRepeatedSequences() {
    PlannedTranche one =
        new PlannedTranche(1, TrancheTrigger.ON_AWARD, cny("1.00"), null, null, "一", "one");
    List<PlannedTranche> withNull = new ArrayList<>();
    withNull.add(one);
    withNull.add(null);

    assertThatThrownBy(() -> TrancheSchedule.committed(null)).hasMessage("tranches: is required");
    assertThatThrownBy(() -> TrancheSchedule.committed(withNull))
        .hasMessage("tranches[1]: is required");
    assertThatThrownBy(() -> TrancheSchedule.committed(List.of(one, one)))
        .hasMessage("tranches: sequence 1 appears more than once");
  }

  @Test
  void committedRefusesStagesThatDisagreeOnTheirMaximum() {
    List<PlannedTranche> stages =
        List.of(stage(1, "100000.00", "200000.00"), stage(2, "100000.00", "300000.00"));

    assertThatThrownBy(() -> TrancheSchedule.committed(stages))
        .hasMessage("tranches: the stages disagree on their maximum");
  }

  private static PlannedTranche stage(int sequence, String amount, String maximum) {
    return new PlannedTranche(
        sequence,
        TrancheTrigger.AFTER_SELECTING_EVALUATION,
        cny(amount),
        null,
        cny(maximum),
        "阶段",
        "stage");
  }
}
