package org.newsroom.site;

import org.newsroom.platform.NewsroomProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt}: crawlers may read everything but the admin area, and are pointed at the sitemaps. The closed
 * area is named exactly ({@code /admin} itself and everything under {@code /admin/}), so that a section whose slug
 * merely starts with the same letters, such as {@code /administration}, stays open. The actuator is not on the public
 * port at all.
 */
@Controller
class RobotsController {

    private final String robots;

    RobotsController(NewsroomProperties properties) {
        NewsroomProperties.Site site = properties.site();
        this.robots = """
                User-agent: *
                Disallow: /admin$
                Disallow: /admin/

                Sitemap: %s
                Sitemap: %s
                """.formatted(site.url("/sitemap.xml"), site.url("/news-sitemap.xml"));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(SitemapController.CACHE)
                .body(robots);
    }
}
