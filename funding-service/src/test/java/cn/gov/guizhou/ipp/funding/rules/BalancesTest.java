package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.LedgerTransaction.allocation;
import static cn.gov.guizhou.ipp.funding.rules.LedgerTransaction.commitment;
import static cn.gov.guizhou.ipp.funding.rules.LedgerTransaction.disbursement;
import static cn.gov.guizhou.ipp.funding.rules.LedgerTransaction.recovery;
import static cn.gov.guizhou.ipp.funding.rules.LedgerTransaction.recoveryOrder;
import static cn.gov.guizhou.ipp.funding.rules.LedgerTransaction.release;
import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalancesTest {

  private static final String HVP = "2027/HVP";
  private static final String GI = "2027/GI-BRAND";
  private static final String G1 = "grant-1";
  private static final String G2 = "grant-2";

  /** HVP gets 1,000,000; two grants of 500,000; one paid, then clawed back in part. */
  private static List<LedgerTransaction> aYear() {
    return List.of(
        allocation(HVP, cny("1000000")),
        commitment(HVP, G1, cny("500000")),
        commitment(HVP, G2, cny("500000")),
        disbursement(G1, cny("500000"), "PAY-1"),
        release(HVP, G2, cny("500000")),
        recoveryOrder(G1, cny("37499.50")),
        recovery(G1, cny("20000"), "RCV-1"));
  }

  @Test
  void balancesFollowEveryMovement() {
    Map<Account, BigDecimal> balances = Balances.of(aYear());

    assertThat(balances)
        .containsExactly(
            entry(Account.trackBudget(HVP), cny("500000.00")),
            entry(Account.appropriation("2027"), cny("1000000.00")),
            entry(Account.ofGrant(AccountKind.GRANT, G1), cny("0.00")),
            entry(Account.ofGrant(AccountKind.GRANT, G2), cny("0.00")),
            entry(Account.ofGrant(AccountKind.DISBURSED, G1), cny("462500.50")),
            entry(Account.ofGrant(AccountKind.RECOVERIES_DUE, G1), cny("17499.50")),
            entry(Account.ofGrant(AccountKind.RECOVERED, G1), cny("20000.00")));
    assertThat(Balances.violations(aYear())).isEmpty();
  }

  @Test
  void theWholeLedgerSumsToZeroOnEachSide() {
    BigDecimal debitMinusCredit =
        aYear().stream()
            .flatMap(t -> t.postings().stream())
            .map(p -> p.debit().subtract(p.credit()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(debitMinusCredit).isZero();
  }

  @Test
  void aSingleBalanceIsZeroForAnUntouchedAccount() {
    assertThat(Balances.balance(aYear(), Account.trackBudget(HVP))).isEqualTo(cny("500000.00"));
    assertThat(Balances.balance(aYear(), Account.trackBudget(GI))).isEqualTo(cny("0.00"));
    assertThat(Balances.of(List.of())).isEmpty();
    assertThatThrownBy(() -> Balances.balance(aYear(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account: is required");
  }

  @Test
  void tracksAreKeptApart() {
    List<LedgerTransaction> ledger =
        List.of(
            allocation(HVP, cny("100")),
            allocation(GI, cny("50")),
            commitment(GI, G1, cny("50")),
            commitment(HVP, G2, cny("60")));

    assertThat(Balances.balance(ledger, Account.trackBudget(HVP))).isEqualTo(cny("40.00"));
    assertThat(Balances.balance(ledger, Account.trackBudget(GI))).isEqualTo(cny("0.00"));
    assertThat(Balances.balance(ledger, Account.appropriation("2027"))).isEqualTo(cny("150.00"));
    assertThat(Balances.violations(ledger)).isEmpty();
  }

  @Test
  void committingBeyondTheTracksAllocationIsAViolation() {
    List<LedgerTransaction> ledger =
        List.of(
            allocation(HVP, cny("500000")),
            commitment(HVP, G1, cny("500000")),
            commitment(HVP, G2, cny("200000")));

    assertThat(Balances.violations(ledger))
        .containsExactly(
            "TRACK_BUDGET 2027/HVP: committed beyond its allocation by 200000.00"
                + " after COMMITMENT grant-2");
  }

  @Test
  void committingBeforeTheAllocationIsAViolationEvenIfTheAllocationFollows() {
    List<LedgerTransaction> ledger =
        List.of(commitment(HVP, G1, cny("100")), allocation(HVP, cny("100")));

    assertThat(Balances.violations(ledger))
        .containsExactly(
            "TRACK_BUDGET 2027/HVP: committed beyond its allocation by 100.00"
                + " after COMMITMENT grant-1");
    assertThat(Balances.balance(ledger, Account.trackBudget(HVP))).isEqualTo(cny("0.00"));
  }

  @Test
  void payingBeyondTheGrantsCommitmentIsAViolation() {
    List<LedgerTransaction> ledger =
        List.of(
            allocation(HVP, cny("1000000")),
            commitment(HVP, G1, cny("500000")),
            disbursement(G1, cny("500000"), "PAY-1"),
            disbursement(G1, cny("500000"), "PAY-1-AGAIN"));

    assertThat(Balances.violations(ledger))
        .containsExactly(
            "GRANT grant-1: paid or released beyond its commitment by 500000.00"
                + " after DISBURSEMENT PAY-1-AGAIN");
  }

  @Test
  void releasingMoreThanIsLeftOfACommitmentIsAViolation() {
    List<LedgerTransaction> ledger =
        List.of(
            allocation(HVP, cny("500000")),
            commitment(HVP, G1, cny("500000")),
            disbursement(G1, cny("300000"), "PAY-1"),
            release(HVP, G1, cny("300000")));

    assertThat(Balances.violations(ledger))
        .containsExactly(
            "GRANT grant-1: paid or released beyond its commitment by 100000.00"
                + " after RELEASE grant-1");
  }

  @Test
  void orderingBackMoreThanWasPaidIsAViolation() {
    List<LedgerTransaction> ledger =
        List.of(
            allocation(HVP, cny("500000")),
            commitment(HVP, G1, cny("500000")),
            disbursement(G1, cny("100000"), "PAY-1"),
            recoveryOrder(G1, cny("100000.01")));

    assertThat(Balances.violations(ledger))
        .containsExactly(
            "DISBURSED grant-1: recovery ordered beyond what was paid by 0.01"
                + " after RECOVERY_ORDER grant-1");
  }

  @Test
  void recoveringMoreThanWasOrderedIsAViolation() {
    List<LedgerTransaction> ledger =
        List.of(
            allocation(HVP, cny("500000")),
            commitment(HVP, G1, cny("500000")),
            disbursement(G1, cny("100000"), "PAY-1"),
            recoveryOrder(G1, cny("40000")),
            recovery(G1, cny("50000"), "RCV-1"));

    assertThat(Balances.violations(ledger))
        .containsExactly(
            "RECOVERIES_DUE grant-1: recovered beyond what was ordered by 10000.00"
                + " after RECOVERY RCV-1");
  }

  @Test
  void anAppropriationOrRecoveredAccountGoingNegativeIsAViolation() {
    Account appropriation = Account.appropriation("2027");
    Account recovered = Account.ofGrant(AccountKind.RECOVERED, G1);
    LedgerTransaction backwards =
        new LedgerTransaction(
            "RELEASE",
            "bad",
            List.of(Posting.debit(appropriation, cny("10")), Posting.credit(recovered, cny("10"))));

    assertThat(Balances.violations(List.of(backwards)))
        .containsExactly(
            "APPROPRIATION 2027: negative by 10.00 after RELEASE bad",
            "RECOVERED grant-1: negative by 10.00 after RELEASE bad");
  }

  @Test
  void eachTransactionThatDeepensABreachIsReported() {
    List<LedgerTransaction> ledger =
        List.of(
            allocation(HVP, cny("100")),
            commitment(HVP, G1, cny("150")),
            commitment(HVP, G2, cny("10")));

    assertThat(Balances.violations(ledger))
        .containsExactly(
            "TRACK_BUDGET 2027/HVP: committed beyond its allocation by 50.00"
                + " after COMMITMENT grant-1",
            "TRACK_BUDGET 2027/HVP: committed beyond its allocation by 60.00"
                + " after COMMITMENT grant-2");
  }

  @Test
  void aMissingLedgerOrTransactionIsRefused() {
    List<LedgerTransaction> withNull = new ArrayList<>();
    withNull.add(allocation(HVP, cny("1")));
    withNull.add(null);

    assertThatThrownBy(() -> Balances.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transactions: is required");
    assertThatThrownBy(() -> Balances.violations(withNull))
        .hasMessage("transactions[1]: is required");
  }

  @Test
  void aGrantsScheduleCommitsWhatItCanEverPay() {
    List<PlannedTranche> gi = TrancheSchedule.forAward(Rules2027.giBrand(), cny("500000"));
    List<LedgerTransaction> ledger =
        List.of(
            allocation(GI, cny("1500000")),
            commitment(GI, G1, TrancheSchedule.committed(gi)),
            disbursement(G1, gi.get(0).amount(), "PAY-Y1"),
            disbursement(
                G1,
                EvaluatedTranche.releaseAfterEvaluation(gi.get(1), "TARGETS_MET", cny("800000")),
                "PAY-Y2"),
            release(GI, G1, cny("200000")));

    assertThat(Balances.violations(ledger)).isEmpty();
    assertThat(Balances.balance(ledger, Account.ofGrant(AccountKind.GRANT, G1)))
        .isEqualTo(cny("0.00"));
    assertThat(Balances.balance(ledger, Account.trackBudget(GI))).isEqualTo(cny("200000.00"));
  }
}
