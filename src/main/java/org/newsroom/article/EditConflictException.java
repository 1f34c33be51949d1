package org.newsroom.article;

import org.newsroom.platform.RuleViolation;

/** Someone else saved the story after this editor opened it; nothing was overwritten. */
public class EditConflictException extends RuleViolation {

    public EditConflictException() {
        super("Someone else saved this story after you opened it, so your changes were not saved and nothing was"
                + " overwritten. Your text is still in the form below: copy what you need, then reload the story.");
    }
}
