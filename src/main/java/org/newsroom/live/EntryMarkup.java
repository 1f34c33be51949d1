package org.newsroom.live;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An entry's HTML, the same on the story's page and in the updates a page inserts ({@code static/js/live.js}), so
 * that an entry inserted looks exactly like one loaded. The body is the sanitized HTML of its Markdown; everything
 * else is escaped here.
 */
@Component
class EntryMarkup {

    private final DateTimeFormatter clock;
    private final DateTimeFormatter human;

    EntryMarkup(NewsroomProperties properties) {
        this.clock = DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
                .withZone(properties.site().timeZone());
        this.human = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH.mm z", Locale.UK)
                .withZone(properties.site().timeZone());
    }

    String of(long id, Instant postedAt, Instant updatedAt, String title, String bodyHtml, String author, boolean key) {
        StringBuilder html = new StringBuilder(bodyHtml.length() + 600);
        html.append("<article class=\"live-entry")
                .append(key ? " live-entry--key" : "")
                .append("\" id=\"entry-")
                .append(id)
                .append("\" data-entry=\"")
                .append(id)
                .append("\">");
        html.append("<header class=\"live-entry__header\">");
        html.append("<a class=\"live-entry__time\" href=\"?entry=")
                .append(id)
                .append("#entry-")
                .append(id)
                .append("\" title=\"Link to this update\"><time datetime=\"")
                .append(iso(postedAt))
                .append("\" title=\"")
                .append(human.format(postedAt))
                .append("\">")
                .append(clock.format(postedAt))
                .append("</time></a>");
        if (key) {
            html.append("<span class=\"live-entry__key\">Key event</span>");
        }
        if (updatedAt != null) {
            html.append("<span class=\"live-entry__updated\">Updated <time datetime=\"")
                    .append(iso(updatedAt))
                    .append("\">")
                    .append(clock.format(updatedAt))
                    .append("</time></span>");
        }
        html.append("</header>");
        // Every entry has a heading, under the page's "Live updates": its title, or for assistive technology its time.
        if (title != null && !title.isBlank()) {
            html.append("<h3 class=\"live-entry__title\">")
                    .append(HtmlUtils.htmlEscape(title))
                    .append("</h3>");
        } else {
            html.append("<h3 class=\"visually-hidden\">Update at ")
                    .append(clock.format(postedAt))
                    .append("</h3>");
        }
        html.append("<div class=\"live-entry__body\">").append(bodyHtml).append("</div>");
        html.append("<p class=\"live-entry__author\">")
                .append(HtmlUtils.htmlEscape(author))
                .append("</p>");
        html.append("</article>");
        return html.toString();
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
