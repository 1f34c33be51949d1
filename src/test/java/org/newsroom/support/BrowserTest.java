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
 *
 * <p>In it the editor's script autosaves every second rather than every five: the tests of what an autosave does (a
 * merge coming back, Save pressed while one is on its way) wait for one, and the other tests must hold with an
 * autosave landing at any moment, as it may for a person.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = {"newsroom.test.context=browser", "newsroom.editor.autosave-interval=1s"})
public @interface BrowserTest {}
