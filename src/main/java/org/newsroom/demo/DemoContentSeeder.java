package org.newsroom.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsroom.article.ArticleDraft;
import org.newsroom.article.ArticleService;
import org.newsroom.article.LeadImage;
import org.newsroom.live.LiveImport;
import org.newsroom.media.ImageEdit;
import org.newsroom.media.ImageUploads;
import org.newsroom.people.AuthorRef;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.DatabaseMode;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.OneTimeRuns;
import org.newsroom.platform.Slugs;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TagService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeds the demo sections and stories (the Geneva II report first, and the talks covered live) once per database. By default it runs only with
 * the embedded database; {@code newsroom.demo-content} turns it on or off explicitly.
 *
 * <p>Its eight collaborators (beside the two settings that decide whether it runs) are the API of each module the demo
 * fills, sections, tags, authors, stories, live coverage and images, plus the record of one-time runs and the
 * transaction that makes a seed all or nothing: a seeder has to reach every module it seeds.
 */
@Component
class DemoContentSeeder implements ApplicationRunner {

    static final String SEED_NAME = "demo-content-v1";
    /**
     * The live stories came after the first seed: a database seeded before gets them once too, and a new one gets
     * everything from the two seeds.
     */
    static final String LIVE_SEED_NAME = "demo-live-v1";

    private static final Logger log = LoggerFactory.getLogger(DemoContentSeeder.class);

    private final boolean enabled;
    private final OneTimeRuns runs;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticleService articles;
    private final LiveImport live;
    private final ImageUploads media;
    private final TransactionTemplate transaction;

    DemoContentSeeder(
            NewsroomProperties properties,
            DatabaseMode databaseMode,
            OneTimeRuns runs,
            SectionService sections,
            TagService tags,
            AuthorService authors,
            ArticleService articles,
            LiveImport live,
            ImageUploads media,
            PlatformTransactionManager transactionManager) {
        this.enabled =
                properties.demoContent() != null ? properties.demoContent() : databaseMode == DatabaseMode.EMBEDDED;
        this.runs = runs;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.articles = articles;
        this.live = live;
        this.media = media;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            seed();
        }
    }

    /**
     * Claims the seed's row first: a restart, or a second instance starting at the same moment, finds it taken and
     * seeds nothing. Everything happens in one transaction, so a failed seed leaves no half of it behind.
     */
    boolean seed() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            try {
                return seedInTransaction();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the demo content", e);
            }
        }));
    }

    private boolean seedInTransaction() throws IOException {
        List<StoryFile> files = new java.util.ArrayList<>();
        for (Resource file : storyFiles()) {
            files.add(StoryFile.parse(read(file)));
        }
        int seeded = 0;
        if (runs.claim(SEED_NAME)) {
            seedSections();
            for (StoryFile story : files) {
                if (story.live() == null) {
                    seedStory(story);
                    seeded++;
                }
            }
        }
        if (runs.claim(LIVE_SEED_NAME)) {
            for (StoryFile story : files) {
                if (story.live() != null) {
                    live.importCoverage(seedStory(story), story.live());
                    seeded++;
                }
            }
        }
        if (seeded == 0) {
            log.debug("Demo content was seeded before; nothing to do");
            return false;
        }
        log.info("Seeded the demo content: {} stories", seeded);
        return true;
    }

    private void seedSections() throws IOException {
        try (InputStream in = new PathMatchingResourcePatternResolver()
                .getResource("classpath:demo/sections.yml")
                .getInputStream()) {
            List<Map<String, Object>> listed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            int position = 0;
            for (Map<String, Object> section : listed) {
                Object parent = section.get("parent");
                sections.ensureSection(
                        String.valueOf(section.get("slug")),
                        String.valueOf(section.get("name")),
                        parent == null ? null : String.valueOf(parent),
                        position++);
            }
        }
    }

    private long seedStory(StoryFile story) {
        String[] sectionPath = story.section().split("/");
        SectionRef section = sections.findSection(sectionPath[sectionPath.length - 1])
                .orElseThrow(() -> new IllegalStateException("Unknown demo section " + story.section()));
        List<Long> tagIds =
                story.tags().stream().map(tags::ensureTag).map(TagRef::id).toList();
        List<Long> authorIds = story.byline().stream()
                .map(authors::ensureAuthor)
                .map(AuthorRef::id)
                .toList();
        ArticleDraft draft = new ArticleDraft(
                story.headline(),
                story.deck(),
                story.body(),
                Slugs.articleSlug(story.headline(), 100),
                section.id(),
                authorIds,
                tagIds,
                story.dateline(),
                "en",
                null,
                null,
                leadImage(story));
        return articles.importPublished(draft, story.published(), story.updated());
    }

    /** The story's picture, put in the library like an upload (renditions and all). */
    private LeadImage leadImage(StoryFile story) {
        if (story.image() == null) {
            return LeadImage.NONE;
        }
        StoryFile.Image image = story.image();
        long id = media.importImage(
                        "demo-" + image.scene() + ".png",
                        picture(image.scene()),
                        new ImageEdit(image.alt(), image.caption(), image.credit(), false))
                .id();
        return new LeadImage(id, null, null, false);
    }

    private static List<Resource> storyFiles() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md");
        return Arrays.stream(resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }

    /**
     * A scene's picture, from {@code demo/images}: flat illustrations of each story's scene, once drawn with Java2D and
     * committed as the PNG files that drawing made, so that the files (named by their content) stay those of the
     * instances seeded before.
     */
    private static byte[] picture(String scene) {
        ClassPathResource resource = new ClassPathResource("demo/images/" + scene + ".png");
        if (!resource.exists()) {
            throw new IllegalArgumentException("No demo picture " + resource.getPath() + " for the scene " + scene);
        }
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
