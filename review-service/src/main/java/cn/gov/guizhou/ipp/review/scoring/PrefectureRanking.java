package cn.gov.guizhou.ipp.review.scoring;

import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranking of 市州级知识产权转化运用能力提升 (CAPABILITY-PREFECTURE, guide 1.4 item 4.2): the IP authorities of
 * the nine prefectures and 贵安新区 are each scored 0–100 on the guide's nine criteria, on their
 * previous year's results; the weighted average is the unit's total; the units are ranked by total
 * and the call's rank tiers give the awards (2027: #1 CNY 2,000,000; #2–#3 CNY 1,000,000; #4–#6 CNY
 * 500,000; #7–#10 CNY 200,000).
 *
 * <p>The guide gives no weights: they are set per call, equal by default.
 *
 * <p>Units are ranked by their <em>exact</em> total, highest first (根据…综合得分进行排序): the total is
 * published rounded to two decimals, but the rounding is for display only — 87.125 ranks above
 * 87.12, and two totals that both display as 60.00 are still ordered by their exact values. As the
 * weights are the same for every unit, the exact order is the order of the weighted sums, so no
 * division is rounded before comparing. Units with exactly the same total are ordered by these
 * steps, each applied only where the steps before it tie:
 *
 * <ol>
 *   <li>more criteria won head to head first: for each other unit with the same total and each
 *       criterion that carries weight, a unit wins the criterion if it scores strictly higher on
 *       it; the unit with more such wins ranks first. (Between two units this is "the unit that
 *       scores higher on more criteria"; among three or more it stays a consistent order, which a
 *       pairwise rule need not be.)
 *   <li>the region code in ascending alphabetical order, so that every place is decided.
 * </ol>
 */
public final class PrefectureRanking {

  /** The guide's nine criteria of 4.2, in the guide's order. */
  public static final List<PrefectureCriterion> CRITERIA =
      List.of(
          new PrefectureCriterion(
              "PATENT-UTILISATION",
              "专利运用情况",
              "Patent utilisation: matchmaking events, transfers and licences, open-licence"
                  + " declarations and deals, patent-intensive product filings and recognitions"),
          new PrefectureCriterion(
              "TRADEMARK",
              "商标培育运用情况",
              "Trademark cultivation and use: applications and registrations, regional brands"),
          new PrefectureCriterion(
              "GEOGRAPHICAL-INDICATION",
              "地理标志培育运用情况",
              "Geographical-indication cultivation and use"),
          new PrefectureCriterion(
              "DATA-IP",
              "数据知识产权转化运用情况",
              "Data-IP transformation and use: registration, utilisation, enforcement, typical"
                  + " cases"),
          new PrefectureCriterion(
              "PLEDGE-FINANCING",
              "知识产权质押融资情况",
              "IP pledge financing: number of pledges and amount financed (patents, trademarks,"
                  + " data IP, geographical indications)"),
          new PrefectureCriterion(
              "PUBLICITY-COOPERATION",
              "知识产权宣传推广与合作交流（含风险预警）情况",
              "IP publicity, cooperation and exchange, including risk warnings"),
          new PrefectureCriterion(
              "INNOVATION-COUNTY-SUPPORT",
              "知识产权工作创新及支持县（区）基层情况",
              "Innovation in IP work and support to counties and districts"),
          new PrefectureCriterion(
              "PEER-COORDINATION",
              "协同同级部门开展知识产权工作情况",
              "Coordination of IP work with peer departments"),
          new PrefectureCriterion(
              "WORK-ARRANGEMENT",
              "知识产权运用促进工作安排部署",
              "Arrangement of IP utilisation promotion work: national and provincial key projects,"
                  + " implementation and performance"));

  /**
   * The ten units' region codes: the nine prefectures and 贵安新区, in the guide's order (贵阳市, 遵义市,
   * 六盘水市, 安顺市, 毕节市, 铜仁市, 黔东南州, 黔南州, 黔西南州, 贵安新区).
   */
  public static final List<String> UNITS = Region.guizhou().stream().map(Region::name).toList();

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PrefectureRanking() {}

