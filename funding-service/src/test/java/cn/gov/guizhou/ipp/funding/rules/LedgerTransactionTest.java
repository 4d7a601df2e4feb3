package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTransactionTest {

  private static final String HVP = "2027/HVP";
  private static final String GRANT = "6f1d2c3b-0000-4000-8000-000000000001";

  private static final Account HVP_BUDGET = Account.trackBudget(HVP);
  private static final Account APPROPRIATION_2027 = Account.appropriation("2027");

  private static Account of(AccountKind kind) {
    return Account.ofGrant(kind, GRANT);
  }

  @Test
  void anAllocationMovesTheCallsAppropriationIntoTheTrackBudget() {
    LedgerTransaction t = LedgerTransaction.allocation(HVP, cny("5000000"));

    assertThat(t.kind()).isEqualTo("ALLOCATION");
    assertThat(t.reference()).isEqualTo(HVP);
    assertThat(t.postings())
        .containsExactly(
            new Posting(HVP_BUDGET, cny("5000000.00"), cny("0.00")),
            new Posting(APPROPRIATION_2027, cny("0.00"), cny("5000000.00")));
    assertThat(t.total()).isEqualTo(cny("5000000.00"));
  }

  @Test
  void aCommitmentMovesTrackBudgetIntoTheGrant() {
    LedgerTransaction t = LedgerTransaction.commitment(HVP, GRANT, cny("500000"));

    assertThat(t.kind()).isEqualTo("COMMITMENT");
    assertThat(t.reference()).isEqualTo(GRANT);
    assertThat(t.postings())
        .containsExactly(
            Posting.debit(of(AccountKind.GRANT), cny("500000")),
            Posting.credit(HVP_BUDGET, cny("500000")));
  }

  @Test
  void aDisbursementMovesTheGrantIntoDisbursedWithThePaymentReference() {
    LedgerTransaction t = LedgerTransaction.disbursement(GRANT, cny("500000"), "PAY-2027-0001");

    assertThat(t.kind()).isEqualTo("DISBURSEMENT");
    assertThat(t.reference()).isEqualTo("PAY-2027-0001");
    assertThat(t.postings())
        .containsExactly(
            Posting.debit(of(AccountKind.DISBURSED), cny("500000")),
            Posting.credit(of(AccountKind.GRANT), cny("500000")));
  }

  @Test
  void aReleaseReturnsAnUnusedCommitmentToTheTrackBudget() {
    LedgerTransaction t = LedgerTransaction.release(HVP, GRANT, cny("500000"));

    assertThat(t.kind()).isEqualTo("RELEASE");
    assertThat(t.reference()).isEqualTo(GRANT);
    assertThat(t.postings())
        .containsExactly(
            Posting.debit(HVP_BUDGET, cny("500000")),
            Posting.credit(of(AccountKind.GRANT), cny("500000")));
  }

  @Test
  void aRecoveryOrderMovesPaidFundsIntoRecoveriesDue() {
    LedgerTransaction t = LedgerTransaction.recoveryOrder(GRANT, cny("37499.50"));

    assertThat(t.kind()).isEqualTo("RECOVERY_ORDER");
    assertThat(t.reference()).isEqualTo(GRANT);
    assertThat(t.postings())
        .containsExactly(
            Posting.debit(of(AccountKind.RECOVERIES_DUE), cny("37499.50")),
            Posting.credit(of(AccountKind.DISBURSED), cny("37499.50")));
  }

  @Test
  void aRecoveryMovesRecoveriesDueIntoRecovered() {
    LedgerTransaction byGrant = LedgerTransaction.recovery(GRANT, cny("10000"));
    LedgerTransaction byReference = LedgerTransaction.recovery(GRANT, cny("10000"), "RCV-9");

    assertThat(byGrant.kind()).isEqualTo("RECOVERY");
    assertThat(byGrant.reference()).isEqualTo(GRANT);
    assertThat(byReference.reference()).isEqualTo("RCV-9");
    assertThat(byGrant.postings())
        .containsExactly(
            Posting.debit(of(AccountKind.RECOVERED), cny("10000")),
            Posting.credit(of(AccountKind.RECOVERIES_DUE), cny("10000")))
        .isEqualTo(byReference.postings());
  }

  @Test
  void factoriesRefuseBadKeysAndAmounts() {
    assertThatThrownBy(() -> LedgerTransaction.allocation("HVP", cny("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trackKey: must be <year>/<track code>, e.g. 2027/HVP, was HVP");
    assertThatThrownBy(() -> LedgerTransaction.allocation(null, cny("1")))
        .hasMessageStartingWith("trackKey: ");
    assertThatThrownBy(() -> LedgerTransaction.commitment("2027/hvp", GRANT, cny("1")))
        .hasMessageStartingWith("trackKey: ");
    assertThatThrownBy(() -> LedgerTransaction.commitment(HVP, " ", cny("1")))
        .hasMessage("grantId: is required, without surrounding spaces");
    assertThatThrownBy(() -> LedgerTransaction.release(HVP, null, cny("1")))
        .hasMessageStartingWith("grantId: ");
    assertThatThrownBy(() -> LedgerTransaction.disbursement(GRANT, cny("0"), "PAY-1"))
        .hasMessage("amount: must be greater than zero");
    assertThatThrownBy(() -> LedgerTransaction.disbursement(GRANT, cny("1"), ""))
        .hasMessage("reference: is required");
    assertThatThrownBy(() -> LedgerTransaction.recoveryOrder(GRANT, cny("-5")))
        .hasMessage("amount: must not be negative");
    assertThatThrownBy(() -> LedgerTransaction.recovery(GRANT, cny("0.001")))
        .hasMessage("amount: has more than two decimals");
    assertThatThrownBy(() -> LedgerTransaction.recovery(GRANT, null, "RCV-1"))
        .hasMessage("amount: is required");
  }

  @Test
  void aTransactionWhoseDebitsDoNotEqualItsCreditsIsRefused() {
    List<Posting> unbalanced =
        List.of(
            Posting.debit(HVP_BUDGET, cny("100")), Posting.credit(APPROPRIATION_2027, cny("90")));

    assertThatThrownBy(() -> new LedgerTransaction("ALLOCATION", HVP, unbalanced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postings: debits 100.00 do not equal credits 90.00");
  }

  @Test
  void aTransactionNeedsAtLeastTwoPostings() {
    assertThatThrownBy(
            () ->
                new LedgerTransaction(
                    "ALLOCATION", HVP, List.of(Posting.debit(HVP_BUDGET, cny("1")))))
        .hasMessage("postings: at least two are required");
    assertThatThrownBy(() -> new LedgerTransaction("ALLOCATION", HVP, null))
        .hasMessage("postings: are required");
    List<Posting> withNull = new ArrayList<>();
    withNull.add(Posting.debit(HVP_BUDGET, cny("1")));
    withNull.add(null);
    assertThatThrownBy(() -> new LedgerTransaction("ALLOCATION", HVP, withNull))
        .hasMessage("postings[1]: is required");
  }

  @Test
  void aCompoundTransactionBalancesOverAllItsPostings() {
    LedgerTransaction t =
        new LedgerTransaction(
            "ALLOCATION",
            "2027",
            List.of(
                Posting.debit(Account.trackBudget("2027/HVP"), cny("300")),
                Posting.debit(Account.trackBudget("2027/GI-BRAND"), cny("200")),
                Posting.credit(APPROPRIATION_2027, cny("500"))));

    assertThat(t.total()).isEqualTo(cny("500.00"));
  }

  @Test
  void aTransactionNeedsAKnownKindAndAReference() {
    List<Posting> balanced =
        List.of(Posting.debit(HVP_BUDGET, cny("1")), Posting.credit(APPROPRIATION_2027, cny("1")));

    assertThatThrownBy(() -> new LedgerTransaction("GIFT", HVP, balanced))
        .hasMessage(
            "kind: must be one of [ALLOCATION, COMMITMENT, DISBURSEMENT, RECOVERY_ORDER,"
                + " RECOVERY, RELEASE], was GIFT");
    assertThatThrownBy(() -> new LedgerTransaction(null, HVP, balanced))
        .hasMessageStartingWith("kind: ");
    assertThatThrownBy(() -> new LedgerTransaction("ALLOCATION", null, balanced))
        .hasMessage("reference: is required");
  }

  @Test
  void thePostingsCannotBeChangedAfterwards() {
    List<Posting> postings = new ArrayList<>();
    postings.add(Posting.debit(HVP_BUDGET, cny("1")));
    postings.add(Posting.credit(APPROPRIATION_2027, cny("1")));
    LedgerTransaction t = new LedgerTransaction("ALLOCATION", HVP, postings);
    postings.clear();

    assertThat(t.postings()).hasSize(2);
    assertThatThrownBy(() -> t.postings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aPostingHasExactlyOnePositiveSideWithTwoDecimals() {
    Posting debit = new Posting(HVP_BUDGET, cny("1.5"), BigDecimal.ZERO);

    assertThat(debit.debit()).isEqualTo(cny("1.50"));
    assertThat(debit.credit()).isEqualTo(cny("0.00"));
    assertThatThrownBy(() -> new Posting(HVP_BUDGET, cny("0"), cny("0")))
        .hasMessage("debit: one of debit and credit must be positive");
    assertThatThrownBy(() -> new Posting(HVP_BUDGET, cny("1"), cny("1")))
        .hasMessage("credit: must be zero when debit is positive");
    assertThatThrownBy(() -> new Posting(HVP_BUDGET, cny("-1"), cny("2")))
        .hasMessage("debit: must not be negative");
    assertThatThrownBy(() -> new Posting(HVP_BUDGET, cny("1"), null))
        .hasMessage("credit: is required");
    assertThatThrownBy(() -> new Posting(HVP_BUDGET, cny("0.001"), cny("0")))
        .hasMessage("debit: has more than two decimals");
    assertThatThrownBy(() -> new Posting(null, cny("1"), cny("0")))
        .hasMessage("account: is required");
    assertThatThrownBy(() -> Posting.credit(HVP_BUDGET, cny("0")))
        .hasMessage("amount: must be greater than zero");
  }

  @Test
  void aPostingsEffectIsReadOnItsAccountsNormalSide() {
    assertThat(Posting.debit(HVP_BUDGET, cny("5")).effect()).isEqualTo(cny("5.00"));
    assertThat(Posting.credit(HVP_BUDGET, cny("5")).effect()).isEqualTo(cny("-5.00"));
    assertThat(Posting.credit(APPROPRIATION_2027, cny("5")).effect()).isEqualTo(cny("5.00"));
    assertThat(Posting.debit(APPROPRIATION_2027, cny("5")).effect()).isEqualTo(cny("-5.00"));
  }

  @Test
  void accountsAreKeyedByYearTrackOrGrant() {
    assertThat(Account.trackBudget("2027/DATA-IP-SECURITISATION").toString())
        .isEqualTo("TRACK_BUDGET 2027/DATA-IP-SECURITISATION");
    assertThat(AccountKind.APPROPRIATION.creditNormal()).isTrue();
    assertThat(AccountKind.GRANT.creditNormal()).isFalse();
    assertThatThrownBy(() -> new Account(null, "2027"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind: is required");
    assertThatThrownBy(() -> new Account(AccountKind.GRANT, " ")).hasMessage("key: is required");
    assertThatThrownBy(() -> new Account(AccountKind.GRANT, " g1"))
        .hasMessage("key: must not start or end with spaces");
    assertThatThrownBy(() -> Account.appropriation("2027/HVP"))
        .hasMessage("key: an appropriation is keyed by its call year, e.g. 2027");
    assertThatThrownBy(() -> Account.trackBudget("2027"))
        .hasMessage("key: a track budget is keyed <year>/<track code>, e.g. 2027/HVP");
    assertThatThrownBy(() -> Account.ofGrant(AccountKind.TRACK_BUDGET, GRANT))
        .hasMessage("kind: TRACK_BUDGET is not an account of a grant");
  }
}
