package org.newsroom.platform.database;

import org.newsroom.platform.DatabaseMode;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Anything but the embedded database is an external one: production, docker compose and the tests. */
@AutoConfiguration(after = EmbeddedDatabaseAutoConfiguration.class)
public class DatabaseModeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DatabaseMode databaseMode() {
        return DatabaseMode.EXTERNAL;
    }
}
