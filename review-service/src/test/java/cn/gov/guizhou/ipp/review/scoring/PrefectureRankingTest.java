package cn.gov.guizhou.ipp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The ranking of the ten prefecture units of 4.2 with the 2027 call's tiers. */
class PrefectureRankingTest {

  static RankTiers tiers;

  /** The tiers exactly as the 2027 catalogue states them for CAPABILITY-PREFECTURE. */
  @BeforeAll
  static void readTheTiersFromTheCatalogue() throws Exception {
    JsonNode catalogue =
        EventJson.mapper().readTree(Files.readString(ScoreSheets2027Test.CATALOGUE));
    for (JsonNode track : catalogue.get("tracks")) {
      if (track.get("code").asString().equals("CAPABILITY-PREFECTURE")) {
        tiers =
            (RankTiers) EventJson.mapper().treeToValue(track.get("fundingRule"), FundingRule.class);
      }
    }
    assertThat(tiers).isNotNull();
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Every criterion scored {@code score}. */
  static Map<String, BigDecimal> flat(String score) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    PrefectureRanking.CRITERIA.forEach(c -> scores.put(c.id(), d(score)));
    return scores;
  }

  static Map<String, BigDecimal> with(Map<String, BigDecimal> scores, String id, String score) {
    Map<String, BigDecimal> copy = new LinkedHashMap<>(scores);
    copy.put(id, d(score));
    return copy;
  }

  /** The ten units scoring 95, 90, 85, … 50 on every criterion, in the guide's order. */
  static List<PrefectureScores> tenUnits() {
    List<PrefectureScores> units = new ArrayList<>();
    for (int i = 0; i < PrefectureRanking.UNITS.size(); i++) {
      units.add(
          new PrefectureScores(PrefectureRanking.UNITS.get(i), flat(String.valueOf(95 - 5 * i))));
    }
    return units;
  }

  static List<String> order(List<PrefectureResult> results) {
    return results.stream().map(PrefectureResult::unit).toList();
  }

  @Test
  void theGuidesNineCriteriaInOrder() {
    assertThat(PrefectureRanking.CRITERIA)
        .extracting(PrefectureCriterion::zh)
        .containsExactly(
            "专利运用情况",
            "商标培育运用情况",
            "地理标志培育运用情况",
            "数据知识产权转化运用情况",
            "知识产权质押融资情况",
            "知识产权宣传推广与合作交流（含风险预警）情况",
            "知识产权工作创新及支持县（区）基层情况",
            "协同同级部门开展知识产权工作情况",
            "知识产权运用促进工作安排部署");
    assertThat(PrefectureRanking.UNITS)
        .containsExactly(
            "GUIYANG",
            "ZUNYI",
            "LIUPANSHUI",
            "ANSHUN",
            "BIJIE",
            "TONGREN",
            "QIANDONGNAN",
            "QIANNAN",
            "QIANXINAN",
            "GUIAN_NEW_AREA");
  }

