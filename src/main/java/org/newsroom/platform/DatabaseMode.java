package org.newsroom.platform;

/** Where this instance's PostgreSQL comes from; DESIGN.md gives the rule. */
public enum DatabaseMode {
    /** An embedded PostgreSQL started by the application, for a developer's machine. */
    EMBEDDED,
    /** A PostgreSQL configured through {@code SPRING_DATASOURCE_URL}: production, compose and tests. */
    EXTERNAL
}
