package cn.gov.guizhou.ipp.contracts.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.contracts.EventJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guide's six funding rules with the guide's own numbers and their edges. */
class FundingRuleTest {

  static BigDecimal cny(String amount) {
    return new BigDecimal(amount);
  }

  static final RankTiers PREFECTURE_TIERS =
      new RankTiers(
          List.of(
              new RankTiers.Tier(1, 1, cny("2000000")),
              new RankTiers.Tier(2, 3, cny("1000000")),
              new RankTiers.Tier(4, 6, cny("500000")),
              new RankTiers.Tier(7, 10, cny("200000"))));

  static final PercentageWithAnnualCap SECURITISATION =
      new PercentageWithAnnualCap(
          cny("0.04"),
          cny("2000000"),
          true,
          PercentageWithAnnualCap.PartialClaim.REMAINDER_OF_CAP,
          true);

  @Nested
  class Fixed {
    @Test
    void aFixedAmountIsTheAward() {
      assertThat(new FixedAmount(cny("500000")).award()).isEqualByComparingTo("500000.00");
      assertThat(new FixedAmount(cny("100000")).award()).isEqualTo(cny("100000.00"));
    }

    @Test
    void refusesZeroNegativeAndFractionsOfAFen() {
      assertThatThrownBy(() -> new FixedAmount(cny("0"))).hasMessageStartingWith("amount");
      assertThatThrownBy(() -> new FixedAmount(cny("-1"))).hasMessageStartingWith("amount");
      assertThatThrownBy(() -> new FixedAmount(cny("1.001"))).hasMessageStartingWith("amount");
    }

    @Test
    void anAmountEveryConsumersColumnHoldsIsTheMostAnyRuleCarries() {
      assertThat(new FixedAmount(cny("999999999999.99")).award()).isEqualTo(cny("999999999999.99"));
      assertThatThrownBy(() -> new FixedAmount(cny("1000000000000.00")))
          .hasMessageStartingWith("amount: must be at most 999999999999.99");
      assertThatThrownBy(() -> new FixedAmount(cny("1e400")))
          .hasMessageStartingWith("amount: must be at most");
    }
  }

  /** Every amount of every rule, caps included, is bounded the same way. */
  @Test
  void capsTiersAndStagesAreBoundedLikeAnyAmount() {
    BigDecimal tooMuch = cny("1000000000000");
    assertThatThrownBy(
            () ->
                new PercentageWithAnnualCap(
                    cny("0.04"),
                    tooMuch,
                    true,
                    PercentageWithAnnualCap.PartialClaim.REMAINDER_OF_CAP,
                    true))
        .hasMessageStartingWith("annualCap: must be at most");
    assertThatThrownBy(() -> new RankTiers.Tier(1, 1, tooMuch))
        .hasMessageStartingWith("tiers.amount: must be at most");
    assertThatThrownBy(() -> new StagedPostSubsidy(cny("100000"), List.of(2, 3), tooMuch))
        .hasMessageStartingWith("maximumTotal: must be at most");
    assertThatThrownBy(() -> new ConditionalOnThreshold(cny("100000"), tooMuch, 2026, true))
        .hasMessageStartingWith("minimumRevenue: must be at most");
  }

  @Nested
  class Tiers {
    @ParameterizedTest(name = "rank {0} gets {1}")
    @CsvSource({
      "1, 2000000.00",
      "2, 1000000.00",
      "3, 1000000.00",
      "4, 500000.00",
      "6, 500000.00",
      "7, 200000.00",
      "10, 200000.00",
      "11, 0.00",
      "30, 0.00"
    })
    void prefectureRanksGetTheGuidesAmounts(int rank, String amount) {
      assertThat(PREFECTURE_TIERS.awardForRank(rank)).isEqualTo(cny(amount));
    }

    @Test
    void allTenPlacesCostSixPointThreeMillion() {
      assertThat(PREFECTURE_TIERS.fundedPlaces()).isEqualTo(10);
      assertThat(PREFECTURE_TIERS.totalWhenAllPlacesAwarded()).isEqualByComparingTo("6300000");
      assertThat(PREFECTURE_TIERS.maximumPerProject()).isEqualByComparingTo("2000000");
    }

