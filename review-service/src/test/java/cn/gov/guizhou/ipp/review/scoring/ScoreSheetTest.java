package cn.gov.guizhou.ipp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A score sheet: which scores it accepts, what it refuses and how it adds them up. */
class ScoreSheetTest {

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static SheetCriterion criterion(String id, String max, String weight) {
    return new SheetCriterion(id, "准则" + id, "Criterion " + id, d(max), d(weight));
  }

  /** The four conditions of patent navigation, 25 points each. */
  static final ScoreSheet NAVIGATION =
      new ScoreSheet(
          "NAV-INDUSTRY",
          List.of(
              criterion("PROPOSITION", "25", "25"),
              criterion("DECISION-VALUE", "25", "25"),
              criterion("FEASIBILITY", "25", "25"),
              criterion("COORDINATION", "25", "25")));

  static CriterionScore score(String value) {
    return new CriterionScore(d(value), "理由充分 / well argued");
  }

  static Map<String, CriterionScore> navigationScores(
      String proposition, String decision, String feasibility, String coordination) {
    Map<String, CriterionScore> scores = new HashMap<>();
    scores.put("PROPOSITION", score(proposition));
    scores.put("DECISION-VALUE", score(decision));
    scores.put("FEASIBILITY", score(feasibility));
    scores.put("COORDINATION", score(coordination));
    return scores;
  }

  @Nested
  class Validation {

    @Test
    void acceptsACompleteSheetIncludingTheBoundsAndOneDecimal() {
      assertThatCode(() -> NAVIGATION.validate(navigationScores("0", "25", "24.5", "12.0")))
          .doesNotThrowAnyException();
      assertThat(NAVIGATION.violations(navigationScores("0", "25", "24.5", "12.0"))).isEmpty();
    }

    @Test
    void refusesAMissingCriterion() {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.remove("FEASIBILITY");
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scores.FEASIBILITY: is missing");
    }

    @Test
    void aNullEntryIsAMissingScore() {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.put("COORDINATION", null);
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .hasMessage("scores.COORDINATION: is missing");
    }

