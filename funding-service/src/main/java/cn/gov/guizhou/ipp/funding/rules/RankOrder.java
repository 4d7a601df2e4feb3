package cn.gov.guizhou.ipp.funding.rules;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The awards of one decision are committed in rank order within what the track has left (guide:
 * "各类项目支持数量根据年度经费预算确定"; the prefecture tiers: "总分第一名的…"). Best rank first, each award that fits is
 * opened and uses its commitment; the first award that does not fit is refused, and so is every
 * award ranked after it, even one small enough to fit in what is left: a refusal hits the
 * worst-ranked awards first, never a better-ranked one while a worse-ranked one is funded, and what
 * is refused never depends on the order the awards arrived in. Equal ranks are taken by reference,
 * then application id, so the outcome is the same however they are listed.
 */
public final class RankOrder {

  private RankOrder() {}

  private static final Comparator<Award> BEST_FIRST =
      Comparator.comparingInt(Award::rank)
          .thenComparing(Award::reference)
          .thenComparing(Award::applicationId);

  /**
   * Where each award of a decision stands.
   *
   * @param awards the decision's awards, in any order
   * @param available what the track's budget has left to commit, CNY
   * @return one placement per award, best rank first
   * @throws IllegalArgumentException naming {@code awards} or {@code available}
   */
  public static List<Placement> place(Collection<Award> awards, BigDecimal available) {
    if (awards == null) {
      throw new IllegalArgumentException("awards: is required");
    }
    BigDecimal left = FundingRule.money(available, "available").setScale(2);
    Set<UUID> seen = new HashSet<>();
    for (Award award : awards) {
      if (award == null) {
        throw new IllegalArgumentException("awards: an award is missing");
      }
      if (!seen.add(award.applicationId())) {
        throw new IllegalArgumentException(
            "awards: application " + award.applicationId() + " appears more than once");
      }
    }
    List<Placement> placements = new ArrayList<>();
    Award firstRefused = null;
    for (Award award : awards.stream().sorted(BEST_FIRST).toList()) {
      boolean fits = firstRefused == null && award.commitment().compareTo(left) <= 0;
      if (fits) {
        placements.add(new Placement(award, true, left, null));
        left = left.subtract(award.commitment());
      } else {
        if (firstRefused == null) {
          firstRefused = award;
        }
        placements.add(new Placement(award, false, left, firstRefused));
      }
    }
    return List.copyOf(placements);
  }

  /**
   * One award of a decision.
   *
   * @param applicationId the awarded application
   * @param rank its rank in the decision (1 is best)
   * @param reference its human reference
   * @param commitment what opening its grant commits against the track's budget, CNY
   */
  public record Award(UUID applicationId, int rank, String reference, BigDecimal commitment) {

    public Award {
      if (applicationId == null) {
        throw new IllegalArgumentException("applicationId: is required");
      }
      if (rank < 1) {
        throw new IllegalArgumentException("rank: must be 1 or more, was " + rank);
      }
      reference = reference == null ? "" : reference;
      commitment = FundingRule.money(commitment, "commitment").setScale(2);
    }
  }

  /**
   * What becomes of one award.
   *
   * @param award the award
   * @param opened whether its grant is opened and its commitment made
   * @param leftBefore what the track had left when its turn came, CNY
   * @param firstRefused the best-ranked award of the decision that did not fit (this award itself
   *     when it is the one); null when opened
   */
  public record Placement(Award award, boolean opened, BigDecimal leftBefore, Award firstRefused) {

    /** Why it was refused, for the grant's record; null when opened. */
    public String reasonEn(String trackKey) {
      if (opened) {
        return null;
      }
      if (firstRefused.applicationId().equals(award.applicationId())) {
        return "committing CNY "
            + award.commitment().toPlainString()
            + " would exceed what track "
            + trackKey
            + " has left (CNY "
            + leftBefore.toPlainString()
            + "); the decision's awards are committed in rank order, this is rank "
            + award.rank();
      }
      return "rank "
          + award.rank()
          + " comes after rank "
          + firstRefused.rank()
          + " of the same decision, which already did not fit in what track "
          + trackKey
          + " had left; the decision's awards are committed in rank order, so this one (CNY "
          + award.commitment().toPlainString()
          + ") is refused too";
    }

    /** Why it was refused, for the unit's story; null when opened. */
    public String reasonZh() {
      if (opened) {
        return null;
      }
      String commitment = award.commitment().stripTrailingZeros().toPlainString();
      if (firstRefused.applicationId().equals(award.applicationId())) {
        return "按排名顺序（第"
            + award.rank()
            + "名）安排资助时，该类项目年度经费预算仅余 "
            + leftBefore.stripTrailingZeros().toPlainString()
            + " 元，不足以安排本项目 "
            + commitment
            + " 元，超出年度经费预算，未予立项资助，待省知识产权局处理";
      }
      return "按排名顺序安排资助，排名在前的第"
          + firstRefused.rank()
          + "名已超出该类项目年度经费预算，本项目（第"
          + award.rank()
          + "名，"
          + commitment
          + " 元）超出年度经费预算，未予立项资助，待省知识产权局处理";
    }
  }
}
