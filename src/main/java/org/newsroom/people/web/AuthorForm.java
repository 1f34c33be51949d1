package org.newsroom.people.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorInput;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NameRules;
import org.newsroom.platform.NamedForm;

/** The author form. Everything typed comes back in it after any error. */
public class AuthorForm extends NamedForm {

    @Size(max = AuthorService.MAX_BIO_LENGTH, message = "A bio has at most 2,000 characters.")
    private String bio;

    private Long staffUserId;

    static AuthorForm from(AuthorDetails author) {
        AuthorForm form = new AuthorForm();
        form.setName(author.name());
        form.setSlug(author.slug());
        form.bio = author.bio();
        form.staffUserId = author.staffUserId();
        return form;
    }

    AuthorInput toInput() {
        return new AuthorInput(getName(), getSlug(), bio, staffUserId);
    }

    @Override
    @Pattern(regexp = NameRules.SLUG_OR_EMPTY_PATTERN, message = AuthorService.SLUG_FORMAT_MESSAGE)
    public String getSlug() {
        return super.getSlug();
    }

    public String getBio() {
        return bio;
    }

    /**
     * Browsers send a textarea's line breaks as CR LF but count them as one character against {@code maxlength}; so
     * does the length check here.
     */
    public void setBio(String bio) {
        this.bio = bio == null ? null : bio.replace("\r\n", "\n");
    }

    public Long getStaffUserId() {
        return staffUserId;
    }

    public void setStaffUserId(Long staffUserId) {
        this.staffUserId = staffUserId;
    }
}
