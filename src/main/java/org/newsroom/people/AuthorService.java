package org.newsroom.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsroom.platform.NameRules;
import org.newsroom.platform.RuleViolation;
import org.newsroom.platform.Slugs;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authors, the names in bylines: the people module's API. */
@Service
public class AuthorService {

    public static final int MAX_NAME_LENGTH = NameRules.MAX_NAME_LENGTH;
    public static final int MAX_SLUG_LENGTH = NameRules.MAX_SLUG_LENGTH;
    public static final int MAX_BIO_LENGTH = 2000;
    public static final String SLUG_FORMAT_MESSAGE =
            "Use only lower-case letters (a–z), digits and single hyphens between them, like jane-doe.";

    private final AuthorRepository authors;
    private final StaffService staff;
    private final Clock clock;

    AuthorService(AuthorRepository authors, StaffService staff, Clock clock) {
        this.authors = authors;
        this.staff = staff;
        this.clock = clock;
    }

    /** The authors with these ids, in the order given; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<AuthorRef> authors(List<Long> ids) {
        return authors.findAllInOrder(ids).stream().map(Author::toRef).toList();
    }

    @Transactional(readOnly = true)
    public List<AuthorRef> allAuthors() {
        return authors.findAll(Sort.by("name")).stream().map(Author::toRef).toList();
    }

    /** Every author by name, with the staff account each one is linked to. */
    @Transactional(readOnly = true)
    public List<AuthorSummary> authorSummaries() {
        Map<Long, String> staffNames =
                staff.list().stream().collect(Collectors.toMap(StaffSummary::id, StaffSummary::displayName));
        return authors.findAll(Sort.by("name", "id")).stream()
                .map(author -> new AuthorSummary(
                        author.getId(),
                        author.getName(),
                        author.getSlug(),
                        author.getStaffUserId(),
                        author.getStaffUserId() == null ? null : staffNames.get(author.getStaffUserId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AuthorDetails> findAuthor(String slug) {
        return org.newsroom.platform.Slugs.isValid(slug)
                ? authors.findBySlug(slug).map(Author::toDetails)
                : java.util.Optional.empty();
    }

    @Transactional(readOnly = true)
    public AuthorDetails getAuthor(long id) {
        return authors.findById(id).map(Author::toDetails).orElseThrow(() -> new AuthorNotFoundException(id));
    }

    /**
     * Creates an author. The slug is made from the name when left empty; a slug that is taken or badly formed, a bio
     * over {@value #MAX_BIO_LENGTH} characters, or a staff account already linked to another author is refused with a
     * {@link RuleViolation} naming the field.
     */
    @Transactional
    public AuthorDetails createAuthor(AuthorInput input) {
        Author author = new Author("", "", clock.instant());
        apply(author, input);
        save(() -> authors.saveAndFlush(author));
        return author.toDetails();
    }

    /** Changes an author, by the rules of {@link #createAuthor}. */
    @Transactional
    public AuthorDetails updateAuthor(long id, AuthorInput input) {
        Author author = authors.findById(id).orElseThrow(() -> new AuthorNotFoundException(id));
        apply(author, input);
        save(authors::flush);
        return author.toDetails();
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

    private void apply(Author author, AuthorInput input) {
        String name = name(input.name());
        String slug = slug(input.slug(), name);
        authors.findBySlug(slug)
                .filter(other -> !other.getId().equals(author.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation(
                            "slug", "The author “" + other.getName() + "” already uses the slug “" + slug + "”.");
                });
        String bio = bio(input.bio());
        Long staffUserId = input.staffUserId();
        if (staffUserId != null) {
            StaffSummary member = staff.find(staffUserId)
                    .orElseThrow(() -> new RuleViolation("staffUserId", "Choose a staff member from the list."));
            authors.findByStaffUserId(staffUserId)
                    .filter(other -> !other.getId().equals(author.getId()))
                    .ifPresent(other -> {
                        throw new RuleViolation(
                                "staffUserId",
                                member.displayName() + " is already linked to the author “" + other.getName()
                                        + "”. A staff member can be linked to one author only.");
                    });
        }
        author.change(slug, name, bio, staffUserId, clock.instant());
    }

    private static String name(String value) {
        return NameRules.name(value, MAX_NAME_LENGTH);
    }

    private static String slug(String requested, String name) {
        return NameRules.slug(requested, name, MAX_SLUG_LENGTH, SLUG_FORMAT_MESSAGE);
    }

    /** Plain text with line breaks as {@code \n}; nothing but white space is no bio. */
    private static String bio(String value) {
        if (value == null) {
            return null;
        }
        String bio = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (bio.isEmpty()) {
            return null;
        }
        if (bio.length() > MAX_BIO_LENGTH) {
            throw new RuleViolation("bio", "A bio has at most 2,000 characters; this one has " + bio.length() + ".");
        }
        if (bio.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new RuleViolation("bio", "A bio cannot contain control characters.");
        }
        return bio;
    }

    /** Runs a write that flushes, turning a slug or staff link taken in the meantime into a field message. */
    private static void save(Runnable write) {
        try {
            write.run();
        } catch (DataIntegrityViolationException e) {
            String cause = String.valueOf(e.getMostSpecificCause().getMessage());
            if (cause.contains("authors_slug_unique")) {
                throw new RuleViolation("slug", "Another author already uses this slug.");
            }
            if (cause.contains("authors_staff_user_unique")) {
                throw new RuleViolation("staffUserId", "This staff member is already linked to another author.");
            }
            throw e;
        }
    }
}
