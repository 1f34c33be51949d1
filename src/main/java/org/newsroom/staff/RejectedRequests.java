package org.newsroom.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Requests refused before any controller sees them still get the site's error page and its security headers.
 *
 * <p>Two places refuse them. Spring Security's firewall refuses {@code ..}, {@code ;} and the like: its handler here
 * writes the headers (its own header filter never ran) and lets the error page render. Tomcat refuses, before the
 * application, an encoded {@code /}, a NUL, a path that is not UTF-8, {@code []} in a query and a request line over
 * {@code server.max-http-request-header-size}; its error report is replaced by {@link SiteErrorReportValve}, which
 * answers with a static rendering of the site's error page (no database, no request context: it is outside the
 * application) instead of Tomcat's own page with its name and version.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    /** The headers {@link SecurityConfiguration} gives every response, for the answers it never sees. */
    static final List<HeaderWriter> SECURITY_HEADERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ContentSecurityPolicyHeaderWriter(SecurityConfiguration.CONTENT_SECURITY_POLICY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));

    static void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        SECURITY_HEADERS.forEach(writer -> writer.writeHeaders(request, response));
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            writeSecurityHeaders(request, response);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    @Bean
    SiteErrorReportCustomizer siteErrorReportValve(ITemplateEngine templates, NewsroomProperties properties) {
        return new SiteErrorReportCustomizer(templates, properties);
    }

    /** Runs after Boot's own customizer, which installs a plain ErrorReportValve that this one replaces. */
    record SiteErrorReportCustomizer(ITemplateEngine templates, NewsroomProperties properties)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new SiteErrorReportValve(templates, properties));
                // Otherwise the host adds Tomcat's own valve when it starts, which would answer first.
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(SiteErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's error report for what it refuses itself: the site's page, with the site's headers. */
    static final class SiteErrorReportValve extends ErrorReportValve {

        private final ITemplateEngine templates;
        private final NewsroomProperties properties;

        SiteErrorReportValve(ITemplateEngine templates, NewsroomProperties properties) {
            this.templates = templates;
            this.properties = properties;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                writeSecurityHeaders(request, response);
                response.setHeader("Cache-Control", "no-store");
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone, or the response was already taken: there is no one left to tell.
            }
        }

        private String page(int status) {
            Context model = new Context();
            model.setVariable("status", status);
            model.setVariable("clientError", status < 500);
            model.setVariable("siteName", properties.site().name());
            model.setVariable("language", properties.site().language());
            return templates.process("error/container", model);
        }
    }
}
