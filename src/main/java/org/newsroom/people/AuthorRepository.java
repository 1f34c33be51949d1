package org.newsroom.people;

import java.util.Optional;
import org.newsroom.platform.NamedEntityRepository;

interface AuthorRepository extends NamedEntityRepository<Author> {

    Optional<Author> findBySlug(String slug);

    Optional<Author> findByStaffUserId(Long staffUserId);
}
