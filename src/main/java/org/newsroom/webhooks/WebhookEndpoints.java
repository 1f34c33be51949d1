package org.newsroom.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints, for admins: register one (its secret is shown once), rotate its secret, turn it off and on,
 * delete it, send it a test, replay any of its deliveries, read its log. Every change is audited.
 *
 * <p>The secret is stored as it is, not hashed: it is a shared secret that signs every delivery, so the application
 * must be able to read it back (a hash could check a secret, never sign with it). With
 * {@code newsroom.webhooks.secret-key} set, it is stored encrypted ({@link SecretCipher}); without, who can read the
 * database can read the secrets, as they can read everything else the application keeps.
 */
@Service
public class WebhookEndpoints {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 500;
    /** The name the audit log and the log show for what the deliveries themselves did. */
    static final String DELIVERIES = "Webhook deliveries";

    private final JdbcClient jdbc;
    private final WebhookDeliveries deliveries;
    private final WebhookPayloads payloads;
    private final AuditLog audit;
    private final WebhookProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AddressPolicy addresses;
    private final SecretCipher cipher;

    WebhookEndpoints(
            JdbcClient jdbc,
            WebhookDeliveries deliveries,
            WebhookPayloads payloads,
            AuditLog audit,
            WebhookProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.addresses = new AddressPolicy(properties);
        this.cipher = new SecretCipher(properties);
    }