  /**
   * Ranks the units and gives each its award.
   *
   * @param units each unit's scores; each unit at most once, every criterion scored 0–100 with at
   *     most two decimals
   * @param weights the weight of each criterion by id, none negative and not all zero; null or
   *     empty for equal weights
   * @param tiers the call's rank tiers; a rank beyond them gets zero
   * @return the units in rank order
   * @throws IllegalArgumentException naming the offending field ({@code units[i].unit}, {@code
   *     units[i].scores.<id>}, {@code weights.<id>}, {@code tiers})
   */
  public static List<PrefectureResult> rank(
      List<PrefectureScores> units, Map<String, BigDecimal> weights, RankTiers tiers) {
    if (tiers == null) {
      throw new IllegalArgumentException("tiers: is required");
    }
    Map<String, BigDecimal> weightOf = weights(weights);
    if (units == null || units.isEmpty()) {
      throw new IllegalArgumentException("units: at least one unit is required");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      check(units.get(i), "units[" + i + "]", seen);
    }
    BigDecimal weightSum = weightOf.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    // The exact order: the weighted sums, all divided by the same sum of weights.
    Map<String, BigDecimal> weightedSums = new HashMap<>();
    Map<String, BigDecimal> totals = new HashMap<>();
    for (PrefectureScores unit : units) {
      BigDecimal weighted = BigDecimal.ZERO;
      for (PrefectureCriterion criterion : CRITERIA) {
        weighted =
            weighted.add(unit.scores().get(criterion.id()).multiply(weightOf.get(criterion.id())));
      }
      weightedSums.put(unit.unit(), weighted);
      totals.put(unit.unit(), weighted.divide(weightSum, 2, RoundingMode.HALF_UP));
    }

    List<PrefectureScores> byTotal = new ArrayList<>(units);
    byTotal.sort(Comparator.comparing(u -> weightedSums.get(u.unit()), Comparator.reverseOrder()));
    List<PrefectureScores> ordered = new ArrayList<>(units.size());
    int from = 0;
    while (from < byTotal.size()) {
      BigDecimal exact = weightedSums.get(byTotal.get(from).unit());
      int to = from;
      while (to < byTotal.size()
          && weightedSums.get(byTotal.get(to).unit()).compareTo(exact) == 0) {
        to++;
      }
      ordered.addAll(breakTie(byTotal.subList(from, to), weightOf));
      from = to;
    }

    List<PrefectureResult> results = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      String unit = ordered.get(i).unit();
      results.add(new PrefectureResult(i + 1, unit, totals.get(unit), tiers.awardForRank(i + 1)));
    }
    return List.copyOf(results);
  }

  /**
   * Which ranked units the track's budget funds: in rank order, each while its tier's amount fits
   * in what is left (根据年度经费预算确定), stopping at the first that does not — never skipping to a cheaper
   * place further down. A unit beyond the tiers, and every unit while no budget is set, is not
   * funded.
   *
   * @param results the ranking, in rank order
   * @param budget the track's budget, or null
   * @return for each result, whether it is funded
   */
  public static List<Boolean> fundedWithin(List<PrefectureResult> results, BigDecimal budget) {
    List<Boolean> funded = new ArrayList<>(results.size());
    BigDecimal left = budget;
    boolean funding = budget != null;
    for (PrefectureResult r : results) {
      funding = funding && r.award().signum() > 0 && r.award().compareTo(left) <= 0;
      if (funding) {
        left = left.subtract(r.award());
      }
      funded.add(funding);
    }
    return List.copyOf(funded);
  }

  /** Orders units of equal total: criteria won head to head within the group, then region code. */
  private static List<PrefectureScores> breakTie(
      List<PrefectureScores> tied, Map<String, BigDecimal> weightOf) {
    if (tied.size() == 1) {
      return tied;
    }
    Map<String, Integer> wins = new HashMap<>();
    for (PrefectureScores unit : tied) {
      int won = 0;
      for (PrefectureScores other : tied) {
        if (other == unit) {
          continue;
        }
        for (PrefectureCriterion criterion : CRITERIA) {
          String id = criterion.id();
          if (weightOf.get(id).signum() > 0
              && unit.scores().get(id).compareTo(other.scores().get(id)) > 0) {
            won++;
          }
        }
      }
      wins.put(unit.unit(), won);
    }
    List<PrefectureScores> ordered = new ArrayList<>(tied);
    ordered.sort(
        Comparator.comparing((PrefectureScores u) -> wins.get(u.unit()), Comparator.reverseOrder())
            .thenComparing(PrefectureScores::unit));
    return ordered;
  }

  private static Map<String, BigDecimal> weights(Map<String, BigDecimal> weights) {
    Map<String, BigDecimal> weightOf = new LinkedHashMap<>();
    if (weights == null || weights.isEmpty()) {
      CRITERIA.forEach(c -> weightOf.put(c.id(), BigDecimal.ONE));
      return weightOf;
    }
    for (PrefectureCriterion criterion : CRITERIA) {
      BigDecimal weight = weights.get(criterion.id());
      if (weight == null) {
        throw new IllegalArgumentException("weights." + criterion.id() + ": is missing");
      }
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("weights." + criterion.id() + ": must not be negative");
      }
      weightOf.put(criterion.id(), weight);
    }
    for (String id : weights.keySet()) {
      if (!weightOf.containsKey(id)) {
        throw new IllegalArgumentException("weights." + id + ": is not one of the nine criteria");
      }
    }
    if (weightOf.values().stream().allMatch(w -> w.signum() == 0)) {
      throw new IllegalArgumentException("weights: at least one weight must be greater than zero");
    }
    return weightOf;
  }

  private static void check(PrefectureScores unit, String path, Set<String> seen) {
    if (unit == null) {
      throw new IllegalArgumentException(path + ": is required");
    }
    if (unit.unit() == null || unit.unit().isBlank()) {
      throw new IllegalArgumentException(path + ".unit: is required");
    }
    if (!UNITS.contains(unit.unit())) {
      throw new IllegalArgumentException(
          path + ".unit: " + unit.unit() + " is not one of the ten units " + UNITS);
    }
    if (!seen.add(unit.unit())) {
      throw new IllegalArgumentException(
          path + ".unit: " + unit.unit() + " appears more than once");
    }
    for (PrefectureCriterion criterion : CRITERIA) {
      String field = path + ".scores." + criterion.id();
      BigDecimal score = unit.scores().get(criterion.id());
      if (score == null) {
        throw new IllegalArgumentException(field + ": is missing");
      }
      if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException(field + ": must be between 0 and 100");
      }
      if (score.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException(field + ": must have at most two decimals");
      }
    }
    for (String id : unit.scores().keySet()) {
      if (CRITERIA.stream().noneMatch(c -> c.id().equals(id))) {
        throw new IllegalArgumentException(
            path + ".scores." + id + ": is not one of the nine criteria");
      }
    }
  }
}
