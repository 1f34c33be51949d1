package org.newsroom.taxonomy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.taxonomy.TagSummary;
import org.newsroom.taxonomy.TaxonomyNames;

/** Renaming a tag. */
public class TagForm {

    @NotBlank(message = "Enter a name.")
    @Size(max = TaxonomyNames.MAX_NAME_LENGTH, message = "A name has at most 120 characters.")
    private String name;

    @Size(max = TaxonomyNames.MAX_SLUG_LENGTH, message = "A slug has at most 80 characters.")
    @Pattern(regexp = TaxonomyNames.SLUG_OR_EMPTY_PATTERN, message = TaxonomyNames.SLUG_FORMAT_MESSAGE)
    private String slug;

    static TagForm from(TagSummary tag) {
        TagForm form = new TagForm();
        form.name = tag.name();
        form.slug = tag.slug();
        return form;
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
}
