package cn.gov.guizhou.ipp.funding.ledger;

import cn.gov.guizhou.ipp.funding.rules.Account;
import cn.gov.guizhou.ipp.funding.rules.AccountKind;
import cn.gov.guizhou.ipp.funding.rules.LedgerTransaction;
import cn.gov.guizhou.ipp.funding.rules.Posting;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes balanced transactions to the ledger and reads balances. The database refuses, at commit, a
 * transaction that does not balance or that would take an account below zero on its normal side,
 * and refuses any change to what is written.
 */
@Repository
public class LedgerRepository {

  private final JdbcClient jdbc;

  public LedgerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes a transaction, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID record(LedgerTransaction transaction, OffsetDateTime at) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into ledger_transaction (id, kind, reference, occurred_at)
            values (:id, :kind, :reference, :at)
            """)
        .param("id", id)
        .param("kind", transaction.kind())
        .param("reference", transaction.reference())
        .param("at", at)
        .update();
    for (Posting posting : transaction.postings()) {
      jdbc.sql(
              """
              insert into ledger_posting (transaction_id, account_kind, account_key, debit, credit)
              values (:transaction, :kind, :key, :debit, :credit)
              """)
          .param("transaction", id)
          .param("kind", posting.account().kind().name())
          .param("key", posting.account().key())
          .param("debit", posting.debit())
          .param("credit", posting.credit())
          .update();
    }
    return id;
  }

  /** An account's balance on its normal side. */
  public BigDecimal balance(Account account) {
    return jdbc.sql(
            """
            select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) from ledger_posting
            where account_kind = :kind and account_key = :key
            """)
        .param("kind", account.kind().name())
        .param("key", account.key())
        .query(BigDecimal.class)
        .single()
        .multiply(account.kind().creditNormal() ? BigDecimal.ONE.negate() : BigDecimal.ONE)
        .setScale(2);
  }

  /** Every transaction, in the order written: for checking the ledger's invariants. */
  public List<LedgerTransaction> all() {
    Map<UUID, List<Posting>> postings = new LinkedHashMap<>();
    Map<UUID, String[]> headers = new LinkedHashMap<>();
    jdbc.sql(
            """
            select t.id, t.kind, t.reference, p.account_kind, p.account_key, p.debit, p.credit
            from ledger_transaction t join ledger_posting p on p.transaction_id = t.id
            order by t.occurred_at, t.id, p.id
            """)
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              headers.putIfAbsent(
                  id, new String[] {rs.getString("kind"), rs.getString("reference")});
              postings
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new Posting(
                          new Account(
                              AccountKind.valueOf(rs.getString("account_kind")),
                              rs.getString("account_key")),
                          rs.getBigDecimal("debit"),
                          rs.getBigDecimal("credit")));
            });
    List<LedgerTransaction> all = new ArrayList<>();
    headers.forEach(
        (id, header) -> all.add(new LedgerTransaction(header[0], header[1], postings.get(id))));
    return all;
  }
}
