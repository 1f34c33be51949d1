package org.newsroom.taxonomy.web;

import jakarta.validation.constraints.Pattern;
import org.newsroom.platform.NameRules;
import org.newsroom.platform.NamedForm;
import org.newsroom.taxonomy.TagSummary;
import org.newsroom.taxonomy.TaxonomyNames;

/** Renaming a tag. */
public class TagForm extends NamedForm {

    static TagForm from(TagSummary tag) {
        TagForm form = new TagForm();
        form.setName(tag.name());
        form.setSlug(tag.slug());
        return form;
    }

    @Override
    @Pattern(regexp = NameRules.SLUG_OR_EMPTY_PATTERN, message = TaxonomyNames.SLUG_FORMAT_MESSAGE)
    public String getSlug() {
        return super.getSlug();
    }
}
