package org.newsroom.article.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.article.LeadImage;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.PendingSubmission;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;

/** The story editor's form. Everything typed comes back in it after any error. */
public class ArticleForm {

    @NotBlank(message = "Enter a headline.")
    @Size(max = 200, message = "A headline has at most 200 characters.")
    private String headline;

    @Size(max = 400, message = "A deck has at most 400 characters.")
    private String deck;

    @Size(max = 200_000, message = "The body has at most 200,000 characters.")
    private String body;

    @Size(max = 120, message = "A slug has at most 120 characters.")
    @Pattern(
            regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$",
            message = "Use lower-case letters, digits and single hyphens, like syrian-peace-talks.")
    private String slug;

    private Long sectionId;

    @Size(max = 1000, message = "Tags have at most 1,000 characters in all.")
    private String tags;

    @Size(max = 1000, message = "A byline has at most 1,000 characters.")
    private String byline;

    @Size(max = 80, message = "A dateline has at most 80 characters.")
    private String dateline;

    /** Empty until the editor fills in the site's language for a new story (newsroom.site.language). */
    @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "Choose a language from the list.")
    private String language;

    @Size(max = 200, message = "An SEO title has at most 200 characters.")
    private String seoTitle;

    @Size(max = 400, message = "An SEO description has at most 400 characters.")
    private String seoDescription;

    /** The library image at the top of the story, by its number. */
    private Long leadImageId;

    @Size(max = 1000, message = "Alt text has at most 1,000 characters.")
    private String leadImageAlt;

    @Size(max = 2000, message = "A caption has at most 2,000 characters.")
    private String leadImageCaption;

    private boolean leadImageDecorative;

    private Long version;

    private boolean publicUpdate = true;

    /** When to publish, as the browser's date-time field gives it, in the site's time zone. */
    @Size(max = 40)
    private String scheduleAt;

    @Size(max = 2000, message = "A note has at most 2,000 characters.")
    private String reviewNote;

    public static ArticleForm from(StoryInput input, long version) {
        ArticleForm form = new ArticleForm();
        form.takeStory(input);
        form.version = version;
        return form;
    }

    /** Puts a story's text in the form, as a merge with someone else's save made it; the rest of the form stays. */
    void takeStory(StoryInput input) {
        headline = input.headline();
        deck = input.deck();
        body = input.body();
        slug = input.slug();
        sectionId = input.sectionId();
        tags = input.tags();
        byline = input.byline();
        dateline = input.dateline();
        language = input.language();
        seoTitle = input.seoTitle();
        seoDescription = input.seoDescription();
        leadImageId = input.leadImage().imageId();
        leadImageAlt = input.leadImage().alt();
        leadImageCaption = input.leadImage().caption();
        leadImageDecorative = input.leadImage().decorative();
    }

    /**
     * The form as it was posted when the session had expired, bound as that post would have been: a field that does
     * not bind (a section that is not a number) stays empty, and the checkboxes' markers say which were unticked.
     */
    static ArticleForm from(PendingSubmission pending) {
        ArticleForm form = new ArticleForm();
        MutablePropertyValues posted = new MutablePropertyValues();
        pending.parameters().forEach((name, values) -> posted.add(name, values.toArray(String[]::new)));
        new WebDataBinder(form, "form").bind(posted);
        return form;
    }

    /** What the editor wrote, by field name. */
    StoryInput toInput() {
        return StoryInput.builder()
                .headline(headline)
                .deck(deck)
                .body(body)
                .slug(slug)
                .sectionId(sectionId)
                .tags(tags)
                .byline(byline)
                .dateline(dateline)
                .language(language)
                .seoTitle(seoTitle)
                .seoDescription(seoDescription)
                .leadImage(new LeadImage(leadImageId, leadImageAlt, leadImageCaption, leadImageDecorative))
                .build();
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getDeck() {
        return deck;
    }

    public void setDeck(String deck) {
        this.deck = deck;
    }

    public String getBody() {
        return body;
    }

    /**
     * A browser sends a textarea's line ends as CRLF when it submits the form, and as LF in the script's autosave: the
     * body is kept with LF only, so that a story saved untouched keeps its Markdown byte for byte, whichever way it came.
     */
    public void setBody(String body) {
        this.body = body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n');
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public String getDateline() {
        return dateline;
    }

    public void setDateline(String dateline) {
        this.dateline = dateline;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    public String getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(String scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public Long getLeadImageId() {
        return leadImageId;
    }

    public void setLeadImageId(Long leadImageId) {
        this.leadImageId = leadImageId;
    }

    public String getLeadImageAlt() {
        return leadImageAlt;
    }

    public void setLeadImageAlt(String leadImageAlt) {
        this.leadImageAlt = leadImageAlt;
    }

    public String getLeadImageCaption() {
        return leadImageCaption;
    }

    public void setLeadImageCaption(String leadImageCaption) {
        this.leadImageCaption = leadImageCaption;
    }

    public boolean isLeadImageDecorative() {
        return leadImageDecorative;
    }

    public void setLeadImageDecorative(boolean leadImageDecorative) {
        this.leadImageDecorative = leadImageDecorative;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isPublicUpdate() {
        return publicUpdate;
    }

    public void setPublicUpdate(boolean publicUpdate) {
        this.publicUpdate = publicUpdate;
    }
}
