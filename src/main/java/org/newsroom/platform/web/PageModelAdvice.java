package org.newsroom.platform.web;

import org.newsroom.platform.NewsroomProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's template may need whatever module renders it, reader site or admin: the site's times
 * ({@code times}) and the site icon configured in {@code newsroom.site.icon} ({@code customIcon}, {@code null} for
 * Newsroom's own). Templates take these from the model rather than calling beans by name ({@code @bean} in a template
 * is a dependency that neither the compiler nor the module checks can see).
 */
@ControllerAdvice
record PageModelAdvice(SiteTimes times, NewsroomProperties properties) {

    @Override
    @ModelAttribute("times")
    public SiteTimes times() {
        return times;
    }

    @ModelAttribute("customIcon")
    String customIcon() {
        return properties.site().customIcon();
    }
}
