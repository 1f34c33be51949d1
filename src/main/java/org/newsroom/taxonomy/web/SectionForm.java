package org.newsroom.taxonomy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.taxonomy.SectionDetails;
import org.newsroom.taxonomy.SectionInput;
import org.newsroom.taxonomy.TaxonomyNames;

/** The section form. Everything typed comes back in it after any error. */
public class SectionForm {

    @NotBlank(message = "Enter a name.")
    @Size(max = TaxonomyNames.MAX_NAME_LENGTH, message = "A name has at most 120 characters.")
    private String name;

    @Size(max = TaxonomyNames.MAX_SLUG_LENGTH, message = "A slug has at most 80 characters.")
    @Pattern(regexp = TaxonomyNames.SLUG_OR_EMPTY_PATTERN, message = TaxonomyNames.SLUG_FORMAT_MESSAGE)
    private String slug;

    private Long parentId;

    /** Text, so that whatever was typed comes back as it was when it is not a number; empty means 0. */
    @Pattern(regexp = "^\\s*\\d{0,4}\\s*$", message = "Enter a position as a whole number from 0 to 9999.")
    private String position = "0";

    static SectionForm from(SectionDetails section) {
        SectionForm form = new SectionForm();
        form.name = section.name();
        form.slug = section.slug();
        form.parentId = section.parentId();
        form.position = String.valueOf(section.position());
        return form;
    }

    SectionInput toInput() {
        String digits = position == null ? "" : position.strip();
        return new SectionInput(name, slug, parentId, digits.isEmpty() ? 0 : Integer.parseInt(digits));
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
