package org.newsroom.frontpage.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.newsroom.frontpage.FrontCuration;
import org.newsroom.frontpage.FrontEditorView;
import org.newsroom.frontpage.FrontKey;
import org.newsroom.frontpage.FrontSlot;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front page's and the section fronts' screen, {@code /admin/front} and {@code /admin/front/sections/{slug}}. Each
 * button has its own handler; each posts the whole form, and the buttons that move stories about save the working
 * copy (which readers never see) and come back, so that nothing typed is lost and the page works without JavaScript.
 * With it, {@code front.js} lets stories be dragged, or moved with the keyboard, before saving.
 */
@Controller
@RequestMapping({FrontAdminController.FRONT, FrontAdminController.SECTION_FRONT})
record FrontAdminController(FrontCuration curation, SectionService sections, NewsroomProperties properties) {

    static final String FRONT = "/admin/front";
    static final String SECTION_FRONT = "/admin/front/sections/{section:[a-z0-9-]+}";

    @GetMapping
    String page(@RequestParam(required = false) String q, Post post) {
        FrontEditorView view = curation.open(post.front().key(), post.actor());
        return show(view, FrontForm.of(view), q, post);
    }

    @PostMapping(params = "save")
    String save(@ModelAttribute("form") FrontForm form, Post post) {
        return change(form, post, null, slots -> slots, "Working copy saved. Readers see it once published.");
    }

    @PostMapping(params = "publish")
    String publish(@ModelAttribute("form") FrontForm form, Post post) {
        return act(
                form,
                post,
                front -> curation.publish(front, form.toSlots(), post.actor()),
                "Published: readers see this arrangement now.");
    }

    @PostMapping(params = "schedule")
    String schedule(@ModelAttribute("form") FrontForm form, Post post) {
        return act(
                form,
                post,
                front -> curation.schedule(front, form.toSlots(), scheduleTime(form.getScheduleAt()), post.actor()),
                // Only said once the time has been read, so it is there.
                () -> "Scheduled: this arrangement goes out at "
                        + form.getScheduleAt().strip().replace('T', ' ') + ".");
    }

    @PostMapping(params = "cancel")
    String cancel(@RequestParam long cancel, @ModelAttribute("form") FrontForm form, Post post) {
        return act(form, post, front -> curation.cancelSchedule(front, cancel, post.actor()), "Schedule cancelled.");
    }

    @PostMapping(params = "restore")
    String restore(@RequestParam long restore, @ModelAttribute("form") FrontForm form, Post post) {
        return act(
                form,
                post,
                front -> curation.restore(front, restore, post.actor()),
                "Restored: readers see that arrangement again, as a new revision.");
    }

    @PostMapping(params = "up")
    String up(@RequestParam int up, @ModelAttribute("form") FrontForm form, Post post) {
        return change(form, post, null, slots -> swap(slots, up - 1, up), "Moved up.");
    }

    @PostMapping(params = "down")
    String down(@RequestParam int down, @ModelAttribute("form") FrontForm form, Post post) {
        return change(form, post, null, slots -> swap(slots, down, down + 1), "Moved down.");
    }

    @PostMapping(params = "remove")
    String remove(@RequestParam int remove, @ModelAttribute("form") FrontForm form, Post post) {
        return change(
                form,
                post,
                null,
                slots -> {
                    if (remove >= 0 && remove < slots.size()) {
                        slots.remove(remove);
                    }
                    return slots;
                },
                "Taken off the front. Readers see the change once it is published.");
    }

    @PostMapping(params = "add")
    String add(
            @RequestParam long add,
            @RequestParam(required = false) String q,
            @ModelAttribute("form") FrontForm form,
            Post post) {
        return change(form, post, q, slots -> placed(slots, add, slots.size()), "Added to the top stories.");
    }

    @PostMapping(params = "lead")
    String lead(
            @RequestParam long lead,
            @RequestParam(required = false) String q,
            @ModelAttribute("form") FrontForm form,
            Post post) {
        return change(form, post, q, slots -> placed(slots, lead, 0), "Made the lead.");
    }

    /** The search keeps the working copy too, so that what was typed into the slots survives the new page. */
    @PostMapping(params = "search")
    String search(@RequestParam(required = false) String q, @ModelAttribute("form") FrontForm form, Post post) {
        return change(form, post, q, slots -> slots, null);
    }

