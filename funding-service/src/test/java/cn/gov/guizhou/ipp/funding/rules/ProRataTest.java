package cn.gov.guizhou.ipp.funding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProRataTest {

  @Test
  void aPaymentIsSharedInProportionToTheApprovedBudget() {
    Map<String, BigDecimal> parts =
        ProRata.split(
            new BigDecimal("250000.00"), weights("EQUIPMENT", "300000", "LABOUR", "200000"));
    assertThat(parts.get("EQUIPMENT")).isEqualByComparingTo("150000.00");
    assertThat(parts.get("LABOUR")).isEqualByComparingTo("100000.00");
  }

  @Test
  void thePartsAddUpToTheAmountToTheFen() {
    Map<String, BigDecimal> parts =
        ProRata.split(new BigDecimal("100.00"), weights("A", "1", "B", "1", "C", "1"));
    assertThat(parts.values()).containsExactly(d("33.34"), d("33.33"), d("33.33"));
    Map<String, BigDecimal> uneven =
        ProRata.split(new BigDecimal("0.05"), weights("A", "2", "B", "1", "C", "1"));
    assertThat(uneven.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.05");
    assertThat(uneven.get("A")).isEqualByComparingTo("0.03");
  }

  @Test
  void theLargestRemainderTakesTheLeftOverFen() {
    // 0.10 × 0.35 = 0.035 and 0.10 × 0.65 = 0.065: 3 and 6 fen, the one left goes to .5 vs .5 → A
    Map<String, BigDecimal> parts =
        ProRata.split(new BigDecimal("0.10"), weights("A", "35", "B", "65"));
    assertThat(parts.get("A")).isEqualByComparingTo("0.04");
    assertThat(parts.get("B")).isEqualByComparingTo("0.06");
  }

  @Test
  void nothingToShareOrNoWeightGivesZeros() {
    assertThat(ProRata.split(d("0.00"), weights("A", "1")).get("A")).isEqualByComparingTo("0");
    assertThat(ProRata.split(d("10.00"), weights("A", "0", "B", "0")).values())
        .containsExactly(d("0.00"), d("0.00"));
    assertThat(ProRata.split(d("10.00"), Map.of())).isEmpty();
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> ProRata.split(d("-1"), weights("A", "1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProRata.split(d("1.001"), weights("A", "1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProRata.split(d("1"), weights("A", "-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, BigDecimal> weights(String... pairs) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put(pairs[i], new BigDecimal(pairs[i + 1]));
    }
    return weights;
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
