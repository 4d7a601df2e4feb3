package cn.gov.guizhou.ipp.funding.securitisation;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap.PartialClaim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's securitisation claims served in filing order against the year's cap: each unpaid claim
 * is reserved its subsidy while the cap lasts; the claim that crosses the cap gets what the rule
 * says (the remainder of the cap, or nothing), and a claim finding nothing left waits in the queue
 * with nothing reserved. Under {@link PartialClaim#NOTHING} a claim that does not fit whole is
 * passed over and a later claim that fits whole is still served. Paid claims keep what they were
 * paid. The same computation serves a new claim (the last in the queue) and the queue after a claim
 * is voided, so what a voided claim frees goes to the next claims in filing order.
 */
public final class ClaimQueue {

  /** Reserved, whole. */
  public static final String RESERVED = "RESERVED";

  /** Reserved in part: the claim crossed the cap and got its remainder. */
  public static final String RESERVED_PARTIAL = "RESERVED_PARTIAL";

  /** Nothing reserved: waiting for money freed by a voided claim. */
  public static final String QUEUED = "QUEUED";

  /** Withdrawn or refused; reserves nothing. */
  public static final String VOIDED = "VOIDED";

  /** Will not be paid (a default, an overdue repayment, a credit record, ...); reserves nothing. */
  public static final String REFUSED = "REFUSED";

  /** Paid; keeps its paid amount reserved. */
  public static final String PAID = "PAID";

  private ClaimQueue() {}

  /**
   * What each unpaid claim reserves.
   *
   * @param cap what the year's claims may reserve in total
   * @param paid what the year's paid claims were paid
   * @param atCap what the claim crossing the cap gets
   * @param uncappedInFilingOrder each unpaid, live claim's subsidy before the cap, in filing order
   * @return each claim's reservation, in the same order
   * @throws IllegalArgumentException naming the field for amounts that make no sense
   */
  public static List<BigDecimal> allocate(
      BigDecimal cap, BigDecimal paid, PartialClaim atCap, List<BigDecimal> uncappedInFilingOrder) {
    BigDecimal left = FundingRule.money(cap, "cap").subtract(FundingRule.money(paid, "paid"));
    if (left.signum() < 0) {
      throw new IllegalArgumentException("paid: exceeds the cap");
    }
    if (atCap == null || uncappedInFilingOrder == null) {
      throw new IllegalArgumentException("uncappedInFilingOrder: is required");
    }
    List<BigDecimal> reserved = new ArrayList<>();
    for (BigDecimal claim : uncappedInFilingOrder) {
      BigDecimal uncapped = FundingRule.money(claim, "uncappedSubsidy");
      BigDecimal granted =
          uncapped.compareTo(left) <= 0
              ? uncapped
              : atCap == PartialClaim.REMAINDER_OF_CAP ? left : BigDecimal.ZERO.setScale(2);
      reserved.add(granted);
      left = left.subtract(granted);
    }
    return List.copyOf(reserved);
  }

  /** The status of an unpaid, live claim reserving {@code reserved} of its {@code uncapped}. */
  public static String statusOf(BigDecimal uncapped, BigDecimal reserved) {
    if (reserved.signum() == 0) {
      return QUEUED;
    }
    return reserved.compareTo(uncapped) >= 0 ? RESERVED : RESERVED_PARTIAL;
  }
}
