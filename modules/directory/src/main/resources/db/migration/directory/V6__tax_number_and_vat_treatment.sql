-- The tax number (Steuernummer) beside the VAT id, and whether the business charges VAT at all (#15): a small
-- business under § 19 UStG does not, and its prices and invoices say so. Invoices need one of the two numbers.
alter table directory_business
    add column tax_number    varchar(20) not null default '',
    add column vat_treatment varchar(20) not null default 'REGULAR'
        constraint directory_business_vat_treatment check (vat_treatment in ('REGULAR', 'SMALL_BUSINESS'));
