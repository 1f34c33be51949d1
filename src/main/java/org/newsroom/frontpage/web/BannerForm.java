package org.newsroom.frontpage.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.newsroom.frontpage.BannerDetails;
import org.newsroom.frontpage.BannerInput;
import org.newsroom.frontpage.BannerLevel;

/**
 * The banner form. Every field is text as typed, so that whatever was typed comes back as it was after an error; the
 * rules are the service's ({@link org.newsroom.frontpage.BannerService}), the expiry's format is this form's.
 */
public class BannerForm {

    private String line;
    private BannerLevel level = BannerLevel.BREAKING;
    private String story;
    /** A {@code datetime-local} value, in the site's time zone. */
    private String expiresAt;

    /** A blank form, expiring in two hours unless changed: a sensible default for news of the moment. */
    static BannerForm blank(Instant now, ZoneId zone) {
        BannerForm form = new BannerForm();
        form.expiresAt = local(now.plus(2, ChronoUnit.HOURS), zone);
        return form;
    }

    static BannerForm from(BannerDetails banner, ZoneId zone) {
        BannerForm form = new BannerForm();
        form.line = banner.line();
        form.level = banner.level();
        form.story = banner.storyPath();
        form.expiresAt = local(banner.expiresAt(), zone);
        return form;
    }

    /** What the service is given; {@code null} for an expiry that is not a time, which {@link #expiryUnreadable} says. */
    BannerInput toInput(ZoneId zone) {
        return new BannerInput(line, level, story, expiry(zone));
    }

    boolean expiryUnreadable(ZoneId zone) {
        return expiresAt != null && !expiresAt.isBlank() && expiry(zone) == null;
    }

    private Instant expiry(ZoneId zone) {
        if (expiresAt == null || expiresAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(expiresAt.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), zone)
                .toString();
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public BannerLevel getLevel() {
        return level;
    }

    public void setLevel(BannerLevel level) {
        this.level = level;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }
}
