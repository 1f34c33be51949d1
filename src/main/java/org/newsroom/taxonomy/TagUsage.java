package org.newsroom.taxonomy;

import java.util.Collection;
import java.util.Map;

/**
 * Which stories carry tags. The article module answers, from its own tables; the tag list shows the counts and a merge
 * reports them. Declared here so that taxonomy needs no dependency on the module that tags stories.
 */
public interface TagUsage {

    /** For each of these tags that a story carries, the number of stories; a tag on no story is left out. */
    Map<Long, Long> storyCounts(Collection<Long> tagIds);

    /** How many unpublished edits of live stories (working copies) carry this tag. */
    int workingCopiesTagged(long tagId);
}
