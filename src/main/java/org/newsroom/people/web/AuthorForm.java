package org.newsroom.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorInput;
import org.newsroom.people.AuthorService;

/** The author form. Everything typed comes back in it after any error. */
public class AuthorForm {

    @NotBlank(message = "Enter a name.")
    @Size(max = AuthorService.MAX_NAME_LENGTH, message = "A name has at most 120 characters.")
    private String name;

    @Size(max = AuthorService.MAX_SLUG_LENGTH, message = "A slug has at most 80 characters.")
    @Pattern(regexp = AuthorService.SLUG_OR_EMPTY_PATTERN, message = AuthorService.SLUG_FORMAT_MESSAGE)
    private String slug;

    @Size(max = AuthorService.MAX_BIO_LENGTH, message = "A bio has at most 2,000 characters.")
    private String bio;

    private Long staffUserId;

    static AuthorForm from(AuthorDetails author) {
        AuthorForm form = new AuthorForm();
        form.name = author.name();
        form.slug = author.slug();
        form.bio = author.bio();
        form.staffUserId = author.staffUserId();
        return form;
    }

    AuthorInput toInput() {
        return new AuthorInput(name, slug, bio, staffUserId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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
