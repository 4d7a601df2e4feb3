package cn.gov.guizhou.ipp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The score sheets of the 2027 call against the call's catalogue. */
class ScoreSheets2027Test {

  /** The catalogue of the 2027 call, as program-service publishes it. */
  static final Path CATALOGUE =
      Path.of("../program-service/src/main/resources/catalogue/call-2027.v1.json");

  /** Tracks that experts do not score on a sheet. */
  static final Set<String> NOT_SCORED_ON_A_SHEET =
      Set.of("CAPABILITY-PREFECTURE", "DATA-IP-SECURITISATION");

  static final ScoreSheets SHEETS = ScoreSheets.forCall(2027);

  static List<String> catalogueTrackCodes() throws Exception {
    JsonNode catalogue = JsonMapper.builder().build().readTree(Files.readString(CATALOGUE));
    List<String> codes = new ArrayList<>();
    for (JsonNode track : catalogue.get("tracks")) {
      codes.add(track.get("code").asString());
    }
    return codes;
  }

  @Test
  void everyTrackOfTheCatalogueButTheTwoRankedOtherwiseHasASheet() throws Exception {
    List<String> catalogue = catalogueTrackCodes();
    assertThat(catalogue).hasSize(15).containsAll(NOT_SCORED_ON_A_SHEET);
    List<String> scored =
        catalogue.stream().filter(code -> !NOT_SCORED_ON_A_SHEET.contains(code)).toList();
    assertThat(scored).hasSize(13);

    assertThat(SHEETS.callYear()).isEqualTo(2027);
    assertThat(SHEETS.sheets()).extracting(ScoreSheet::trackCode).containsExactlyElementsOf(scored);
    for (String code : scored) {
      assertThat(SHEETS.forTrack(code)).as(code).isPresent();
    }
    for (String code : NOT_SCORED_ON_A_SHEET) {
      assertThat(SHEETS.forTrack(code)).as(code).isEmpty();
    }
    assertThat(SHEETS.forTrack("NO-SUCH-TRACK")).isEmpty();
    assertThat(SHEETS.forTrack(null)).isEmpty();
  }

  @Test
  void everySheetHasThreeToSixBilingualCriteriaWithUniqueIdsAndWeightsAddingUpTo100() {
    for (ScoreSheet sheet : SHEETS.sheets()) {
      String code = sheet.trackCode();
      assertThat(sheet.criteria()).as(code).hasSizeBetween(3, 6);
      Set<String> ids =
          sheet.criteria().stream().map(SheetCriterion::id).collect(Collectors.toSet());
      assertThat(ids).as(code).hasSameSizeAs(sheet.criteria());
      assertThat(sheet.weightSum()).as(code).isEqualByComparingTo("100");
      for (SheetCriterion criterion : sheet.criteria()) {
        assertThat(criterion.zh()).as(code + " " + criterion.id()).containsPattern("\\p{IsHan}");
        assertThat(criterion.en()).as(code + " " + criterion.id()).isNotBlank();
        assertThat(criterion.maxScore()).isPositive();
      }
    }
  }

  @Test
  void patentNavigationIsScoredOnTheGuidesFourConditionsAndTheUseOfItsResults() {
    ScoreSheet navigation = SHEETS.forTrack("NAV-INDUSTRY").orElseThrow();
    assertThat(navigation.criteria())
        .extracting(SheetCriterion::id)
        .containsExactly(
            "PROPOSITION", "DECISION-VALUE", "FEASIBILITY", "COORDINATION", "APPLICATION");
    assertThat(navigation.criteria().get(0).zh()).startsWith("命题的精准解读与转化能力");
    assertThat(navigation.criteria().get(2).zh()).contains("产业需求单位的资深专家");
    assertThat(SHEETS.forTrack("NAV-ENTERPRISE").orElseThrow().criteria())
        .isEqualTo(navigation.criteria());
  }

  @Test
  void aFullSheetOfMaximaTotals100OnEveryTrack() {
    for (ScoreSheet sheet : SHEETS.sheets()) {
      Map<String, CriterionScore> scores = new HashMap<>();
      sheet
          .criteria()
          .forEach(c -> scores.put(c.id(), new CriterionScore(c.maxScore(), "满分 full marks")));
      assertThat(sheet.total(scores)).as(sheet.trackCode()).isEqualTo(new BigDecimal("100.00"));
    }
  }

  @Test
  void theSheetsOfACallAreReadOnce() {
    assertThat(ScoreSheets.forCall(2027)).isSameAs(SHEETS);
  }

  @Test
  void aCallWithoutSheetsIsAnError() {
    assertThatThrownBy(() -> ScoreSheets.forCall(1999))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("review/score-sheets-1999.json");
  }
}