  @Test
  void tenUnitsGetExactlyTheGuidesTierAmounts() {
    List<PrefectureResult> results = PrefectureRanking.rank(tenUnits(), null, tiers);
    assertThat(results)
        .extracting(PrefectureResult::rank)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(order(results)).containsExactlyElementsOf(PrefectureRanking.UNITS);
    assertThat(results)
        .extracting(PrefectureResult::award)
        .containsExactly(
            d("2000000.00"),
            d("1000000.00"),
            d("1000000.00"),
            d("500000.00"),
            d("500000.00"),
            d("500000.00"),
            d("200000.00"),
            d("200000.00"),
            d("200000.00"),
            d("200000.00"));
    assertThat(
            results.stream().map(PrefectureResult::award).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("6300000");
    assertThat(results.get(0).total()).isEqualTo(d("95.00"));
    assertThat(results.get(9).total()).isEqualTo(d("50.00"));
  }

  @Test
  void theInputOrderDoesNotMatter() {
    List<PrefectureScores> shuffled = new ArrayList<>(tenUnits());
    Collections.reverse(shuffled);
    assertThat(order(PrefectureRanking.rank(shuffled, Map.of(), tiers)))
        .containsExactlyElementsOf(PrefectureRanking.UNITS);
  }

  @Test
  void theTotalIsTheWeightedAverageAndEqualWeightsByDefault() {
    // equal weights: (100 + 8 × 50) / 9 = 55.555… → 55.56
    Map<String, BigDecimal> one = with(flat("50"), "PATENT-UTILISATION", "100");
    List<PrefectureResult> results =
        PrefectureRanking.rank(List.of(new PrefectureScores("ZUNYI", one)), null, tiers);
    assertThat(results.get(0).total()).isEqualTo(d("55.56"));

    // patent utilisation weighted 2, the rest 1: (200 + 400) / 10 = 60
    Map<String, BigDecimal> weights = new HashMap<>();
    PrefectureRanking.CRITERIA.forEach(c -> weights.put(c.id(), BigDecimal.ONE));
    weights.put("PATENT-UTILISATION", d("2"));
    assertThat(
            PrefectureRanking.rank(List.of(new PrefectureScores("ZUNYI", one)), weights, tiers)
                .get(0)
                .total())
        .isEqualTo(d("60.00"));
  }

  @Test
  void customWeightsChangeTheOrder() {
    // GUIYANG leads on patents, ZUNYI on pledge financing and trademarks
    Map<String, BigDecimal> guiyang = with(flat("60"), "PATENT-UTILISATION", "100");
    Map<String, BigDecimal> zunyi =
        with(with(flat("60"), "PLEDGE-FINANCING", "90"), "TRADEMARK", "80");
    List<PrefectureScores> units =
        List.of(new PrefectureScores("GUIYANG", guiyang), new PrefectureScores("ZUNYI", zunyi));

    // equal weights: GUIYANG (60 + 40/9) = 64.44, ZUNYI (60 + 50/9) = 65.56
    assertThat(order(PrefectureRanking.rank(units, null, tiers)))
        .containsExactly("ZUNYI", "GUIYANG");

    Map<String, BigDecimal> patentsFirst = new HashMap<>();
    PrefectureRanking.CRITERIA.forEach(c -> patentsFirst.put(c.id(), BigDecimal.ONE));
    patentsFirst.put("PATENT-UTILISATION", d("3"));
    // GUIYANG (300 + 480) / 11 = 70.91, ZUNYI (180 + 80 + 90 + 360) / 11 = 64.55
    List<PrefectureResult> results = PrefectureRanking.rank(units, patentsFirst, tiers);
    assertThat(order(results)).containsExactly("GUIYANG", "ZUNYI");
    assertThat(results).extracting(PrefectureResult::total).containsExactly(d("70.91"), d("64.55"));
    assertThat(results)
        .extracting(PrefectureResult::award)
        .containsExactly(d("2000000.00"), d("1000000.00"));
  }

  @Test
  void tieStep1TheUnitThatScoresHigherOnMoreCriteriaWins() {
    // equal totals (540 / 9 = 60): ZUNYI is higher on two criteria, GUIYANG on one
    Map<String, BigDecimal> guiyang = with(flat("60"), "PATENT-UTILISATION", "80");
    guiyang = with(with(guiyang, "TRADEMARK", "50"), "DATA-IP", "50");
    Map<String, BigDecimal> zunyi = flat("60");
    List<PrefectureResult> results =
        PrefectureRanking.rank(
            List.of(new PrefectureScores("GUIYANG", guiyang), new PrefectureScores("ZUNYI", zunyi)),
            null,
            tiers);
    assertThat(results).extracting(PrefectureResult::total).containsOnly(d("60.00"));
    assertThat(order(results)).containsExactly("ZUNYI", "GUIYANG");
  }

  @Test
  void tieStep1CountsWinsAgainstEveryUnitOfTheTiedGroup() {
    // three units with total 60: ANSHUN wins 2 criteria against BIJIE and 2 against TONGREN (4);
    // BIJIE wins 1 against ANSHUN and 2 against TONGREN (3); TONGREN wins 1 and 1 (2)
    Map<String, BigDecimal> anshun =
        with(
            with(with(flat("60"), "TRADEMARK", "62"), "DATA-IP", "62"), "PATENT-UTILISATION", "56");
    Map<String, BigDecimal> bijie =
        with(with(flat("60"), "PATENT-UTILISATION", "64"), "TRADEMARK", "56");
    Map<String, BigDecimal> tongren = with(with(flat("60"), "TRADEMARK", "61"), "DATA-IP", "59");
    List<PrefectureResult> results =
        PrefectureRanking.rank(
            List.of(
                new PrefectureScores("TONGREN", tongren),
                new PrefectureScores("BIJIE", bijie),
                new PrefectureScores("ANSHUN", anshun)),
            null,
            tiers);
    assertThat(results).extracting(PrefectureResult::total).containsOnly(d("60.00"));
    assertThat(order(results)).containsExactly("ANSHUN", "BIJIE", "TONGREN");
  }

  @Test
  void tieStep1ACycleOfPairwiseWinsIsStillOneOrder() {
    // TONGREN beats BIJIE 2–1, BIJIE beats ANSHUN 2–1, ANSHUN beats TONGREN 2–1: a pairwise rule
    // would go round in circles; the counts are equal (3 each) and the code decides, whatever the
    // input order
    Map<String, BigDecimal> tongren =
        with(with(flat("60"), "PATENT-UTILISATION", "61"), "DATA-IP", "59");
    Map<String, BigDecimal> bijie = with(with(flat("60"), "TRADEMARK", "59"), "DATA-IP", "61");
    Map<String, BigDecimal> anshun =
        with(with(flat("60"), "PATENT-UTILISATION", "59"), "TRADEMARK", "61");
    List<PrefectureScores> units =
        new ArrayList<>(
            List.of(
                new PrefectureScores("TONGREN", tongren),
                new PrefectureScores("BIJIE", bijie),
                new PrefectureScores("ANSHUN", anshun)));
    for (int rotation = 0; rotation < 3; rotation++) {
      Collections.rotate(units, 1);
      assertThat(order(PrefectureRanking.rank(units, null, tiers)))
          .containsExactly("ANSHUN", "BIJIE", "TONGREN");
    }
  }

  @Test
  void tieStep1IgnoresCriteriaWithoutWeight() {
    // trademark weighted zero: ZUNYI's higher trademark score counts neither in the total nor
    // in the tie-break, so the units tie completely and the code decides
    Map<String, BigDecimal> weights = new HashMap<>();
    PrefectureRanking.CRITERIA.forEach(c -> weights.put(c.id(), BigDecimal.ONE));
    weights.put("TRADEMARK", BigDecimal.ZERO);
    List<PrefectureResult> results =
        PrefectureRanking.rank(
            List.of(
                new PrefectureScores("ZUNYI", with(flat("60"), "TRADEMARK", "90")),
                new PrefectureScores("GUIYANG", flat("60"))),
            weights,
            tiers);
    assertThat(order(results)).containsExactly("GUIYANG", "ZUNYI");
  }

  @Test
  void tieStep2TheRegionCodeInAlphabeticalOrderDecidesACompleteTie() {
    List<PrefectureResult> results =
        PrefectureRanking.rank(
            List.of(
                new PrefectureScores("ZUNYI", flat("70")),
                new PrefectureScores("QIANNAN", flat("70")),
                new PrefectureScores("ANSHUN", flat("70"))),
            null,
            tiers);
    assertThat(order(results)).containsExactly("ANSHUN", "QIANNAN", "ZUNYI");
    assertThat(results)
        .extracting(PrefectureResult::award)
        .containsExactly(d("2000000.00"), d("1000000.00"), d("1000000.00"));
  }

  @Test
  void theExactTotalRanksNotTheRoundedOne() {
    // ZUNYI 540.04 / 9 = 60.0044…, GUIYANG 540.02 / 9 = 60.0022…: both display as 60.00, but the
    // ranking is on the exact total (根据…综合得分进行排序), so ZUNYI is first although GUIYANG would
    // win the tie-break (higher on two criteria, ZUNYI on one)
    Map<String, BigDecimal> guiyang =
        with(with(flat("60"), "PATENT-UTILISATION", "60.01"), "DATA-IP", "60.01");
    Map<String, BigDecimal> zunyi = with(flat("60"), "TRADEMARK", "60.04");
    List<PrefectureResult> results =
        PrefectureRanking.rank(
            List.of(new PrefectureScores("GUIYANG", guiyang), new PrefectureScores("ZUNYI", zunyi)),
            null,
            tiers);
    assertThat(results).extracting(PrefectureResult::total).containsOnly(d("60.00"));
    assertThat(order(results)).containsExactly("ZUNYI", "GUIYANG");
    assertThat(results)
        .extracting(PrefectureResult::award)
        .containsExactly(d("2000000.00"), d("1000000.00"));
  }

  @Test
  void totalsOf87point125And87point12RankApart() {
    // eight criteria weighted 1, WORK-ARRANGEMENT 0: ANSHUN 697.00 / 8 = 87.125, BIJIE 696.96 / 8 =
    // 87.12; the exact totals decide, the two-decimal totals are what is shown
    Map<String, BigDecimal> weights = new HashMap<>();
    PrefectureRanking.CRITERIA.forEach(c -> weights.put(c.id(), BigDecimal.ONE));
    weights.put("WORK-ARRANGEMENT", BigDecimal.ZERO);
    Map<String, BigDecimal> anshun = with(flat("87"), "PATENT-UTILISATION", "88");
    Map<String, BigDecimal> bijie = with(flat("87.12"), "WORK-ARRANGEMENT", "100");
    List<PrefectureResult> results =
        PrefectureRanking.rank(
            List.of(new PrefectureScores("BIJIE", bijie), new PrefectureScores("ANSHUN", anshun)),
            weights,
            tiers);
    assertThat(order(results)).containsExactly("ANSHUN", "BIJIE");
    assertThat(results).extracting(PrefectureResult::total).containsExactly(d("87.13"), d("87.12"));
    // one hundredth of a point less on one criterion (696.99 / 8 = 87.12375) still ranks first
    Map<String, BigDecimal> justAbove = with(anshun, "PATENT-UTILISATION", "87.99");
    assertThat(
            order(
                PrefectureRanking.rank(
                    List.of(
                        new PrefectureScores("BIJIE", bijie),
                        new PrefectureScores("ANSHUN", justAbove)),
                    weights,
                    tiers)))
        .containsExactly("ANSHUN", "BIJIE");
  }

  @Test
  void theBudgetFundsTheTiersInRankOrder() {
    // 2,000,000 + 1,000,000 × 2 + 500,000 × 3 + 200,000 × 4 = 6,300,000: all ten places
    List<PrefectureResult> results = PrefectureRanking.rank(tenUnits(), null, tiers);
    assertThat(PrefectureRanking.fundedWithin(results, d("6300000.00"))).containsOnly(true);
    // a fen short: the tenth place no longer fits
    assertThat(PrefectureRanking.fundedWithin(results, d("6299999.99")))
        .containsExactly(true, true, true, true, true, true, true, true, true, false);
    // 5,000,000: #1–#5 (2,000,000 + 1,000,000 × 2 + 500,000 × 2); #6 does not fit, and the
    // cheaper #7–#10 after it are not funded either
    assertThat(PrefectureRanking.fundedWithin(results, d("5000000")))
        .containsExactly(true, true, true, true, true, false, false, false, false, false);
    // no budget set: nothing is funded
    assertThat(PrefectureRanking.fundedWithin(results, null)).containsOnly(false);
  }

  @Test
  void aRankBeyondTheFundedPlacesGetsNothing() {
    RankTiers three = new RankTiers(List.of(new RankTiers.Tier(1, 3, d("100000"))));
    List<PrefectureResult> results = PrefectureRanking.rank(tenUnits(), null, three);
    assertThat(results.get(2).award()).isEqualTo(d("100000.00"));
    assertThat(results.get(3).award()).isEqualTo(d("0.00"));
    assertThat(results.get(9).award()).isEqualTo(d("0.00"));
  }

  @Test
  void refusesAUnitMissingACriterion() {
    List<PrefectureScores> units = new ArrayList<>(tenUnits());
    Map<String, BigDecimal> incomplete = flat("70");
    incomplete.remove("PEER-COORDINATION");
    units.set(3, new PrefectureScores("ANSHUN", incomplete));
    assertThatThrownBy(() -> PrefectureRanking.rank(units, null, tiers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units[3].scores.PEER-COORDINATION: is missing");
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(List.of(new PrefectureScores("ANSHUN", null)), null, tiers))
        .hasMessage("units[0].scores.PATENT-UTILISATION: is missing");
  }

  @Test
  void refusesADuplicateUnit() {
    List<PrefectureScores> units = new ArrayList<>(tenUnits());
    units.set(9, new PrefectureScores("GUIYANG", flat("50")));
    assertThatThrownBy(() -> PrefectureRanking.rank(units, null, tiers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units[9].unit: GUIYANG appears more than once");
  }

  @Test
  void refusesAnUnknownOrMissingUnit() {
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(
                    List.of(new PrefectureScores("GUIAN", flat("50"))), null, tiers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("units[0].unit: GUIAN is not one of the ten units");
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(
                    List.of(new PrefectureScores("OUTSIDE_PROVINCE", flat("50"))), null, tiers))
        .hasMessageStartingWith("units[0].unit: OUTSIDE_PROVINCE is not one of the ten units");
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(List.of(new PrefectureScores(" ", flat("50"))), null, tiers))
        .hasMessage("units[0].unit: is required");
    List<PrefectureScores> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> PrefectureRanking.rank(withNull, null, tiers))
        .hasMessage("units[0]: is required");
    assertThatThrownBy(() -> PrefectureRanking.rank(List.of(), null, tiers))
        .hasMessage("units: at least one unit is required");
  }

  @Test
  void refusesScoresOutOfRangeOrOnUnknownCriteria() {
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(
                    List.of(new PrefectureScores("BIJIE", with(flat("50"), "DATA-IP", "100.5"))),
                    null,
                    tiers))
        .hasMessage("units[0].scores.DATA-IP: must be between 0 and 100");
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(
                    List.of(new PrefectureScores("BIJIE", with(flat("50"), "DATA-IP", "-1"))),
                    null,
                    tiers))
        .hasMessage("units[0].scores.DATA-IP: must be between 0 and 100");
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(
                    List.of(new PrefectureScores("BIJIE", with(flat("50"), "DATA-IP", "50.001"))),
                    null,
                    tiers))
        .hasMessage("units[0].scores.DATA-IP: must have at most two decimals");
    assertThatThrownBy(
            () ->
                PrefectureRanking.rank(
                    List.of(new PrefectureScores("BIJIE", with(flat("50"), "COPYRIGHT", "50"))),
                    null,
                    tiers))
        .hasMessage("units[0].scores.COPYRIGHT: is not one of the nine criteria");
  }

  @Test
  void refusesIncompleteUnknownNegativeOrAllZeroWeights() {
    List<PrefectureScores> units = tenUnits();
    assertThatThrownBy(
            () -> PrefectureRanking.rank(units, Map.of("PATENT-UTILISATION", d("2")), tiers))
        .hasMessage("weights.TRADEMARK: is missing");
    Map<String, BigDecimal> weights = new HashMap<>();
    PrefectureRanking.CRITERIA.forEach(c -> weights.put(c.id(), BigDecimal.ONE));
    weights.put("COPYRIGHT", BigDecimal.ONE);
    assertThatThrownBy(() -> PrefectureRanking.rank(units, weights, tiers))
        .hasMessage("weights.COPYRIGHT: is not one of the nine criteria");
    weights.remove("COPYRIGHT");
    weights.put("DATA-IP", d("-1"));
    assertThatThrownBy(() -> PrefectureRanking.rank(units, weights, tiers))
        .hasMessage("weights.DATA-IP: must not be negative");
    PrefectureRanking.CRITERIA.forEach(c -> weights.put(c.id(), BigDecimal.ZERO));
    assertThatThrownBy(() -> PrefectureRanking.rank(units, weights, tiers))
        .hasMessage("weights: at least one weight must be greater than zero");
    assertThatThrownBy(() -> PrefectureRanking.rank(units, null, null))
        .hasMessage("tiers: is required");
  }
}
