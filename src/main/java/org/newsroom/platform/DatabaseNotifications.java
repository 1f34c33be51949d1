package org.newsroom.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The instance's one connection that {@code LISTEN}s to PostgreSQL's notifications, for every
 * {@link NotificationSubscriber}: the page cache's changes of content, the scheduler's changes of schedule.
 *
 * <p>It is opened straight to PostgreSQL when {@code newsroom.database.listen-url} is set, as it must be when the pool
 * goes through PgBouncer in transaction mode: there a {@code LISTEN} would stay on whichever server connection ran
 * it, and its notifications would never come back to this client. Without that setting it is one connection of the
 * pool, held for good. A lost connection is opened again a second later, and the subscribers are told
 * ({@link NotificationSubscriber#listening()}), since notifications may have been missed meanwhile.
 */
@Component
public class DatabaseNotifications extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);

    private final DataSource dataSource;
    private final NewsroomProperties.Database settings;
    private final ObjectProvider<NotificationSubscriber> subscriberBeans;
    private volatile List<NotificationSubscriber> subscribers = List.of();

    DatabaseNotifications(
            DataSource dataSource,
            NewsroomProperties properties,
            ObjectProvider<NotificationSubscriber> subscriberBeans) {
        super("database-notifications");
        this.dataSource = dataSource;
        this.settings = properties.database();
        this.subscriberBeans = subscriberBeans;
    }

    /** Whether the connection goes straight to PostgreSQL rather than through the pool. */
    public boolean direct() {
        return settings.listenUrl() != null && !settings.listenUrl().isBlank();
    }

    @Override
    public void start() {
        subscribers = subscriberBeans.orderedStream().toList();
        super.start();
    }

    @Override
    protected void loop() {
        Set<String> channels = new TreeSet<>();
        subscribers.forEach(subscriber -> channels.add(subscriber.channel()));
        while (isRunning()) {
            try (Connection connection = open()) {
                try (Statement statement = connection.createStatement()) {
                    for (String channel : channels) {
                        statement.execute("LISTEN " + quoted(channel));
                    }
                }
                subscribers.forEach(NotificationSubscriber::listening);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (isRunning()) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification);
                        }
                    }
                }
            } catch (Exception e) {
                if (!isRunning()) {
                    return;
                }
                log.warn("Lost the database's notifications; listening again in a second: {}", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void dispatch(PGNotification notification) {
        for (NotificationSubscriber subscriber : subscribers) {
            if (subscriber.channel().equals(notification.getName())) {
                try {
                    subscriber.notified(notification.getParameter());
                } catch (RuntimeException e) {
                    log.error("A subscriber of {} failed", notification.getName(), e);
                }
            }
        }
    }

    private Connection open() throws SQLException {
        if (!direct()) {
            return dataSource.getConnection();
        }
        String username = settings.listenUsername();
        String password = settings.listenPassword();
        HikariDataSource pool = username == null ? pool() : null;
        if (pool != null) {
            username = pool.getUsername();
            password = password == null ? pool.getPassword() : password;
        }
        Connection connection = DriverManager.getConnection(settings.listenUrl(), username, password);
        connection.setAutoCommit(true);
        return connection;
    }

    /** The pool, also when tracing wraps it in a proxy that traces its statements. */
    private HikariDataSource pool() throws SQLException {
        return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    }

    private static String quoted(String channel) {
        return '"' + channel.replace("\"", "\"\"") + '"';
    }
}
