-- Orders of a deleted account are kept for the tax law's retention period, detached from the account and blocked
-- (src/docs/orders.md, "Data export and deletion"): null while the order belongs to a live account or a guest.
alter table shop_customer_order add column blocked_until date;
