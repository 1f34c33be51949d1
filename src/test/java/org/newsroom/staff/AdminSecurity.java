package org.newsroom.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * The application's real web security in a test slice, so that a slice test's role, login and CSRF rules are the ones
 * production runs. Its own annotation because the configuration is internal to this module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SecurityConfiguration.class)
public @interface AdminSecurity {}
