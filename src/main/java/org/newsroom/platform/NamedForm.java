package org.newsroom.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name and slug of an admin form for something with a page of its own (an author, a section, a tag), checked as
 * {@link NameRules} checks them again on saving. A subclass adds the slug's format check on {@link #getSlug()}, with a
 * message whose example fits its field.
 */
public abstract class NamedForm {

    @NotBlank(message = "Enter a name.")
    @Size(max = NameRules.MAX_NAME_LENGTH, message = "A name has at most 120 characters.")
    private String name;

    @Size(max = NameRules.MAX_SLUG_LENGTH, message = "A slug has at most 80 characters.")
    private String slug;

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
}