    @Test
    void tiersMustNotOverlapOrLeaveGaps() {
      assertThatThrownBy(
              () ->
                  new RankTiers(
                      List.of(
                          new RankTiers.Tier(1, 2, cny("10")), new RankTiers.Tier(2, 3, cny("5")))))
          .hasMessageContaining("overlaps");
      assertThatThrownBy(
              () ->
                  new RankTiers(
                      List.of(
                          new RankTiers.Tier(1, 1, cny("10")), new RankTiers.Tier(3, 4, cny("5")))))
          .hasMessageContaining("without a tier");
      assertThatThrownBy(() -> new RankTiers(List.of(new RankTiers.Tier(2, 3, cny("5")))))
          .hasMessageContaining("without a tier");
      assertThatThrownBy(() -> PREFECTURE_TIERS.awardForRank(0)).hasMessageStartingWith("rank");
    }
  }

  @Nested
  class Rolling {
    final RollingWithEvaluation gi =
        new RollingWithEvaluation(cny("500000"), cny("500000"), cny("1000000"));

    @Test
    void yearTwoFollowsAMetEvaluationWithinTheRange() {
      assertThat(gi.firstYearAmount()).isEqualByComparingTo("500000");
      assertThat(gi.secondYearAward(true, cny("800000"))).isEqualByComparingTo("800000");
      assertThat(gi.secondYearAward(true, cny("1000000"))).isEqualByComparingTo("1000000");
      assertThat(gi.secondYearAward(false, cny("800000"))).isEqualByComparingTo("0");
      assertThat(gi.maximumPerProject()).isEqualByComparingTo("1500000");
    }

    @Test
    void aYearTwoPlanOutsideTheRangeIsRefused() {
      assertThatThrownBy(() -> gi.secondYearAward(true, cny("1000000.01")))
          .hasMessageStartingWith("plannedAmount");
      assertThatThrownBy(() -> gi.secondYearAward(true, cny("499999.99")))
          .hasMessageStartingWith("plannedAmount");
      assertThatThrownBy(
              () -> new RollingWithEvaluation(cny("500000"), cny("900000"), cny("800000")))
          .hasMessageStartingWith("secondYearMaximum");
    }
  }

  @Nested
  class Staged {
    final StagedPostSubsidy leader =
        new StagedPostSubsidy(cny("100000"), List.of(2, 3), cny("200000"));

    @Test
    void theBestGetOneHundredThousandAfterYearsTwoAndThree() {
      assertThat(leader.awardAfterEvaluation(1, true, cny("0"))).isEqualByComparingTo("0");
      assertThat(leader.awardAfterEvaluation(2, true, cny("0"))).isEqualByComparingTo("100000");
      assertThat(leader.awardAfterEvaluation(2, false, cny("0"))).isEqualByComparingTo("0");
      assertThat(leader.awardAfterEvaluation(3, true, cny("100000")))
          .isEqualByComparingTo("100000");
      assertThat(leader.awardAfterEvaluation(3, true, cny("0"))).isEqualByComparingTo("100000");
    }

    @Test
    void neverMoreThanTwoHundredThousandInAll() {
      assertThat(leader.awardAfterEvaluation(3, true, cny("200000"))).isEqualByComparingTo("0");
      assertThat(leader.awardAfterEvaluation(3, true, cny("150000"))).isEqualByComparingTo("50000");
    }
  }

  @Nested
  class Percentage {
    @Test
    void aSoleEnterpriseGetsFourPercentOfTheIssuance() {
      var claim = SECURITISATION.claim(cny("10000000"), cny("10000000"), cny("10000000"), cny("0"));
      assertThat(claim.subsidy()).isEqualByComparingTo("400000.00");
      assertThat(claim.cappedByAnnualLimit()).isFalse();
    }

    @Test
    void enterprisesOfOneProductShareInProportionToTheirFinancing() {
      var claim = SECURITISATION.claim(cny("30000000"), cny("30000000"), cny("10000000"), cny("0"));
      assertThat(claim.enterpriseShare()).isEqualByComparingTo("10000000.00");
      assertThat(claim.subsidy()).isEqualByComparingTo("400000.00");
    }