    @Test
    void refusesAScoreOnACriterionTheSheetDoesNotHave() {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.put("INNOVATION", score("5"));
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scores.INNOVATION: is not a criterion of the sheet");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"25.1", "26", "100", "-0.1", "-1"})
    void refusesAScoreOutsideZeroToTheMaximum(String value) {
      assertThatThrownBy(() -> NAVIGATION.validate(navigationScores("20", value, "20", "20")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scores.DECISION-VALUE.score: must be between 0 and 25");
    }

    @Test
    void refusesTwoDecimalsButAcceptsTrailingZeros() {
      assertThatThrownBy(() -> NAVIGATION.validate(navigationScores("20", "20", "20.25", "20")))
          .hasMessage("scores.FEASIBILITY.score: must have at most one decimal");
      assertThatCode(() -> NAVIGATION.validate(navigationScores("20", "20", "20.50", "20")))
          .doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingScoreValue() {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.put("PROPOSITION", new CriterionScore(null, "ok"));
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .hasMessage("scores.PROPOSITION.score: is required");
    }

    @ParameterizedTest(name = "comment [{0}] is refused")
    @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
    void refusesABlankComment(String comment) {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.put("COORDINATION", new CriterionScore(d("20"), comment));
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .hasMessage("scores.COORDINATION.comment: is required");
    }

    @Test
    void refusesANullComment() {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.put("COORDINATION", new CriterionScore(d("20"), null));
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .hasMessage("scores.COORDINATION.comment: is required");
    }

    @Test
    void acceptsAComment2000CharactersLongAndRefusesOneLonger() {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.put("COORDINATION", new CriterionScore(d("20"), "评".repeat(2000)));
      assertThatCode(() -> NAVIGATION.validate(scores)).doesNotThrowAnyException();
      scores.put("COORDINATION", new CriterionScore(d("20"), "评".repeat(2001)));
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .hasMessage("scores.COORDINATION.comment: must be at most 2000 characters");
    }

    @Test
    void refusesNoScoresAtAll() {
      assertThatThrownBy(() -> NAVIGATION.validate(null)).hasMessage("scores: is required");
      assertThatThrownBy(() -> NAVIGATION.validate(Map.of()))
          .hasMessage("scores.PROPOSITION: is missing");
    }

    @Test
    void listsEveryViolationInTheSheetsOrderThenUnknownIdsSorted() {
      Map<String, CriterionScore> scores = navigationScores("30", "20", "20", "20");
      scores.remove("DECISION-VALUE");
      scores.put("FEASIBILITY", new CriterionScore(d("-1"), " "));
      scores.put("ZETA", score("1"));
      scores.put("ALPHA", score("1"));
      assertThat(NAVIGATION.violations(scores))
          .extracting(ScoreViolation::toString)
          .containsExactly(
              "scores.PROPOSITION.score: must be between 0 and 25",
              "scores.DECISION-VALUE: is missing",
              "scores.FEASIBILITY.score: must be between 0 and 25",
              "scores.FEASIBILITY.comment: is required",
              "scores.ALPHA: is not a criterion of the sheet",
              "scores.ZETA: is not a criterion of the sheet");
      assertThatThrownBy(() -> NAVIGATION.validate(scores))
          .hasMessage("scores.PROPOSITION.score: must be between 0 and 25");
    }
  }

  @Nested
  class Total {

    @Test
    void withMaximaAddingUpTo100TheTotalIsTheSumOfTheScores() {
      assertThat(NAVIGATION.total(navigationScores("20", "18.5", "22", "15")))
          .isEqualTo(d("75.50"));
      assertThat(NAVIGATION.total(navigationScores("25", "25", "25", "25"))).isEqualTo(d("100.00"));
      assertThat(NAVIGATION.total(navigationScores("0", "0", "0", "0"))).isEqualTo(d("0.00"));
    }

    @Test
    void eachScoreCountsAsItsShareOfTheMaximumTimesTheWeight() {
      // 8/10 × 60 + 3/5 × 40 = 48 + 24 = 72
      ScoreSheet sheet =
          new ScoreSheet("T", List.of(criterion("A", "10", "60"), criterion("B", "5", "40")));
      Map<String, CriterionScore> scores = Map.of("A", score("8"), "B", score("3"));
      assertThat(sheet.total(scores)).isEqualTo(d("72.00"));
    }

    @Test
    void weightsAreScaledToAddUpTo100() {
      // weights 1 and 3 → 25 and 75: 10/10 × 25 + 0/20 × 75 = 25
      ScoreSheet sheet =
          new ScoreSheet("T", List.of(criterion("A", "10", "1"), criterion("B", "20", "3")));
      assertThat(sheet.total(Map.of("A", score("10"), "B", score("0")))).isEqualTo(d("25.00"));
      assertThat(sheet.weightSum()).isEqualByComparingTo("4");
    }

    @Test
    void roundsHalfUpToTwoDecimalsOnceAtTheEnd() {
      // 1/3 × 100 = 33.333… → 33.33; 2/3 × 100 = 66.666… → 66.67
      ScoreSheet thirds = new ScoreSheet("T", List.of(criterion("A", "3", "1")));
      assertThat(thirds.total(Map.of("A", score("1")))).isEqualTo(d("33.33"));
      assertThat(thirds.total(Map.of("A", score("2")))).isEqualTo(d("66.67"));
      // 0.1/8 × 100 = 1.25 exactly; 0.1/16 × 100 = 0.625 → 0.63 (half up, not half even)
      ScoreSheet eighth = new ScoreSheet("T", List.of(criterion("A", "16", "1")));
      assertThat(eighth.total(Map.of("A", score("0.1")))).isEqualTo(d("0.63"));
      // thirds that add up to a whole, then a half-way case: an approximate sum of 1/3 and 2/3
      // (0.999…) would round down; the exact computation does not
      ScoreSheet three =
          new ScoreSheet(
              "T",
              List.of(
                  criterion("A", "3", "1"), criterion("B", "3", "1"), criterion("C", "8", "2")));
      // 100 × (1/3 × 1 + 2/3 × 1 + 0.1/8 × 2) / 4 = 100 × (1 + 0.025) / 4 = 25.625 → 25.63
      assertThat(three.total(Map.of("A", score("1"), "B", score("2"), "C", score("0.1"))))
          .isEqualTo(d("25.63"));
    }

    @Test
    void refusesToTotalAnInvalidSheet() {
      Map<String, CriterionScore> scores = navigationScores("20", "20", "20", "20");
      scores.remove("PROPOSITION");
      assertThatThrownBy(() -> NAVIGATION.total(scores))
          .hasMessage("scores.PROPOSITION: is missing");
    }
  }

  @Nested
  class Construction {

    @Test
    void refusesDuplicateCriterionIds() {
      assertThatThrownBy(
              () ->
                  new ScoreSheet(
                      "T", List.of(criterion("A", "10", "50"), criterion("A", "10", "50"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("criteria[1].id: A appears more than once");
    }

    @Test
    void refusesASheetWithoutTrackOrCriteria() {
      assertThatThrownBy(() -> new ScoreSheet(" ", List.of(criterion("A", "1", "1"))))
          .hasMessage("trackCode: is required");
      assertThatThrownBy(() -> new ScoreSheet("T", List.of()))
          .hasMessage("criteria: at least one criterion is required");
      assertThatThrownBy(() -> new ScoreSheet("T", null))
          .hasMessage("criteria: at least one criterion is required");
    }

    @ParameterizedTest(name = "max {0}, weight {1}: {2}")
    @CsvSource({
      "0, 10, maxScore: must be greater than zero",
      "-5, 10, maxScore: must be greater than zero",
      "10, 0, weight: must be greater than zero",
      "10, -1, weight: must be greater than zero"
    })
    void refusesANonPositiveMaximumOrWeight(String max, String weight, String message) {
      assertThatThrownBy(() -> criterion("A", max, weight))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }

    @Test
    void refusesACriterionIdThatCannotNameAField() {
      assertThatThrownBy(() -> criterion("a.b", "10", "10"))
          .hasMessageStartingWith("id: must be upper-case letters, digits and hyphens");
      assertThatThrownBy(() -> new SheetCriterion(null, "z", "e", d("1"), d("1")))
          .hasMessage("id: is required");
      assertThatThrownBy(() -> new SheetCriterion("A", " ", "e", d("1"), d("1")))
          .hasMessage("zh: is required");
      assertThatThrownBy(() -> new SheetCriterion("A", "z", null, d("1"), d("1")))
          .hasMessage("en: is required");
    }

    @Test
    void findsACriterionById() {
      assertThat(NAVIGATION.criterion("FEASIBILITY")).isPresent();
      assertThat(NAVIGATION.criterion("NOPE")).isEmpty();
    }
  }
}
