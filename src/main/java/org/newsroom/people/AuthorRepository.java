package org.newsroom.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorRepository extends JpaRepository<Author, Long> {

    Optional<Author> findBySlug(String slug);

    Optional<Author> findByStaffUserId(Long staffUserId);
}
