-- Webhooks (module webhooks): the endpoints admins register, the deliveries made for them, and the one cursor of the
-- fan-out from the changes feed (change_events, read through distribution's ChangeFeed).
--
-- An endpoint's secret is a shared secret, used to sign every delivery, not a password to check, so it cannot be kept
-- as a hash: it is kept as it was given (whsec_<base64>), or, with newsroom.webhooks.secret-key set, encrypted
-- (enc:v1:<base64 of the AES-GCM nonce and ciphertext>), the key outside the database. During a rotation the previous
-- secret keeps signing until previous_secret_until. The event types are those of WebhookEventType (the Java list the admin form shows).
create table webhook_endpoints (
    id                    bigint generated always as identity primary key,
    url                   varchar(2000) not null,
    description           varchar(500)  not null default '',
    event_types           text[]        not null,
    payload               varchar(10)   not null,
    secret                varchar(200)  not null,
    previous_secret       varchar(200),
    previous_secret_until timestamptz,
    enabled               boolean       not null default true,
    disabled_reason       varchar(500),
    created_at            timestamptz   not null default now(),
    created_by            bigint,
    constraint webhook_endpoints_payload_known check (payload in ('ninjs', 'thin')),
    constraint webhook_endpoints_events_some check (cardinality(event_types) > 0),
    constraint webhook_endpoints_events_known check (event_types <@ array[
        'article.published', 'article.republished', 'article.updated', 'article.revised', 'article.corrected',
        'article.unpublished', 'section.renamed', 'tag.renamed', 'image.changed',
        'live_entry.published', 'live_entry.updated', 'live_entry.deleted', 'webhook.test']::text[])
);

-- One row per message to one endpoint. event_key is the change's place in the feed (<txid>-<id>): unique per
-- endpoint, so that the fan-out can never make the same delivery twice; replays and test sends have none.
-- A delivery being sent is 'sending' with a lease: if its instance dies, another takes it once the lease is over.
create table webhook_deliveries (
    id               bigint generated always as identity primary key,
    endpoint_id      bigint       not null references webhook_endpoints (id) on delete cascade,
    message_id       varchar(80)  not null,
    event_type       varchar(40)  not null,
    event_key        varchar(60),
    payload          text         not null,
    status           varchar(12)  not null default 'pending',
    attempts         int          not null default 0,
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    last_attempt_at  timestamptz,
    last_duration_ms int,
    last_status_code int,
    last_error       varchar(500),
    created_at       timestamptz  not null default now(),
    constraint webhook_deliveries_status_known check (status in ('pending', 'sending', 'succeeded', 'failed')),
    constraint webhook_deliveries_once unique (endpoint_id, event_key)
);

create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status in ('pending', 'sending');
create index webhook_deliveries_log_idx on webhook_deliveries (endpoint_id, id desc);

-- How far the fan-out has read the changes feed: one row, advanced under its row lock in the transaction that inserts
-- the deliveries, so that two instances never fan the same events out twice.
create table webhook_feed_cursor (
    id       int    primary key,
    txid     bigint not null,
    event_id bigint not null,
    constraint webhook_feed_cursor_one check (id = 1)
);
insert into webhook_feed_cursor (id, txid, event_id) values (1, 0, 0);
