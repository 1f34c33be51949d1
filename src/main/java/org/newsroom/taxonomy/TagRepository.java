package org.newsroom.taxonomy;

import java.util.Optional;
import org.newsroom.platform.NamedEntityRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends NamedEntityRepository<Tag> {

    @Query("select t from Tag t where lower(t.name) = lower(:name)")
    Optional<Tag> findByNameIgnoreCase(String name);

    boolean existsBySlug(String slug);

    Optional<Tag> findBySlug(String slug);
}
