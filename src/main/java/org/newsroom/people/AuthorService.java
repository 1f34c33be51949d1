package org.newsroom.people;

import java.time.Clock;
import org.newsroom.platform.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authors, the names in bylines: the people module's API. */
@Service
public class AuthorService {

    private final AuthorRepository authors;
    private final Clock clock;

    AuthorService(AuthorRepository authors, Clock clock) {
        this.authors = authors;
        this.clock = clock;
    }

    /** The authors with these ids, in the order given; unknown ids are left out. */
    @Transactional(readOnly = true)
    public java.util.List<AuthorRef> authors(java.util.List<Long> ids) {
        var byId = authors.findAllById(ids).stream()
                .map(Author::toRef)
                .collect(java.util.stream.Collectors.toMap(AuthorRef::id, author -> author));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public java.util.List<AuthorRef> allAuthors() {
        return authors.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(Author::toRef)
                .toList();
    }

    /** The author whose slug this name gives, created if there is none yet. */
    @Transactional
    public AuthorRef ensureAuthor(String name) {
        String trimmed = name == null ? "" : name.strip();
        String slug = Slugs.slugify(trimmed, 80);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("An author needs a name with at least one letter or digit");
        }
        return authors.findBySlug(slug)
                .orElseGet(() -> authors.save(new Author(slug, trimmed, clock.instant())))
                .toRef();
    }
}
