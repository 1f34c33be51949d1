package org.newsroom.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in staff for {@code MockMvc} requests, and what a test reads from an admin page. */
public final class AdminRequests {

    /** Staff for slices that say who did what ({@code verify(...)} with their actor), one of each role. */
    public static final StaffPrincipal ADMIN = StaffPrincipal.of(1, "admin@test.example", "Ada Admin", StaffRole.ADMIN);

    public static final StaffPrincipal EDITOR =
            StaffPrincipal.of(2, "editor@test.example", "Eda Editor", StaffRole.EDITOR);

    public static final StaffPrincipal WRITER =
            StaffPrincipal.of(3, "writer@test.example", "Wren Writer", StaffRole.WRITER);

    private AdminRequests() {}

    public static RequestPostProcessor writer() {
        return as(StaffRole.WRITER);
    }

    public static RequestPostProcessor editor() {
        return as(StaffRole.EDITOR);
    }

    public static RequestPostProcessor admin() {
        return as(StaffRole.ADMIN);
    }

    /** A staff member of this role; the id belongs to no account, which the screens that use this never need. */
    public static RequestPostProcessor as(StaffRole role) {
        return as(-1, role);
    }

    public static RequestPostProcessor as(long id, StaffRole role) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT);
        return user(StaffPrincipal.of(id, name + "@test.example", "Test " + name, role));
    }

    /** A few random letters and digits, for names and slugs that no other test uses. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The page a request answered, parsed, once its expectations have been checked. */
    public static Document html(org.springframework.test.web.servlet.ResultActions result) {
        return html(result.andReturn());
    }

    public static Document html(MvcResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The error message shown next to the form control with this id: the {@code .field__error} of the {@code .field}
     * (or table cell) that holds it, or {@code null} when there is none.
     */
    public static String fieldError(Document page, String controlId) {
        Element control = page.getElementById(controlId);
        if (control == null) {
            throw new AssertionError("No form control #" + controlId + " on the page");
        }
        for (Element parent : control.parents()) {
            if (parent.hasClass("field") || parent.tagName().equals("td")) {
                Element error = parent.selectFirst(".field__error");
                return error == null ? null : error.text();
            }
        }
        return null;
    }

    /** The value a text input or textarea with this id shows. */
    public static String value(Document page, String controlId) {
        Element control = page.getElementById(controlId);
        if (control == null) {
            throw new AssertionError("No form control #" + controlId + " on the page");
        }
        return control.tagName().equals("textarea") ? control.wholeText() : control.attr("value");
    }
}
