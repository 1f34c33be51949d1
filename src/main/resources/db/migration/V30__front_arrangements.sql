-- The curated front page and the section fronts (the frontpage module's tables). A front is named by its key:
-- 'front' for the front page, 'section:<id>' for a section's front. Each arrangement that went out (or is to go out
-- at a set time) is a revision of its own, never changed afterwards except to record when it went out; a front's live
-- arrangement is the revision it points at. The working copy is what editors arrange before they publish it.
--
-- No foreign keys to the stories, sections or images: a revision is a record of what was chosen, which outlives what
-- it names (a story chosen then and deleted since is simply no longer shown, and its slot refills).

create table front_revisions (
    id              bigint generated always as identity primary key,
    front_key       varchar(40)  not null,
    created_at      timestamptz  not null,
    created_by      bigint,
    created_by_name varchar(254) not null,
    -- a scheduled arrangement goes out at this time; null for one published at once
    scheduled_for   timestamptz,
    -- when it went out; null while it waits for its time, or if it never went out (cancelled)
    published_at    timestamptz,
    cancelled_at    timestamptz,
    schedule_error  varchar(500),
    restored_from   bigint references front_revisions (id),
    constraint front_revisions_key_known check (front_key = 'front' or front_key ~ '^section:[0-9]+$')
);

create index front_revisions_front_idx on front_revisions (front_key, id desc);
-- What the scheduler looks for: arrangements waiting for their time.
create index front_revisions_due_idx on front_revisions (scheduled_for)
    where published_at is null and cancelled_at is null and scheduled_for is not null;

-- The slots of a revision, in order: position 0 is the lead, then the top stories. A slot may give the story another
-- headline, deck or picture on the front only.
create table front_revision_slots (
    revision_id bigint       not null references front_revisions (id),
    position    smallint     not null,
    article_id  bigint       not null,
    headline    varchar(300),
    deck        varchar(600),
    image_id    bigint,
    primary key (revision_id, position)
);

-- One row per front that editors have touched: its live revision and who last changed its working copy.
create table fronts (
    front_key        varchar(40)  primary key,
    live_revision_id bigint references front_revisions (id),
    modified_at      timestamptz  not null,
    modified_by_name varchar(254)
);

-- The working copy's slots, as front_revision_slots.
create table front_working_slots (
    front_key  varchar(40)  not null references fronts (front_key),
    position   smallint     not null,
    article_id bigint       not null,
    headline   varchar(300),
    deck       varchar(600),
    image_id   bigint,
    primary key (front_key, position)
);
