-- The data-IP securitisation subsidy, guide 2.2: a product is one product whoever files for it,
-- a claim that will not be paid is refused and frees its reservation at once, and a claim is
-- paid only after a finance officer has confirmed, with evidence, that its product ran to its end
-- without overdue payment or default.

-- One row per securitisation product, keyed by its code (trimmed, upper case). Its issuance
-- amount and dates are those of its live (not voided) claims: the first claim sets them, every
-- later claim must declare the same, and once every claim of the product is voided the next claim
-- may set them afresh. subsidy is the rule's rate of the issuance amount (4%): what all the
-- product's claims together may ever be granted (按照其实际融资额占该只产品发行规模的相应比例).
create table securitisation_product (
    product_key     text primary key check (product_key = upper(btrim(product_key))
                                            and length(product_key) between 1 and 64),
    issuance_amount numeric(16, 2) not null check (issuance_amount > 0),
    issue_date      date           not null,
    end_date        date           not null,
    subsidy         numeric(14, 2) not null check (subsidy >= 0),
    check (end_date > issue_date)
);

insert into securitisation_product (product_key, issuance_amount, issue_date, end_date, subsidy)
select distinct on (upper(btrim(c.product_code)))
       upper(btrim(c.product_code)), c.issuance_amount, c.issue_date, c.end_date,
       round(c.issuance_amount * 0.04, 2)
from securitisation_claim c
order by upper(btrim(c.product_code)), c.filed_at;

alter table securitisation_claim add column product_key text references securitisation_product;
update securitisation_claim set product_key = upper(btrim(product_code));
alter table securitisation_claim alter column product_key set not null;
create index securitisation_claim_by_product on securitisation_claim (product_key);
create unique index securitisation_claim_once_per_product_key
    on securitisation_claim (organisation_id, product_key) where status <> 'VOIDED';

-- Where the enterprise said it is registered, as applicant-service showed it at filing (null for
-- claims filed before it was recorded).
alter table securitisation_claim add column region text;

-- A claim that will not be paid: REFUSED, with its ground and reason, reserving nothing.
alter table securitisation_claim drop constraint securitisation_claim_status_check;
alter table securitisation_claim add constraint securitisation_claim_status_check
    check (status in ('RESERVED', 'RESERVED_PARTIAL', 'QUEUED', 'VOIDED', 'REFUSED', 'PAID'));
alter table securitisation_claim add column refusal_ground text
    check (refusal_ground in ('DEFAULT', 'OVERDUE', 'CREDIT_RECORD', 'QUALIFICATION_WITHDRAWN',
                              'NOT_REGISTERED_IN_GUIZHOU'));
alter table securitisation_claim add column refusal_reason text;
alter table securitisation_claim add column released_amount numeric(14, 2)
    check (released_amount >= 0);
alter table securitisation_claim add column refused_by text;
alter table securitisation_claim add column refused_at timestamptz;
alter table securitisation_claim add constraint securitisation_claim_refusal_complete
    check ((status = 'REFUSED') = (refusal_ground is not null)
           and (refusal_ground is null
                or (length(btrim(refusal_reason)) > 0 and released_amount is not null
                    and refused_by is not null and refused_at is not null)));
alter table securitisation_claim add constraint securitisation_claim_refused_reserves_nothing
    check (status <> 'REFUSED' or reserved_amount = 0);

-- A product's claims never declare more financing than its issuance, never carry another
-- issuance amount or other dates, and are never granted together more than the product's
-- subsidy, checked when the transaction commits, whatever wrote the rows.
create function securitisation_within_product() returns trigger language plpgsql as $$
declare
    product   securitisation_product%rowtype;
    financing numeric;
    subsidies numeric;
begin
    select * into product from securitisation_product p where p.product_key = new.product_key;
    if new.status <> 'VOIDED' and (new.issuance_amount <> product.issuance_amount
                                   or new.issue_date <> product.issue_date
                                   or new.end_date <> product.end_date) then
        raise exception 'securitisation claim % declares product % otherwise than its other claims',
            new.id, new.product_key using errcode = '23514';
    end if;
    select coalesce(sum(c.financing_amount), 0), coalesce(sum(c.uncapped_subsidy), 0)
    into financing, subsidies
    from securitisation_claim c where c.product_key = new.product_key and c.status <> 'VOIDED';
    if financing > product.issuance_amount then
        raise exception 'securitisation claims of product % declare financing % beyond its issuance %',
            new.product_key, financing, product.issuance_amount using errcode = '23514';
    end if;
    if subsidies > product.subsidy then
        raise exception 'securitisation claims of product % are granted % beyond its subsidy %',
            new.product_key, subsidies, product.subsidy using errcode = '23514';
    end if;
    return null;
end;
$$;

create constraint trigger securitisation_claims_within_product
    after insert or update on securitisation_claim
    deferrable initially deferred for each row execute function securitisation_within_product();

-- A finance officer's confirmation that the claim's product ran to its end without overdue
-- payment or default, with its evidence (e.g. the trustee's final report, the repayment
-- vouchers); a claim is paid only once it is confirmed. Never changed.
create table securitisation_completion (
    claim_id     uuid primary key references securitisation_claim (id),
    ended_on     date        not null,
    note         text        not null check (length(btrim(note)) > 0),
    filename     text        not null,
    content_type text        not null,
    size         bigint      not null check (size > 0),
    sha256       char(64)    not null,
    content      bytea       not null,
    confirmed_by text        not null,
    confirmed_at timestamptz not null
);
create trigger securitisation_completion_append_only
    before update or delete on securitisation_completion
    for each row execute function payment_is_append_only();
