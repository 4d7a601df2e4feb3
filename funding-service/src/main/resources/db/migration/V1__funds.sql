-- The calls' tracks as program-service published them: funding rule and budget in force.
create table funding_track (
    call_year    integer     not null,
    track_code   text        not null,
    rule_version integer     not null,
    funding_rule jsonb       not null,
    budget       numeric(14, 2) check (budget >= 0),
    published_at timestamptz not null,
    primary key (call_year, track_code)
);

-- A double-entry ledger: every movement of money is one transaction of balanced postings. Nothing
-- written is ever changed; a correction is a new transaction.
create table ledger_transaction (
    id          uuid primary key,
    kind        text        not null check (kind in ('ALLOCATION', 'COMMITMENT', 'DISBURSEMENT',
                                                     'RECOVERY_ORDER', 'RECOVERY', 'RELEASE')),
    reference   text        not null,
    occurred_at timestamptz not null
);

create table ledger_posting (
    id             bigint generated always as identity primary key,
    transaction_id uuid           not null references ledger_transaction (id),
    account_kind   text           not null,
    account_key    text           not null,
    debit          numeric(14, 2) not null check (debit >= 0),
    credit         numeric(14, 2) not null check (credit >= 0),
    check ((debit > 0 and credit = 0) or (credit > 0 and debit = 0))
);

create index ledger_posting_by_account on ledger_posting (account_kind, account_key);
create index ledger_posting_by_transaction on ledger_posting (transaction_id);

-- Debits equal credits in every transaction, checked when the transaction commits.
create function ledger_transaction_balances() returns trigger language plpgsql as $$
declare
    unbalanced numeric;
begin
    select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) into unbalanced
    from ledger_posting where transaction_id = new.transaction_id;
    if unbalanced <> 0 then
        raise exception 'ledger transaction % does not balance (debits - credits = %)',
            new.transaction_id, unbalanced using errcode = '23514';
    end if;
    return null;
end;
$$;

create constraint trigger ledger_balanced after insert on ledger_posting
    deferrable initially deferred for each row execute function ledger_transaction_balances();

-- Written once, never changed.
create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = '42501';
end;
$$;

create trigger ledger_transaction_append_only before update or delete on ledger_transaction
    for each row execute function ledger_is_append_only();
create trigger ledger_posting_append_only before update or delete on ledger_posting
    for each row execute function ledger_is_append_only();
create trigger ledger_transaction_no_truncate before truncate on ledger_transaction
    for each statement execute function ledger_is_append_only();
create trigger ledger_posting_no_truncate before truncate on ledger_posting
    for each statement execute function ledger_is_append_only();

-- No account's balance, read on its normal side, is ever negative: a track commits nothing beyond
-- its budget, a grant pays nothing beyond its commitment, nothing is recovered beyond what was
-- ordered. APPROPRIATION is credit-normal, every other account debit-normal.
create function ledger_account_not_negative() returns trigger language plpgsql as $$
declare
    balance numeric;
begin
    select case when new.account_kind = 'APPROPRIATION'
                then coalesce(sum(credit), 0) - coalesce(sum(debit), 0)
                else coalesce(sum(debit), 0) - coalesce(sum(credit), 0) end
      into balance
    from ledger_posting
    where account_kind = new.account_kind and account_key = new.account_key;
    if balance < 0 then
        raise exception 'ledger account % % would be negative (%)',
            new.account_kind, new.account_key, balance using errcode = '23514';
    end if;
    return null;
end;
$$;

create constraint trigger ledger_accounts_not_negative after insert on ledger_posting
    deferrable initially deferred for each row execute function ledger_account_not_negative();
