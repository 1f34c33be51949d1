package org.newsroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsroom.media.ImageUploads;
import org.newsroom.media.MediaLibrary;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.site.AdminLayoutBeans;
import org.newsroom.staff.AdminSecurity;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A slice of the admin web layer without a database: the named controllers with the real security configuration,
 * advice and templates, and their services mocked. For the controllers' own rules (roles, validation, redirects); what
 * needs the database stays in {@link IntegrationTest}s. The media library is mocked for the upload advice that every
 * admin controller has.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
// Spring Security's filter chain, which Boot 4's @WebMvcTest leaves out without its security test module, and the
// readiness that the platform's NotReadyFilter, a filter every slice has, waits for.
@ImportAutoConfiguration({
    SecurityAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class,
    ApplicationAvailabilityAutoConfiguration.class
})
// The validated settings the advice, the layout and several controllers read, bound as the application binds them.
@EnableConfigurationProperties(NewsroomProperties.class)
@AdminSecurity
@AdminLayoutBeans
@MockitoBean(types = {MediaLibrary.class, ImageUploads.class})
public @interface AdminWebTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
