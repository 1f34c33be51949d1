package org.newsroom.media.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageUploads;
import org.newsroom.media.LibraryImage;
import org.newsroom.media.MediaLibrary;
import org.newsroom.media.UploadResult;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library in the admin: the grid with search, uploads (a plain form, and one file per request from the
 * page's script, for its progress bars), an image's page with its description and the stories that use it, and the
 * picker the story editor opens. Permissions are the library's business; this binds and shows.
 */
@Controller
record MediaAdminController(MediaLibrary library, ImageUploads uploads) {

    @GetMapping("/admin/media")
    String library(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("library", library.search(trimmed(q), page));
        model.addAttribute("maxSize", uploads.maxSize());
        return "admin/media/library";
    }

    /** The form without JavaScript: any number of files; each gets its line in the answer. */
    @PostMapping(path = "/admin/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String credit,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isEmpty())) {
                continue;
            }
            outcomes.add(UploadOutcome.of(upload(file, credit, me)));
        }
        if (outcomes.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "Choose one or more images to upload.");
            return "redirect:/admin/media";
        }
        if (outcomes.size() == 1 && outcomes.getFirst().stored()) {
            redirect.addFlashAttribute("success", outcomes.getFirst().message());
            return "redirect:/admin/media/" + outcomes.getFirst().imageId();
        }
        redirect.addFlashAttribute("outcomes", outcomes);
        return "redirect:/admin/media";
    }

    /** One file, from the page's script: it shows the answer next to the file's progress bar. */
    @PostMapping(
            path = "/admin/media/upload",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> uploadOne(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String credit,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (file == null) {
            return ResponseEntity.unprocessableContent()
                    .body(Map.of("status", "refused", "message", "No file arrived. Try again."));
        }
        UploadOutcome outcome = UploadOutcome.of(upload(file, credit, me));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", outcome.stored() ? "stored" : "refused");
        answer.put("fileName", outcome.fileName());
        answer.put("message", outcome.message());
        if (outcome.stored()) {
            answer.put("id", outcome.imageId());
            answer.put("url", "/admin/media/" + outcome.imageId());
            answer.put("thumbnail", outcome.thumbnail());
        }
        return outcome.stored()
                ? ResponseEntity.ok(answer)
                : ResponseEntity.unprocessableContent().body(answer);
    }

    @GetMapping("/admin/media/{id}")
    String image(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        ImageDetails image = library.get(id);
        return page(model, image, ImageForm.from(image), me);
    }

    @PostMapping("/admin/media/{id}")
    String describe(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ImageForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        ImageDetails image = library.get(id);
        if (errors.hasErrors()) {
            return page(model, image, form, me);
        }
        try {
            library.describe(id, form.getVersion(), form.toEdit(), me.actor());
        } catch (RuleViolation violation) {
            if (violation.field() != null) {
                errors.rejectValue(violation.field(), "rule", violation.getMessage());
            } else {
                errors.reject("rule", violation.getMessage());
            }
            return page(model, image, form, me);
        }
        redirect.addFlashAttribute("success", "Saved.");
        return "redirect:/admin/media/" + id;
    }

    @PostMapping("/admin/media/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        String fileName = library.get(id).fileName();
        try {
            library.delete(id, me.actor());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("deleteError", violation.getMessage());
            return "redirect:/admin/media/" + id;
        }
        redirect.addFlashAttribute("success", "“" + fileName + "” is deleted.");
        return "redirect:/admin/media";
    }

    /** The story editor's picker: a page of the library as JSON, which its script shows as a grid. */
    @GetMapping(path = "/admin/media/choose", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> choose(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
        var found = library.search(trimmed(q), page);
        List<Map<String, Object>> images = new ArrayList<>();
        for (LibraryImage item : found.images()) {
            ImageDetails image = item.image();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", image.id());
            entry.put("fileName", image.fileName());
            entry.put("alt", image.alt() == null ? "" : image.alt());
            entry.put("caption", image.caption() == null ? "" : image.caption());
            entry.put("credit", image.credit() == null ? "" : image.credit());
            entry.put("decorative", image.decorative());
            entry.put("markdown", image.markdown());
            entry.put(
                    "thumbnail",
                    image.picture().renditions().isEmpty()
                            ? ""
                            : image.picture().jpeg().getFirst().url());
            images.add(entry);
        }
        return Map.of("images", images, "page", found.page(), "hasNext", found.hasNext());
    }

    private String page(Model model, ImageDetails image, ImageForm form, StaffPrincipal me) {
        model.addAttribute("image", image);
        model.addAttribute("form", form);
        model.addAttribute("usedBy", library.usedBy(image.id()));
        model.addAttribute("canDelete", me.role().includes(StaffRole.EDITOR));
        return "admin/media/image";
    }

    private UploadResult upload(MultipartFile file, String credit, StaffPrincipal me) {
        String name = file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return uploads.upload(name, in, credit, me.actor());
        } catch (IOException e) {
            return new UploadResult.Refused("image", "The upload did not arrive whole. Try again.");
        }
    }

    private static String trimmed(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String value = q.strip();
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
