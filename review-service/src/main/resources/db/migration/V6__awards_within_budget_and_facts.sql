-- What each award commits against its track's budget (the amount, or for a rolling or staged rule
-- the most the project can receive), and the decision it was made in.
alter table award_decision add column committed numeric(16, 2);
update award_decision set committed = amount;
alter table award_decision alter column committed set not null;
alter table award_decision add column decision_id uuid;

-- Self-declared facts that decide eligibility are formal-check items of their own kind, with the
-- value declared and the documents that evidence it.
alter table formal_check_item drop constraint formal_check_item_item_kind_check;
alter table formal_check_item add constraint formal_check_item_item_kind_check
    check (item_kind in ('CRITERION', 'MATERIAL', 'FACT'));
alter table formal_check_item add column declared_value text;
alter table formal_check_item add column evidence jsonb;
