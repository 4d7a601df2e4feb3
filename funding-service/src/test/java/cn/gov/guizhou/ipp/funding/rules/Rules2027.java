package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.ConditionalOnThreshold;
import cn.gov.guizhou.ipp.contracts.programme.FixedAmount;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.contracts.programme.RankTiers;
import cn.gov.guizhou.ipp.contracts.programme.RollingWithEvaluation;
import cn.gov.guizhou.ipp.contracts.programme.StagedPostSubsidy;
import java.math.BigDecimal;
import java.util.List;

/** The 2027 catalogue's funding rules, with the guide's numbers (Object Mother). */
final class Rules2027 {

  private Rules2027() {}

  static BigDecimal cny(String amount) {
    return new BigDecimal(amount);
  }

  /** HVP: CNY 500,000 each. */
  static FixedAmount hvp() {
    return new FixedAmount(cny("500000.00"));
  }

  /** CAPABILITY-PREFECTURE: #1 2,000,000; #2–3 1,000,000; #4–6 500,000; #7–10 200,000. */
  static RankTiers prefecture() {
    return new RankTiers(
        List.of(
            new RankTiers.Tier(1, 1, cny("2000000.00")),
            new RankTiers.Tier(2, 3, cny("1000000.00")),
            new RankTiers.Tier(4, 6, cny("500000.00")),
            new RankTiers.Tier(7, 10, cny("200000.00"))));
  }

  /** GI-BRAND: year 1 500,000; year 2 500,000–1,000,000 if met. */
  static RollingWithEvaluation giBrand() {
    return new RollingWithEvaluation(cny("500000.00"), cny("500000.00"), cny("1000000.00"));
  }

  /** DATA-IP-LEADER: 100,000 after selecting year-2 and year-3 evaluations, 200,000 at most. */
  static StagedPostSubsidy dataIpLeader() {
    return new StagedPostSubsidy(cny("100000.00"), List.of(2, 3), cny("200000.00"));
  }

  /** AGENCY-BRAND: 500,000 if 2026 revenue ≥ 10,000,000 and in the statistics. */
  static ConditionalOnThreshold agencyBrand() {
    return new ConditionalOnThreshold(cny("500000.00"), cny("10000000.00"), 2026, true);
  }

  /** DATA-IP-SECURITISATION: 4%, 2,000,000 a year, paid after the product ends. */
  static PercentageWithAnnualCap securitisation() {
    return new PercentageWithAnnualCap(
        cny("0.04"),
        cny("2000000.00"),
        true,
        PercentageWithAnnualCap.PartialClaim.REMAINDER_OF_CAP,
        true);
  }
}
