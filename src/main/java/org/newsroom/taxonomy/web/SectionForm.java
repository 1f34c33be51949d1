package org.newsroom.taxonomy.web;

import jakarta.validation.constraints.Pattern;
import org.newsroom.platform.NameRules;
import org.newsroom.platform.NamedForm;
import org.newsroom.taxonomy.SectionDetails;
import org.newsroom.taxonomy.SectionInput;
import org.newsroom.taxonomy.TaxonomyNames;

/** The section form. Everything typed comes back in it after any error. */
public class SectionForm extends NamedForm {

    private Long parentId;

    /** Text, so that whatever was typed comes back as it was when it is not a number; empty means 0. */
    @Pattern(regexp = "^\\s*\\d{0,4}\\s*$", message = "Enter a position as a whole number from 0 to 9999.")
    private String position = "0";

    static SectionForm from(SectionDetails section) {
        SectionForm form = new SectionForm();
        form.setName(section.name());
        form.setSlug(section.slug());
        form.parentId = section.parentId();
        form.position = String.valueOf(section.position());
        return form;
    }

    SectionInput toInput() {
        String digits = position == null ? "" : position.strip();
        return new SectionInput(getName(), getSlug(), parentId, digits.isEmpty() ? 0 : Integer.parseInt(digits));
    }

    @Override
    @Pattern(regexp = NameRules.SLUG_OR_EMPTY_PATTERN, message = TaxonomyNames.SLUG_FORMAT_MESSAGE)
    public String getSlug() {
        return super.getSlug();
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
