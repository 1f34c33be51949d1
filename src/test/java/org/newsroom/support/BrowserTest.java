package org.newsroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A test that drives the running application with real Chromium. It gets an application context of its own: MockMvc's
 * {@code csrf()} post-processor rewires the shared context's CSRF filter for its own requests, which a real browser
 * must never meet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = "newsroom.test.context=browser")
public @interface BrowserTest {}
