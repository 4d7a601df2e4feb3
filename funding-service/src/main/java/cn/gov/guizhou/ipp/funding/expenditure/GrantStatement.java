package cn.gov.guizhou.ipp.funding.expenditure;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Where a grant's money went.
 *
 * @param applicationId the grant
 * @param reference its reference
 * @param status its status
 * @param awarded the amount awarded
 * @param committed the most it can be paid
 * @param paid what was paid (offsets included)
 * @param spent what the unit recorded spending
 * @param eligibleSpending what it spent within its approved categories and their amounts
 * @param unspent what was paid and not spent eligibly ({@code paid − eligibleSpending}, never below
 *     zero)
 * @param recoveryOrdered what a recovery order asked back
 * @param recovered what came back
 * @param recoveryOutstanding what is still owed
 * @param categories the approved budget by category
 */
public record GrantStatement(
    UUID applicationId,
    String reference,
    String status,
    BigDecimal awarded,
    BigDecimal committed,
    BigDecimal paid,
    BigDecimal spent,
    BigDecimal eligibleSpending,
    BigDecimal unspent,
    BigDecimal recoveryOrdered,
    BigDecimal recovered,
    BigDecimal recoveryOutstanding,
    List<Category> categories) {

  /**
   * One budget category. Payments and recoveries are made for the grant as a whole; the category's
   * share of the award and of what was paid follows its approved amount, and its share of what was
   * recovered follows what of its paid share went unspent ({@link
   * cn.gov.guizhou.ipp.funding.rules.ProRata}: the shares add up to the grant's figures to the
   * fen).
   *
   * @param category the category
   * @param approved its approved amount (zero for spending outside the approved budget)
   * @param awarded its share of the award
   * @param paid its share of what was paid
   * @param spent what was spent in it
   * @param eligible what of that counts (at most the approved amount)
   * @param unspent what of its paid share was not spent eligibly, never below zero
   * @param recovered its share of what came back
   * @param budgetRemaining what of the approved amount is not spent yet
   * @param overspent what was spent beyond the approved amount
   */
  public record Category(
      String category,
      BigDecimal approved,
      BigDecimal awarded,
      BigDecimal paid,
      BigDecimal spent,
      BigDecimal eligible,
      BigDecimal unspent,
      BigDecimal recovered,
      BigDecimal budgetRemaining,
      BigDecimal overspent) {}
}
