package cn.gov.guizhou.ipp.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private final PerformanceIndicators indicators = new PerformanceIndicators();

  @Test
  void everySystemOfTheCatalogueAddsUpToAHundred() {
    for (String track : List.of("HVP", "GI-BRAND", "AGENCY-BRAND")) {
      IndicatorSystem system = indicators.forTrack(track);
      assertThat(
              system.indicators().stream()
                  .map(IndicatorSystem.Indicator::maxScore)
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("100");
      for (Dimension d : Dimension.values()) {
        assertThat(system.maxOf(d)).as(track + " " + d).isPositive();
      }
    }
    assertThat(indicators.forTrack("HVP").indicators())
        .extracting(IndicatorSystem.Indicator::id)
        .contains("HVP-TC3");
    assertThat(indicators.forTrack("AGENCY-BRAND").indicators())
        .extracting(IndicatorSystem.Indicator::id)
        .doesNotContain("HVP-TC3");
    assertThat(indicators.categoryOf("STRONG-ENT-BASIC")).isEqualTo("知识产权强企培育项目");
    assertThat(indicators.categoryOf("UNKNOWN")).isEqualTo("UNKNOWN");
  }

  @Test
  void refusesASystemThatDoesNotAddUpToAHundred() {
    assertThatThrownBy(
            () ->
                new IndicatorSystem(
                    "v",
                    null,
                    List.of(
                        new IndicatorSystem.Indicator(
                            "A",
                            Dimension.SOCIAL_IMPACT,
                            "a",
                            "a",
                            IndicatorSystem.Kind.QUANTITATIVE,
                            new BigDecimal("99")))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fullMarksAreExcellentAndExactlyNinetyToo() {
    IndicatorSystem system = indicators.forTrack("AGENCY-BRAND");
    Scoring.Result full = Scoring.score(system, scores(system, BigDecimal.ZERO));
    assertThat(full.valid()).isTrue();
    assertThat(full.total()).isEqualByComparingTo("100");
    assertThat(full.grade()).isEqualTo(Grade.EXCELLENT);

    Map<String, Scoring.IndicatorScore> ninety = scores(system, BigDecimal.ZERO);
    ninety.put("TC1", new Scoring.IndicatorScore(new BigDecimal("20"), null));
    Scoring.Result result = Scoring.score(system, ninety);
    assertThat(result.total()).isEqualByComparingTo("90.00");
    assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);

    ninety.put("TC1", new Scoring.IndicatorScore(new BigDecimal("19.99"), null));
    assertThat(Scoring.score(system, ninety).grade()).isEqualTo(Grade.GOOD);
  }

  @Test
  void listsEveryMissingOutOfRangeUnknownOrUncommentedScore() {
    IndicatorSystem system = indicators.forTrack("AGENCY-BRAND");
    Map<String, Scoring.IndicatorScore> scores = scores(system, BigDecimal.ZERO);
    scores.remove("TC2");
    scores.put("FE1", new Scoring.IndicatorScore(new BigDecimal("15.01"), null));
    scores.put("SI2", new Scoring.IndicatorScore(new BigDecimal("5"), " "));
    scores.put("NOPE", new Scoring.IndicatorScore(BigDecimal.ONE, null));
    Scoring.Result result = Scoring.score(system, scores);
    assertThat(result.valid()).isFalse();
    assertThat(result.violations())
        .extracting(Scoring.Violation::field)
        .containsExactlyInAnyOrder(
            "scores.NOPE", "scores.TC2.score", "scores.FE1.score", "scores.SI2.comment");
  }

  private static Map<String, Scoring.IndicatorScore> scores(
      IndicatorSystem system, BigDecimal below) {
    Map<String, Scoring.IndicatorScore> scores = new HashMap<>();
    for (IndicatorSystem.Indicator i : system.indicators()) {
      scores.put(
          i.id(),
          new Scoring.IndicatorScore(
              i.maxScore().subtract(below),
              i.kind() == IndicatorSystem.Kind.QUALITATIVE ? "材料齐全，成效明显" : null));
    }
    return scores;
  }
}
