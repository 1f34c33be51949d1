package org.newsroom.article;

import java.util.List;
import org.newsroom.taxonomy.SectionRef;

/** A section's latest stories, for its block on the front page. */
public record SectionBlock(SectionRef section, List<ArticleSummary> stories) {}
