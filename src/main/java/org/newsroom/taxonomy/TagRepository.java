package org.newsroom.taxonomy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, Long> {

    @Query("select t from Tag t where lower(t.name) = lower(:name)")
    Optional<Tag> findByNameIgnoreCase(String name);

    boolean existsBySlug(String slug);

    Optional<Tag> findBySlug(String slug);
}
