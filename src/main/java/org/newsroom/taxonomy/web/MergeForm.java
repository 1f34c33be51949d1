package org.newsroom.taxonomy.web;

import jakarta.validation.constraints.NotNull;

/** Merging a tag into another. */
public class MergeForm {

    @NotNull(message = "Choose the tag to merge into.")
    private Long targetId;

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }
}