    @Test
    void theClaimThatCrossesTheAnnualCapGetsWhatIsLeft() {
      var claim =
          SECURITISATION.claim(cny("20000000"), cny("20000000"), cny("20000000"), cny("1500000"));
      assertThat(claim.uncappedSubsidy()).isEqualByComparingTo("800000.00");
      assertThat(claim.remainingAnnualCap()).isEqualByComparingTo("500000.00");
      assertThat(claim.subsidy()).isEqualByComparingTo("500000.00");
      assertThat(claim.cappedByAnnualLimit()).isTrue();
    }

    @Test
    void withTheOtherChoiceTheCrossingClaimGetsNothing() {
      var wholeClaimsOnly =
          new PercentageWithAnnualCap(
              cny("0.04"),
              cny("2000000"),
              true,
              PercentageWithAnnualCap.PartialClaim.NOTHING,
              true);
      assertThat(
              wholeClaimsOnly
                  .claim(cny("20000000"), cny("20000000"), cny("20000000"), cny("1500000"))
                  .subsidy())
          .isEqualByComparingTo("0");
    }

    @Test
    void aClaimAfterTheCapIsUsedGetsNothingAndExactlyTheCapFits() {
      assertThat(
              SECURITISATION
                  .claim(cny("1000000"), cny("1000000"), cny("1000000"), cny("2000000"))
                  .subsidy())
          .isEqualByComparingTo("0");
      var exact = SECURITISATION.claim(cny("50000000"), cny("50000000"), cny("50000000"), cny("0"));
      assertThat(exact.subsidy()).isEqualByComparingTo("2000000.00");
      assertThat(exact.cappedByAnnualLimit()).isFalse();
    }

    @Test
    void roundsHalfUpToTheFen() {
      var claim = SECURITISATION.claim(cny("1000"), cny("3"), cny("1"), cny("0"));
      assertThat(claim.enterpriseShare()).isEqualByComparingTo("333.33");
      assertThat(claim.subsidy()).isEqualByComparingTo("13.33");
    }

    @Test
    void refusesImpossibleAmountsNamingTheField() {
      assertThatThrownBy(() -> SECURITISATION.claim(cny("100"), cny("100"), cny("101"), cny("0")))
          .hasMessageStartingWith("actualFinancing");
      assertThatThrownBy(() -> SECURITISATION.claim(cny("0"), cny("1"), cny("1"), cny("0")))
          .hasMessageStartingWith("issuanceAmount");
      assertThatThrownBy(() -> SECURITISATION.claim(cny("1"), cny("1"), cny("1"), cny("-1")))
          .hasMessageStartingWith("grantedThisYear");
    }
  }

  @Nested
  class Threshold {
    final ConditionalOnThreshold agency =
        new ConditionalOnThreshold(cny("500000"), cny("10000000"), 2026, true);

    @Test
    void exactlyTenMillionInTheStatisticsIsEnough() {
      assertThat(agency.award(cny("10000000"), true)).isEqualByComparingTo("500000");
      assertThat(agency.award(cny("9999999.99"), true)).isEqualByComparingTo("0");
      assertThat(agency.award(cny("25000000"), false)).isEqualByComparingTo("0");
    }
  }

  @Test
  void rulesTravelAsJsonWithTheirKind() {
    List<FundingRule> rules =
        List.of(
            new FixedAmount(cny("500000")),
            PREFECTURE_TIERS,
            new RollingWithEvaluation(cny("500000"), cny("500000"), cny("1000000")),
            new StagedPostSubsidy(cny("100000"), List.of(2, 3), cny("200000")),
            SECURITISATION,
            new ConditionalOnThreshold(cny("500000"), cny("10000000"), 2026, true));
    for (FundingRule rule : rules) {
      String json = EventJson.mapper().writeValueAsString(rule);
      assertThat(json).contains("\"kind\"");
      assertThat(EventJson.mapper().readValue(json, FundingRule.class)).isEqualTo(rule);
    }
    assertThat(
            EventJson.mapper()
                .readValue(
                    "{\"kind\":\"FIXED_AMOUNT\",\"amount\":\"100000.00\"}", FundingRule.class))
        .isEqualTo(new FixedAmount(cny("100000")));
  }
}
