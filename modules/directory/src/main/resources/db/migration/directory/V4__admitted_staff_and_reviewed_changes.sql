-- Staff links give the MERCHANT role only once the business is admitted (core V7 gave links a state; the
-- core migrates before the modules). Links of businesses not admitted before this version wait again.
update staff_link set state = 'PENDING'
where business_id in (select id from directory_business where status in ('PENDING', 'INFO_REQUESTED', 'REJECTED'));

-- A name or address change of an admitted business waits for the operator; the profile keeps its approved data.
alter table directory_business
    add column proposed_name        varchar(160),
    add column proposed_street      varchar(160),
    add column proposed_postal_code varchar(5),
    add column proposed_city        varchar(80),
    add column change_proposed_at   timestamptz;
create index directory_business_change_waiting on directory_business (change_proposed_at) where change_proposed_at is not null;

alter table directory_review_event drop constraint directory_review_event_action_check;
alter table directory_review_event add constraint directory_review_event_action_check
    check (action in ('APPLIED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'INFO_REQUESTED', 'HIDDEN', 'SHOWN',
                      'CHANGE_PROPOSED', 'CHANGE_APPROVED', 'CHANGE_REJECTED'));

-- invitations of the last day are counted per business (at most ten a day)
create index directory_invitation_business_created on directory_invitation (business_id, created_at);
