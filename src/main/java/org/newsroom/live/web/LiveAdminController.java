package org.newsroom.live.web;

import java.util.List;
import java.util.function.Supplier;
import org.newsroom.article.StoryState;
import org.newsroom.live.EntryDraft;
import org.newsroom.live.LiveDesk;
import org.newsroom.live.LiveEditing;
import org.newsroom.live.LiveEntryNotFoundException;
import org.newsroom.live.LiveStorySummary;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Live coverage in the admin area: the live stories, and one story's entries to post, edit, delete, pin and mark as key
 * events, and its coverage to end. Editors only, here (the security configuration's {@code /admin/live/**}) and in
 * the service.
 */
@Controller
@RequestMapping(LiveAdminController.PATH)
record LiveAdminController(LiveEditing live, LiveDesk desk, java.time.Clock clock) {

    static final String PATH = "/admin/live";

    /**
     * An entry's form. {@code action} is "post" (post it now) or "draft" (keep it from readers); {@code keyEvent} is
     * absent when its box is not ticked.
     */
    record EntryForm(String title, String body, Boolean keyEvent, String action) {

        EntryDraft toDraft() {
            return new EntryDraft(title, body, Boolean.TRUE.equals(keyEvent), !"draft".equals(action));
        }
    }

    @GetMapping
    String list(Model model) {
        List<LiveStorySummary> stories = desk.stories();
        model.addAttribute("stories", stories);
        model.addAttribute(
                "states",
                desk.states(stories.stream().map(LiveStorySummary::storyId).toList()));
        return "admin/live/list";
    }

    @PostMapping
    String start(
            @RequestParam("story") String story,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        long id;
        try {
            id = Long.parseLong(story.strip());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "Give the story's number, as in its editor's address.");
            return "redirect:" + PATH;
        }
        try {
            live.start(id, me.actor());
        } catch (LiveEntryNotFoundException e) {
            redirect.addFlashAttribute("error", "There is no story " + id + ".");
            return "redirect:" + PATH;
        }
        redirect.addFlashAttribute("success", "The story is live: post its first entry.");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{story}")
    String story(@PathVariable long story, Model model) {
        LiveStorySummary summary =
                desk.findStory(story).orElseThrow(() -> new LiveEntryNotFoundException("Not a live story"));
        StoryState state = desk.states(List.of(story)).get(story);
        model.addAttribute("story", summary);
        model.addAttribute("state", state);
        model.addAttribute("published", state != null && state.visibleAt(clock.instant()));
        model.addAttribute("entries", desk.editableEntries(story));
        return "admin/live/story";
    }

    @PostMapping("/{story}/entries")
    String post(EntryForm form, Post post) {
        return post.act(
                () -> {
                    live.post(post.story(), form.toDraft(), post.actor());
                    return form.toDraft().post() ? "Entry posted: readers see it now." : "Entry saved as a draft.";
                },
                form);
    }

    @PostMapping("/{story}/entries/{entry}")
    String edit(@PathVariable long entry, EntryForm form, Post post) {
        return post.act(() -> live.edit(entry, form.toDraft(), post.actor()), "Entry saved.");
    }

    @PostMapping("/{story}/entries/{entry}/delete")
    String delete(@PathVariable long entry, Post post) {
        return post.act(() -> live.delete(entry, post.actor()), "Entry deleted: readers no longer see it.");
    }

    @PostMapping("/{story}/entries/{entry}/pin")
    String pin(@PathVariable long entry, Post post) {
        return post.act(() -> live.pin(post.story(), entry, post.actor()), "Entry pinned to the top.");
    }

    @PostMapping("/{story}/unpin")
    String unpin(Post post) {
        return post.act(() -> live.pin(post.story(), null, post.actor()), "Nothing is pinned now.");
    }

    @PostMapping("/{story}/entries/{entry}/key-event")
    String keyEvent(@PathVariable long entry, @RequestParam(defaultValue = "false") boolean keyEvent, Post post) {
        return post.act(
                () -> live.markKeyEvent(entry, keyEvent, post.actor()),
                keyEvent ? "Marked as a key event." : "No longer a key event.");
    }

    @PostMapping("/{story}/end")
    String end(Post post) {
        return post.act(
                () -> live.end(post.story(), post.actor()),
                "Coverage ended: readers' pages say so and stop listening.");
    }

    @PostMapping("/{story}/restart")
    String restart(Post post) {
        return post.act(() -> live.start(post.story(), post.actor()), "The coverage is live again.");
    }

    /**
     * The live story a post is about (from its path), who posts, and where its notice goes: what every button's
     * handler needs alike.
     */
    record Post(Long story, Actor actor, RedirectAttributes redirect) {

        /** Does what the button says and goes back to the story's screen with {@code done}, or with the rule broken. */
        String act(Runnable action, String done) {
            return act(
                    () -> {
                        action.run();
                        return done;
                    },
                    null);
        }

        /** The same, keeping {@code form} (what was typed) for the screen when a rule is broken. */
        String act(Supplier<String> action, EntryForm form) {
            try {
                redirect.addFlashAttribute("success", action.get());
            } catch (RuleViolation e) {
                redirect.addFlashAttribute("error", e.getMessage());
                if (form != null) {
                    redirect.addFlashAttribute("form", form);
                }
            }
            return "redirect:" + PATH + "/" + story;
        }
    }

    @ModelAttribute
    Post post(
            @PathVariable(required = false) Long story,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        return me == null ? null : new Post(story, me.actor(), redirect);
    }
}
