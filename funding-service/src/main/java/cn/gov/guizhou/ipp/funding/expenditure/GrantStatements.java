package cn.gov.guizhou.ipp.funding.expenditure;

import cn.gov.guizhou.ipp.funding.grants.Grant;
import cn.gov.guizhou.ipp.funding.grants.Grants;
import cn.gov.guizhou.ipp.funding.ledger.LedgerRepository;
import cn.gov.guizhou.ipp.funding.payments.Payment;
import cn.gov.guizhou.ipp.funding.payments.Payments;
import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.funding.rules.AccountKind;
import cn.gov.guizhou.ipp.funding.rules.ProRata;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a grant's statement from its payments, expenditure and the ledger. */
@Service
public class GrantStatements {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private final Grants grants;
  private final Payments payments;
  private final Expenditures expenditures;
  private final LedgerRepository ledger;

  public GrantStatements(
      Grants grants, Payments payments, Expenditures expenditures, LedgerRepository ledger) {
    this.grants = grants;
    this.payments = payments;
    this.expenditures = expenditures;
    this.ledger = ledger;
  }

  @Transactional(readOnly = true)
  public GrantStatement of(UUID grantId) {
    Grant grant = grants.get(grantId);
    BigDecimal paid =
        payments.of(grantId).stream().map(Payment::amount).reduce(ZERO, BigDecimal::add);
    Map<String, BigDecimal> approved = expenditures.approvedBudget(grantId);
    Map<String, BigDecimal> spent = expenditures.spent(grantId);
    Map<String, BigDecimal> all = new LinkedHashMap<>(approved);
    spent.keySet().forEach(c -> all.putIfAbsent(c, ZERO));
    Map<String, BigDecimal> awardedShares = ProRata.split(grant.awardedAmount(), all);
    Map<String, BigDecimal> paidShares = ProRata.split(paid, all);
    Map<String, BigDecimal> eligible = new LinkedHashMap<>();
    Map<String, BigDecimal> unspent = new LinkedHashMap<>();
    BigDecimal spentTotal = ZERO;
    BigDecimal eligibleTotal = ZERO;
    for (Map.Entry<String, BigDecimal> e : all.entrySet()) {
      BigDecimal inCategory = spent.getOrDefault(e.getKey(), ZERO);
      BigDecimal counted = inCategory.min(e.getValue());
      eligible.put(e.getKey(), counted);
      unspent.put(e.getKey(), paidShares.get(e.getKey()).subtract(counted).max(ZERO));
      spentTotal = spentTotal.add(inCategory);
      eligibleTotal = eligibleTotal.add(counted);
    }
    String key = grantId.toString();
    BigDecimal outstanding = ledger.balance(Account.ofGrant(AccountKind.RECOVERIES_DUE, key));
    BigDecimal recovered = ledger.balance(Account.ofGrant(AccountKind.RECOVERED, key));
    Map<String, BigDecimal> recoveredShares = ProRata.split(recovered, unspent);
    if (unspent.values().stream().allMatch(u -> u.signum() == 0)) {
      recoveredShares = ProRata.split(recovered, all);
    }
    List<GrantStatement.Category> categories = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : all.entrySet()) {
      String category = e.getKey();
      BigDecimal inCategory = spent.getOrDefault(category, ZERO);
      categories.add(
          new GrantStatement.Category(
              category,
              e.getValue(),
              awardedShares.get(category),
              paidShares.get(category),
              inCategory,
              eligible.get(category),
              unspent.get(category),
              recoveredShares.get(category),
              e.getValue().subtract(inCategory).max(ZERO),
              inCategory.subtract(e.getValue()).max(ZERO)));
    }
    return new GrantStatement(
        grantId,
        grant.reference(),
        grant.status(),
        grant.awardedAmount(),
        grant.committedAmount(),
        paid,
        spentTotal,
        eligibleTotal,
        paid.subtract(eligibleTotal).max(ZERO),
        outstanding.add(recovered),
        recovered,
        outstanding,
        categories);
  }
}
