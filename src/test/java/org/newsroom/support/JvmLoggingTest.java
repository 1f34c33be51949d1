package org.newsroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * An application that logs JSON, started between {@link JvmLogging#setAside()} and {@link JvmLogging#restore()}, leaves
 * the JVM logging as it did before: plain lines, and none of the system properties Boot wrote for it.
 */
@ExtendWith(OutputCaptureExtension.class)
class JvmLoggingTest {

    private static final Logger log = LoggerFactory.getLogger(JvmLoggingTest.class);
    private static final String FORMAT_PROPERTY = "CONSOLE_LOG_STRUCTURED_FORMAT";

    @Test
    void theLoggingSetAsideIsBackOnceTheApplicationThatLoggedJsonIsGone(CapturedOutput output) {
        assertThat(System.getProperty(FORMAT_PROPERTY))
                .as("no JSON format before")
                .isNull();

        JvmLogging before = JvmLogging.setAside();
        try {
            setUpLoggingAsAnApplicationWith(Map.of("logging.structured.format.console", "ecs"));
            log.info("logged while the JSON application runs");
        } finally {
            before.restore();
        }
        log.info("logged after it");

        assertThat(lineWith(output, "logged while the JSON application runs")).startsWith("{");
        assertThat(lineWith(output, "logged after it")).doesNotStartWith("{");
        assertThat(System.getProperty(FORMAT_PROPERTY)).isNull();
    }

    /** What a starting application's LoggingApplicationListener does with these properties. */
    private static void setUpLoggingAsAnApplicationWith(Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(JvmLoggingTest.class);
        DefaultBootstrapContext bootstrap = new DefaultBootstrapContext();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        LoggingApplicationListener listener = new LoggingApplicationListener();
        listener.onApplicationEvent(new ApplicationStartingEvent(bootstrap, application, new String[0]));
        listener.onApplicationEvent(
                new ApplicationEnvironmentPreparedEvent(bootstrap, application, new String[0], environment));
    }

    private static String lineWith(CapturedOutput output, String text) {
        return output.getOut()
                .lines()
                .filter(line -> line.contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with “" + text + "” in " + output.getOut()));
    }
}
