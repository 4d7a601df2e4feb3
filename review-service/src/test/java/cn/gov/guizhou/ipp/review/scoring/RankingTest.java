package cn.gov.guizhou.ipp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranking of a track's applications and every step of its tie-break. */
class RankingTest {

  static final OffsetDateTime MORNING = OffsetDateTime.parse("2027-03-01T09:00:00+08:00");

  static Candidate candidate(
      String reference, String finalScore, OffsetDateTime submittedAt, String... totals) {
    return new Candidate(
        UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)),
        reference,
        new BigDecimal(finalScore),
        Arrays.stream(totals).map(BigDecimal::new).toList(),
        submittedAt);
  }

  static List<String> references(List<Ranked> ranking) {
    return ranking.stream().map(r -> r.candidate().reference()).toList();
  }

  @Test
  void ranksByFinalScoreHighestFirstWithRanksFromOne() {
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("B", "70.00", MORNING, "70"),
                candidate("A", "91.50", MORNING, "91.5"),
                candidate("C", "85.25", MORNING, "85.25")));
    assertThat(references(ranking)).containsExactly("A", "C", "B");
    assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2, 3);
  }

  @Test
  void finalScoresAreComparedByValue() {
    // 80.5 and 80.50 tie; the higher lowest total decides
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("A", "80.5", MORNING, "70", "91"),
                candidate("B", "80.50", MORNING, "80", "81")));
    assertThat(references(ranking)).containsExactly("B", "A");
  }

  @Test
  void step1TheHigherLowestExpertTotalWins() {
    // same final score 80: A has one enthusiast (95) and one sceptic (65); B's experts agree
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("A", "80.00", MORNING.minusDays(1), "65", "80", "95"),
                candidate("B", "80.00", MORNING, "78", "80", "82")));
    assertThat(references(ranking)).containsExactly("B", "A");
  }

  @Test
  void step2TheHigherMedianWinsWhenTheLowestTotalsTie() {
    // same final score and lowest total (70); medians 85 and 80
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("A", "80.00", MORNING.minusDays(1), "70", "80", "90"),
                candidate("B", "80.00", MORNING, "70", "85", "85")));
    assertThat(references(ranking)).containsExactly("B", "A");
  }

  @Test
  void step2TheMedianOfAnEvenNumberOfTotalsIsTheMeanOfTheTwoMiddleOnes() {
    Candidate even = candidate("A", "80.00", MORNING, "70", "79", "82", "89");
    assertThat(even.medianExpertTotal()).isEqualByComparingTo("80.5");
    assertThat(even.lowestExpertTotal()).isEqualByComparingTo("70");
    // medians 80.5 and 80: the half point decides
    List<Ranked> ranking =
        Ranking.rank(
            List.of(candidate("B", "80.00", MORNING.minusDays(1), "70", "80", "80", "90"), even));
    assertThat(references(ranking)).containsExactly("A", "B");
  }

  @Test
  void step3TheEarlierSubmissionWinsWhenLowestAndMedianTie() {
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("A", "80.00", MORNING.plusMinutes(1), "70", "80", "90"),
                candidate("B", "80.00", MORNING, "70", "80", "90")));
    assertThat(references(ranking)).containsExactly("B", "A");
  }

  @Test
  void step3SubmissionTimesAreComparedAsInstantsWhateverTheOffset() {
    // 09:00+08:00 is 01:00Z; 01:30Z is later even though it reads earlier
    OffsetDateTime laterInUtc = OffsetDateTime.parse("2027-03-01T01:30:00Z");
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("A", "80.00", laterInUtc, "80"), candidate("B", "80.00", MORNING, "80")));
    assertThat(references(ranking)).containsExactly("B", "A");
  }

  @Test
  void step4TheReferenceInAscendingOrderDecidesTheRest() {
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("GZ-2027-0003", "80.00", MORNING, "70", "80", "90"),
                candidate("GZ-2027-0001", "80.00", MORNING, "70", "80", "90"),
                candidate("GZ-2027-0002", "80.00", MORNING, "70", "80", "90")));
    assertThat(references(ranking)).containsExactly("GZ-2027-0001", "GZ-2027-0002", "GZ-2027-0003");
    assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2, 3);
  }

  @Test
  void aHigherFinalScoreBeatsEveryTieBreak() {
    List<Ranked> ranking =
        Ranking.rank(
            List.of(
                candidate("A", "80.00", MORNING.minusDays(5), "79", "80", "81"),
                candidate("B", "80.01", MORNING, "40", "90", "100")));
    assertThat(references(ranking)).containsExactly("B", "A");
  }

  @Test
  void theResultDoesNotDependOnTheInputOrder() {
    List<Candidate> candidates =
        new ArrayList<>(
            List.of(
                candidate("A", "80.00", MORNING, "70", "80", "90"),
                candidate("B", "80.00", MORNING, "75", "80", "85"),
                candidate("C", "90.00", MORNING, "90"),
                candidate("D", "80.00", MORNING.minusHours(1), "70", "80", "90"),
                candidate("E", "80.00", MORNING, "70", "85", "85")));
    List<String> expected = List.of("C", "B", "E", "D", "A");
    assertThat(references(Ranking.rank(candidates))).isEqualTo(expected);
    Collections.reverse(candidates);
    assertThat(references(Ranking.rank(candidates))).isEqualTo(expected);
  }

  @Test
  void anEmptyListRanksNothing() {
    assertThat(Ranking.rank(List.of())).isEmpty();
  }

  @Test
  void refusesDuplicateReferencesOrIdsAndMissingCandidates() {
    Candidate a = candidate("A", "80", MORNING, "80");
    assertThatThrownBy(() -> Ranking.rank(List.of(a, candidate("A", "70", MORNING, "70"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates[1].reference: A appears twice");
    Candidate sameId =
        new Candidate(a.applicationId(), "B", BigDecimal.TEN, List.of(BigDecimal.TEN), MORNING);
    assertThatThrownBy(() -> Ranking.rank(List.of(a, sameId)))
        .hasMessageStartingWith("candidates[1].applicationId: ");
    List<Candidate> withNull = new ArrayList<>();
    withNull.add(a);
    withNull.add(null);
    assertThatThrownBy(() -> Ranking.rank(withNull)).hasMessage("candidates[1]: is required");
    assertThatThrownBy(() -> Ranking.rank(null)).hasMessage("candidates: is required");
  }

  @Test
  void aCandidateNeedsItsIdentityScoresAndSubmissionTime() {
    UUID id = UUID.randomUUID();
    List<BigDecimal> totals = List.of(BigDecimal.TEN);
    assertThatThrownBy(() -> new Candidate(null, "A", BigDecimal.TEN, totals, MORNING))
        .hasMessage("applicationId: is required");
    assertThatThrownBy(() -> new Candidate(id, " ", BigDecimal.TEN, totals, MORNING))
        .hasMessage("reference: is required");
    assertThatThrownBy(() -> new Candidate(id, "A", null, totals, MORNING))
        .hasMessage("finalScore: is required");
    assertThatThrownBy(() -> new Candidate(id, "A", BigDecimal.TEN, List.of(), MORNING))
        .hasMessage("expertTotals: at least one expert total is required");
    assertThatThrownBy(() -> new Candidate(id, "A", BigDecimal.TEN, totals, null))
        .hasMessage("submittedAt: is required");
    assertThatThrownBy(() -> new Ranked(0, candidate("A", "1", MORNING, "1")))
        .hasMessage("rank: must be 1 or more");
  }
}
