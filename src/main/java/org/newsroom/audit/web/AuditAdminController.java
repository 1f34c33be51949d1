package org.newsroom.audit.web;

import java.time.LocalDate;
import java.util.List;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEntry;
import org.newsroom.audit.AuditLog;
import org.newsroom.audit.AuditQuery;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for admins: filter by action, person, story and dates. */
@Controller
record AuditAdminController(AuditLog audit, NewsroomProperties properties) {

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) Long article,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        AuditQuery query = new AuditQuery(action, actor, article, from, to, page);
        List<AuditEntry> entries = audit.find(query, properties.site().timeZone());
        model.addAttribute("query", query);
        model.addAttribute(
                "entries", entries.stream().limit(AuditQuery.PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > AuditQuery.PAGE_SIZE);
        model.addAttribute("actions", AuditAction.values());
        return "admin/audit/list";
    }
}