    @GetMapping("/compare")
    String compare(@RequestParam long left, @RequestParam long right, Post post) {
        FrontKey key = post.front().key();
        Model model = post.model();
        try {
            model.addAttribute("comparison", curation.compare(key, left, right, post.actor()));
        } catch (RuleViolation violation) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, violation.getMessage());
        }
        model.addAttribute("frontName", curation.open(key, post.actor()).name());
        model.addAttribute("frontPath", post.front().path());
        return "admin/front/compare";
    }

    /**
     * The front a request is about (from its path), the staff member and the model, given to every handler alike. It
     * sits in the model it holds, so its {@code toString} leaves the model out rather than go round it for ever.
     */
    record Post(Front front, Actor actor, Model model, RedirectAttributes redirect) {
        @Override
        public String toString() {
            return "Post[" + front + ", " + actor + "]";
        }
    }

    /** An unknown section is a 404 for every handler, before any of them runs. */
    @ModelAttribute
    Post post(
            @PathVariable(required = false) String section,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return me == null ? null : new Post(front(section), me.actor(), model, redirect);
    }

    /** Does what a button says to the front, such as publishing it, and says {@code done}. */
    private String act(FrontForm form, Post post, Consumer<FrontKey> work, String done) {
        return act(form, post, work, () -> done);
    }

    private String act(FrontForm form, Post post, Consumer<FrontKey> work, Supplier<String> done) {
        return attempt(form, post, null, () -> {
            work.accept(post.front().key());
            return done.get();
        });
    }

    /** Moves the slots as a button says, then saves them as the working copy. */
    private String change(FrontForm form, Post post, String q, UnaryOperator<List<FrontSlot>> move, String done) {
        return attempt(form, post, q, () -> {
            List<FrontSlot> slots = move.apply(new ArrayList<>(form.toSlots()));
            curation.save(post.front().key(), slots, post.actor());
            return done;
        });
    }

    private String attempt(FrontForm form, Post post, String q, Supplier<String> act) {
        try {
            String done = act.get();
            if (done != null) {
                post.redirect().addFlashAttribute("success", done);
            }
            if (q != null && !q.isBlank()) {
                post.redirect().addAttribute("q", q.strip());
            }
            return "redirect:" + post.front().path();
        } catch (RuleViolation violation) {
            post.model().addAttribute("error", violation.getMessage());
            return show(curation.open(post.front().key(), post.actor()), form, q, post);
        }
    }

    private String show(FrontEditorView view, FrontForm form, String q, Post post) {
        Front front = post.front();
        Model model = post.model();
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("q", q);
        model.addAttribute("candidates", curation.candidates(q, post.actor()));
        model.addAttribute("frontPath", front.path());
        model.addAttribute("readerPath", front.readerPath());
        model.addAttribute("sections", sections.navigationSections());
        model.addAttribute("currentSection", front.section());
        model.addAttribute("maxSlots", FrontCuration.MAX_SLOTS);
        model.addAttribute("zone", properties.site().timeZone().getId());
        return "admin/front/edit";
    }

    private Front front(String slug) {
        if (slug == null) {
            return new Front(FrontKey.FRONT, null);
        }
        SectionRef section = sections.findSection(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such section"));
        return new Front(FrontKey.section(section.id()), section);
    }

    record Front(FrontKey key, SectionRef section) {
        String path() {
            return section == null ? FRONT : "/admin/front/sections/" + section.slug();
        }

        String readerPath() {
            return section == null ? "/" : section.path();
        }
    }

    private static List<FrontSlot> swap(List<FrontSlot> slots, int a, int b) {
        if (a >= 0 && b < slots.size() && a < b) {
            FrontSlot first = slots.get(a);
            slots.set(a, slots.get(b));
            slots.set(b, first);
        }
        return slots;
    }

    /** The story at {@code index}: moved there if it is on the front already, else put in. */
    private static List<FrontSlot> placed(List<FrontSlot> slots, long articleId, int index) {
        FrontSlot slot = slots.stream()
                .filter(s -> s.articleId() == articleId)
                .findFirst()
                .orElse(FrontSlot.of(articleId));
        slots.remove(slot);
        slots.add(Math.min(index, slots.size()), slot);
        return slots;
    }

    /** The editor gives a local date and time; it is taken in the site's zone. */
    private Instant scheduleTime(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("scheduleAt", "Enter the date and time the arrangement goes out.");
        }
        try {
            return LocalDateTime.parse(value.strip())
                    .atZone(properties.site().timeZone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolation("scheduleAt", "Enter a date and time, like 2026-11-28T06:00.");
        }
    }
}
