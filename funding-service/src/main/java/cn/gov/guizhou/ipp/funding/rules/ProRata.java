package cn.gov.guizhou.ipp.funding.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount over weighted parts in whole fen so the parts add up to the amount exactly: each
 * part gets its share rounded down, and the fen left over go one each to the parts with the largest
 * remainders (the earlier part on a tie). A grant's payments and recoveries are made for the grant
 * as a whole; its statement shows them per budget category in proportion to the approved budget.
 */
public final class ProRata {

  private ProRata() {}

  /**
   * The parts of {@code amount} in proportion to {@code weights}, in the weights' order.
   *
   * @param amount CNY, at most two decimals, not negative
   * @param weights the parts' weights, none negative
   * @return each part, two decimals; all zero when the weights add up to zero
   * @throws IllegalArgumentException for a negative amount or weight, or more than two decimals
   */
  public static Map<String, BigDecimal> split(BigDecimal amount, Map<String, BigDecimal> weights) {
    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("amount must be a non-negative sum in fen: " + amount);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal weight : weights.values()) {
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("weights must not be negative: " + weights);
      }
      total = total.add(weight);
    }
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    if (total.signum() == 0) {
      weights.keySet().forEach(k -> parts.put(k, BigDecimal.ZERO.setScale(2)));
      return parts;
    }
    long fen = amount.movePointRight(2).longValueExact();
    record Share(String key, int order, long fen, BigDecimal remainder) {}
    List<Share> shares = new ArrayList<>();
    long given = 0;
    int order = 0;
    for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
      BigDecimal exact = BigDecimal.valueOf(fen).multiply(weight.getValue());
      BigDecimal[] division = exact.divideAndRemainder(total);
      long floor = division[0].longValueExact();
      shares.add(
          new Share(
              weight.getKey(), order++, floor, division[1].divide(total, 12, RoundingMode.DOWN)));
      given += floor;
    }
    List<Share> byRemainder =
        shares.stream()
            .sorted(
                Comparator.comparing(Share::remainder).reversed().thenComparingInt(Share::order))
            .toList();
    Map<String, Long> extra = new LinkedHashMap<>();
    for (int i = 0; i < fen - given; i++) {
      extra.merge(byRemainder.get(i).key(), 1L, Long::sum);
    }
    for (Share share : shares) {
      long partFen = share.fen() + extra.getOrDefault(share.key(), 0L);
      parts.put(share.key(), BigDecimal.valueOf(partFen, 2));
    }
    return parts;
  }
}
