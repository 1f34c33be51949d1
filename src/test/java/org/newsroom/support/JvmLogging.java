package org.newsroom.support;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.util.Properties;
import org.newsroom.NewsroomApplication;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * The logging of the JVM the tests run in, which every Spring Boot application started in it shares. The first one sets
 * it up; later ones keep that set-up (Boot does not set logging up a second time) and the system properties it wrote
 * (Boot writes one only where none is set yet, {@code CONSOLE_LOG_STRUCTURED_FORMAT} among them). A test whose
 * application must log otherwise (TracingTest: JSON lines) sets the JVM's logging aside before it starts that
 * application and puts it back after closing it, so that the tests after it in the same JVM log as they would have
 * without it: plain lines.
 */
public final class JvmLogging {

    private final Properties systemProperties;
    private final boolean setUp;

    private JvmLogging(Properties systemProperties, boolean setUp) {
        this.systemProperties = systemProperties;
        this.setUp = setUp;
    }

    /** Takes away the logging an application started earlier set up, so that the next one sets up its own. */
    public static JvmLogging setAside() {
        Properties before = new Properties();
        before.putAll(System.getProperties());
        // Boot marks the Logback context it has set up with this key (and takes it off in cleanUp).
        JvmLogging previous = new JvmLogging(before, logback().getObject(LoggingSystem.class.getName()) != null);
        loggingSystem().cleanUp();
        return previous;
    }

    /**
     * Puts back what {@link #setAside()} found, after the application that logged otherwise is closed: the system
     * properties as they were, Logback's own default configuration if no application had set logging up, or else the
     * set-up an application of this project makes (application.yml's logging keys, nothing of the test's own).
     */
    public void restore() {
        loggingSystem().cleanUp();
        System.getProperties().keySet().removeIf(name -> !systemProperties.containsKey(name));
        System.getProperties().putAll(systemProperties);
        LoggerContext logback = logback();
        logback.reset();
        try {
            new ContextInitializer(logback).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("Logback's default configuration did not load", e);
        }
        if (setUp) {
            setUpAsTheApplicationDoes();
        }
    }

    /** What a starting application's LoggingApplicationListener does, with the environment application.yml gives. */
    private static void setUpAsTheApplicationDoes() {
        SpringApplication application = new SpringApplication(NewsroomApplication.class);
        DefaultBootstrapContext bootstrap = new DefaultBootstrapContext();
        StandardEnvironment environment = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        LoggingApplicationListener listener = new LoggingApplicationListener();
        listener.onApplicationEvent(new ApplicationStartingEvent(bootstrap, application, new String[0]));
        listener.onApplicationEvent(
                new ApplicationEnvironmentPreparedEvent(bootstrap, application, new String[0], environment));
    }

    private static LoggingSystem loggingSystem() {
        return LoggingSystem.get(JvmLogging.class.getClassLoader());
    }

    private static LoggerContext logback() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
