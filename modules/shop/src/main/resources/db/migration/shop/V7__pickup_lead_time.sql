-- How long before a pick-up the merchant needs to prepare an order: slots start no earlier than now plus this.
alter table shop_delivery_settings
    add column pickup_lead_minutes integer not null default 120
        check (pickup_lead_minutes between 0 and 10080);
