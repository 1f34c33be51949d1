package org.newsroom.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Hands a form kept across an expired session back to the page that posts to the same place. */
@Component
public class UnsavedWork {

    /** Removes and returns the kept form that was posted to {@code postPath}, if any. */
    public Optional<PendingSubmission> take(HttpServletRequest request, String postPath) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        if (session.getAttribute(PendingSubmission.SESSION_ATTRIBUTE) instanceof PendingSubmission pending
                && pending.postPath().equals(postPath)) {
            session.removeAttribute(PendingSubmission.SESSION_ATTRIBUTE);
            return Optional.of(pending);
        }
        return Optional.empty();
    }
}
