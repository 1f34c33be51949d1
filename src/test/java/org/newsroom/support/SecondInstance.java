package org.newsroom.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.newsroom.NewsroomApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started again beside the test's own, on the same database, as a second instance behind a load
 * balancer would be: its own port, page cache and notification listener. Starting one costs seconds of suite time, so a
 * test class starts it once ({@code @BeforeAll}) and shares it between its tests.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts it on the database of {@code dataSource} (the test application's pool). */
    public static SecondInstance on(DataSource dataSource) throws SQLException {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        String password = database.getPassword() == null ? "" : database.getPassword();
        return new SecondInstance(new SpringApplicationBuilder(NewsroomApplication.class)
                .properties(
                        "spring.datasource.url=" + database.getJdbcUrl(),
                        "spring.datasource.username=" + database.getUsername(),
                        "spring.datasource.password=" + password,
                        // A small pool: the suite's PostgreSQL serves the test's own instance too.
                        "spring.datasource.hikari.maximum-pool-size=4",
                        "server.port=0",
                        "management.server.port=0",
                        "newsroom.embedded-database.enabled=false",
                        "newsroom.demo-content=false",
                        "newsroom.scheduler.enabled=false",
                        "newsroom.media.dir=target/test-media",
                        // It reads the webhook secrets that the test's instance stored.
                        "newsroom.webhooks.secret-key=" + IntegrationTest.WEBHOOK_SECRET_KEY)
                .run());
    }

    /**
     * Starts one with exactly these settings, as command-line arguments ({@code --key=value}), which rank above
     * {@code application.yml}: for a test that starts all its instances itself, on a database of its own.
     */
    public static SecondInstance run(String... args) {
        return new SecondInstance(new SpringApplicationBuilder(NewsroomApplication.class).run(args));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** One of its beans: the second instance's own, not the test application's. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