    /**
     * Registers an endpoint, on from now on, for the events that happen after this; refused with a message for the
     * form ({@link EndpointRefusedException}) when the URL is not one webhooks may call or nothing is chosen.
     */
    @Transactional
    public CreatedEndpoint create(NewEndpoint endpoint, Actor by) {
        String url = endpoint.url() == null ? "" : endpoint.url().strip();
        if (url.isEmpty()) {
            throw new EndpointRefusedException("Give the endpoint's URL, e.g. https://example.com/hooks/newsroom.");
        }
        if (url.length() > MAX_URL) {
            throw new EndpointRefusedException("The URL is longer than " + MAX_URL + " characters.");
        }
        addresses.refusal(url).ifPresent(reason -> {
            throw new EndpointRefusedException(reason);
        });
        if (endpoint.events() == null || endpoint.events().isEmpty()) {
            throw new EndpointRefusedException("Choose at least one event.");
        }
        String description =
                endpoint.description() == null ? "" : endpoint.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new EndpointRefusedException("The description is longer than " + MAX_DESCRIPTION + " characters.");
        }
        PayloadKind payload = endpoint.payload() == null ? PayloadKind.NINJS : endpoint.payload();
        String secret = WebhookSigner.newSecret();
        String[] types = endpoint.events().stream()
                .sorted(Comparator.naturalOrder())
                .map(WebhookEventType::wireName)
                .toArray(String[]::new);
        long id = jdbc.sql("""
                        insert into webhook_endpoints (url, description, event_types, payload, secret, created_by)
                        values (:url, :description, :types, :payload, :secret, :by)
                        returning id
                        """)
                .param("url", url)
                .param("description", description)
                .param("types", types)
                .param("payload", payload.name().toLowerCase(Locale.ROOT))
                .param("secret", cipher.seal(secret))
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.record(AuditEvent.of(AuditAction.WEBHOOK_CREATED)
                .by(by.id(), by.name())
                .subject(url)
                .detail(String.join(", ", types) + " (" + payload.name().toLowerCase(Locale.ROOT) + ")"));
        return new CreatedEndpoint(id, url, secret);
    }

    @Transactional(readOnly = true)
    public List<EndpointView> list() {
        return jdbc.sql(SELECT + " order by id").query(this::view).list();
    }

    @Transactional(readOnly = true)
    public Optional<EndpointView> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::view)
                .optional();
    }

    /**
     * A new secret, shown once; the one before keeps signing for {@code newsroom.webhooks.secret-overlap}, so that the
     * receiver can take the new one in its own time. Empty if there is no such endpoint.
     */
    @Transactional
    public Optional<CreatedEndpoint> rotateSecret(long id, Actor by) {
        String secret = WebhookSigner.newSecret();
        Optional<String> url = jdbc.sql("""
                        update webhook_endpoints
                        set previous_secret = secret, secret = :secret,
                            previous_secret_until = now() + make_interval(secs => :overlap)
                        where id = :id
                        returning url
                        """)
                .param("id", id)
                .param("secret", cipher.seal(secret))
                .param("overlap", (double) properties.secretOverlap().toSeconds())
                .query(String.class)
                .optional();
        url.ifPresent(u -> audit.record(AuditEvent.of(AuditAction.WEBHOOK_SECRET_ROTATED)
                .by(by.id(), by.name())
                .subject(u)
                .detail("The previous secret signs too until " + clock.instant().plus(properties.secretOverlap()))));
        return url.map(u -> new CreatedEndpoint(id, u, secret));
    }

    /** Turns an endpoint on or off; its waiting deliveries wait while it is off. {@code false} if there is none. */
    @Transactional
    public boolean setEnabled(long id, boolean enabled, Actor by) {
        Optional<String> url = jdbc.sql("""
                        update webhook_endpoints set enabled = :enabled, disabled_reason = null
                        where id = :id returning url
                        """)
                .param("id", id)
                .param("enabled", enabled)
                .query(String.class)
                .optional();
        url.ifPresent(
                u -> audit.record(AuditEvent.of(enabled ? AuditAction.WEBHOOK_ENABLED : AuditAction.WEBHOOK_DISABLED)
                        .by(by.id(), by.name())
                        .subject(u)));
        if (enabled && url.isPresent()) {
            events.publishEvent(new DeliveriesQueued());
        }
        return url.isPresent();
    }

    /** Deletes an endpoint and its log. {@code false} if there is none. */
    @Transactional
    public boolean delete(long id, Actor by) {
        Optional<String> url = jdbc.sql("delete from webhook_endpoints where id = :id returning url")
                .param("id", id)
                .query(String.class)
                .optional();
        url.ifPresent(u -> audit.record(AuditEvent.of(AuditAction.WEBHOOK_DELETED)
                .by(by.id(), by.name())
                .subject(u)));
        return url.isPresent();
    }

    /** Queues a {@code webhook.test} delivery to the endpoint; its id, or empty if there is no such endpoint. */
    @Transactional
    public Optional<Long> testSend(long id, Actor by) {
        Optional<EndpointView> endpoint = find(id);
        endpoint.ifPresent(e -> audit.record(AuditEvent.of(AuditAction.WEBHOOK_TEST_SENT)
                .by(by.id(), by.name())
                .subject(e.url())));
        return endpoint.map(e -> queue(new WebhookDeliveries.NewDelivery(
                id,
                "msg_test_" + UUID.randomUUID().toString().replace("-", ""),
                WebhookEventType.WEBHOOK_TEST.wireName(),
                null,
                payloads.test(clock.instant(), id))));
    }

    /**
     * Sends a delivery again, as a new delivery with the same message id and body (a receiver that saw it already can
     * tell); its id, or empty if the endpoint has no such delivery.
     */
    @Transactional
    public Optional<Long> replay(long endpointId, long deliveryId, Actor by) {
        Optional<WebhookDeliveries.NewDelivery> original = deliveries.find(endpointId, deliveryId);
        original.ifPresent(d -> audit.record(AuditEvent.of(AuditAction.WEBHOOK_REPLAYED)
                .by(by.id(), by.name())
                .subject(find(endpointId).map(EndpointView::url).orElse(""))
                .detail(d.eventType() + " " + d.messageId())));
        return original.map(this::queue);
    }

    @Transactional(readOnly = true)
    public DeliveryPage deliveries(long endpointId, Long olderThan) {
        return deliveries.page(endpointId, olderThan);
    }

    /** The receiver answered 410 Gone: it asks for no more, so the endpoint is turned off, saying why. */
    @Transactional
    void disableGone(long id, Instant when) {
        Optional<String> url = jdbc.sql("""
                        update webhook_endpoints set enabled = false, disabled_reason = :reason
                        where id = :id and enabled returning url
                        """)
                .param("id", id)
                .param("reason", "The receiver answered 410 Gone at " + when + ", so deliveries stopped.")
                .query(String.class)
                .optional();
        url.ifPresent(u -> audit.record(AuditEvent.of(AuditAction.WEBHOOK_DISABLED)
                .by(null, DELIVERIES)
                .subject(u)
                .detail("The receiver answered 410 Gone")));
    }

    private long queue(WebhookDeliveries.NewDelivery delivery) {
        long id = deliveries.insert(delivery);
        events.publishEvent(new DeliveriesQueued());
        return id;
    }

    private static final String SELECT = """
            select id, url, description, event_types, payload, enabled, disabled_reason, created_at,
                   case when previous_secret_until > now() then previous_secret_until end as previous_until
            from webhook_endpoints
            """;

    private EndpointView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EndpointView(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("description"),
                WebhookDeliveries.texts(rs.getArray("event_types")).stream()
                        .map(type -> WebhookEventType.of(type).orElseThrow())
                        .toList(),
                PayloadKind.valueOf(rs.getString("payload").toUpperCase(Locale.ROOT)),
                rs.getBoolean("enabled"),
                rs.getString("disabled_reason"),
                WebhookDeliveries.instant(rs, "created_at"),
                WebhookDeliveries.instant(rs, "previous_until"));
    }
}
