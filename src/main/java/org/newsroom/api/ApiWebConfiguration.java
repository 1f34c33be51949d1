package org.newsroom.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP for the API: a strong {@code ETag}, the hash of the body's bytes, answered with {@code 304} when it matches
 * (unlike the pages' weak one: a consumer's cache may compare bytes, and JSON is small enough to send uncompressed);
 * CORS for reading from any origin, since the content is public and no cookie is read here.
 */
@Configuration(proxyBeanMethods = false)
// Not a WebMvcConfigurer itself, which would bring it (and the beans its filters need) into every @WebMvcTest slice.
class ApiWebConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(false);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(ApiRepresentations.BASE + "/*");
        // Inside the page cache's filter (order +20), so that it hashes the body the API wrote.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    /**
     * Before the page cache (order +20), the ETag filter and the controllers: every request counts, answered from the
     * page cache or not, and a refused request costs one upsert and nothing more.
     */
    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(
            ApiKeys keys, ApiRateLimits limits, ApiProperties properties) {
        var registration = new FilterRegistrationBean<>(new ApiRateLimitFilter(keys, limits, properties));
        registration.addUrlPatterns(ApiRepresentations.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    @Bean
    WebMvcConfigurer apiCors() {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                registry.addMapping(ApiRepresentations.BASE + "/**")
                        .allowedOrigins("*")
                        .allowedMethods("GET", "HEAD")
                        .allowedHeaders("*")
                        .exposedHeaders("ETag", "Link", "Retry-After")
                        .allowCredentials(false)
                        .maxAge(3600);
            }
        };
    }
}
