package org.newsroom.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.stereotype.Component;

/**
 * Times as readers and staff see them: the machine form for {@code <time datetime>} and a human form in the site's
 * zone, e.g. "Mon 10 Feb 2014 09.12 UTC". Templates read it as the model attribute {@code times}
 * ({@link PageModelAdvice}), never as a bean, so that no module's templates reach into another module.
 */
@Component
public class SiteTimes {

    private final ZoneId zone;
    private final DateTimeFormatter human;
    private final DateTimeFormatter shortForm;
    private final DateTimeFormatter clockForm;

    SiteTimes(NewsroomProperties properties) {
        this.zone = properties.site().timeZone();
        this.human =
                DateTimeFormatter.ofPattern("EEE d MMM yyyy HH.mm z", Locale.UK).withZone(zone);
        this.shortForm = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
        this.clockForm = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(zone);
    }

    /**
     * The ISO-8601 instant to the second, e.g. {@code 2014-02-10T09:12:00Z}. The database keeps microseconds, which
     * HTML's {@code datetime} does not allow (three fraction digits at most), and no reader needs.
     */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public String human(Instant instant) {
        return instant == null ? "" : human.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : shortForm.format(instant);
    }

    /** The time of day, e.g. "10:02". */
    public String clock(Instant instant) {
        return instant == null ? "" : clockForm.format(instant);
    }

    public ZoneId zone() {
        return zone;
    }
}
