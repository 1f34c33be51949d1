package org.newsroom.taxonomy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SectionRepository extends JpaRepository<Section, Long> {

    @Query("select s from Section s left join fetch s.parent where s.slug = :slug")
    Optional<Section> findBySlug(String slug);

    @Query("select s from Section s where s.parent is null order by s.position, s.name")
    List<Section> findTopLevel();

    /** Every section with its parent, in one query. */
    @Query("select s from Section s left join fetch s.parent")
    List<Section> findAllWithParent();

    @Query("select s from Section s left join fetch s.parent where s.id = :id")
    Optional<Section> findWithParent(long id);

    long countByParent(Section parent);
}
