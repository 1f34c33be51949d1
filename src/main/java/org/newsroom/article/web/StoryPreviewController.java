package org.newsroom.article.web;

import org.newsroom.article.PreviewService;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A story as readers would see it before they can: the whole page, and the editor's preview pane.
 */
@Controller
record StoryPreviewController(PreviewService previews) {

    /** The story in the real article template, as readers would see the editor's current text. */
    @GetMapping("/admin/articles/{id}/preview")
    String preview(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        var article = previews.preview(id, me.actor());
        model.addAttribute("article", article);
        model.addAttribute("preview", true);
        return "site/article";
    }

    /** The preview pane of the editor, when JavaScript runs: the body as readers would get it. */
    @PostMapping(path = "/admin/articles/preview-markdown", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> previewMarkdown(
            @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String language) {
        return ResponseEntity.ok(previews.renderPreview(body, language));
    }
}
