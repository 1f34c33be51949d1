package org.newsroom.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * What an admin request that cannot be carried out gets, wherever it fails: a 400 with the reason, in the admin layout
 * (or as JSON for the editor's scripts). A broken rule ({@link RuleViolation}) says what in its own words; a parameter
 * of the wrong type or a missing one ({@code /admin/articles/abc/edit}, {@code ?status=BOGUS}) says which.
 *
 * <p>Controllers still catch a {@link RuleViolation} where they can show it next to the field with everything typed
 * kept; this is for everywhere else, which would otherwise be a 500.
 */
@ControllerAdvice(
        basePackages = {
            "org.newsroom.article.web",
            "org.newsroom.audit.web",
            "org.newsroom.media.web",
            "org.newsroom.people.web",
            "org.newsroom.staff.web",
            "org.newsroom.taxonomy.web"
        })
record AdminBadRequestAdvice(NewsroomProperties properties) {

    private static final Logger log = LoggerFactory.getLogger(AdminBadRequestAdvice.class);
    private static final int LONGEST_VALUE_SHOWN = 80;

    @ExceptionHandler(RuleViolation.class)
    ModelAndView ruleViolation(
            RuleViolation violation, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return badRequest(violation.getMessage(), handler, request, response);
    }

    @ExceptionHandler({
        TypeMismatchException.class,
        ServletRequestBindingException.class,
        MissingServletRequestPartException.class,
        BindException.class,
        HttpMessageNotReadableException.class
    })
    ModelAndView unusableRequest(
            Exception e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return badRequest(message(e), handler, request, response);
    }

    private ModelAndView badRequest(
            String message, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (answersJson(handler)) {
            ModelAndView json = new ModelAndView(new JacksonJsonView());
            json.addObject("status", "invalid");
            json.addObject("message", message);
            json.setStatus(HttpStatus.BAD_REQUEST);
            return json;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            // A public address served from a module's web package (an image file): the site's own 400 page.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("admin/error");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("message", message);
        page.addObject("site", new AdminSite(properties.site().name()));
        StaffPrincipal me = signedIn();
        page.addObject("me", me);
        // An exception handler's view gets no @ModelAttribute of the advices: the layout's role flags are added here.
        page.addObject("isEditor", AdminLayoutAdvice.may(me, StaffRole.EDITOR));
        page.addObject("isAdmin", AdminLayoutAdvice.may(me, StaffRole.ADMIN));
        response.setHeader("Cache-Control", "no-store");
        return page;
    }

    private static boolean answersJson(HandlerMethod handler) {
        if (ModelAndView.class.isAssignableFrom(handler.getMethod().getReturnType())) {
            // A page, even from a @RestController: a plain form's redirect, such as the editor's take-over.
            return false;
        }
        return handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }

    private static StaffPrincipal signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                ? principal
                : null;
    }

    static String message(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return invalidValue(mismatch.getName(), mismatch.getValue(), mismatch.getRequiredType());
        }
        if (e instanceof TypeMismatchException mismatch) {
            return invalidValue(mismatch.getPropertyName(), mismatch.getValue(), mismatch.getRequiredType());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "The request has no " + words(missing.getParameterName()) + ": it is needed here.";
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return "The request has no " + words(missing.getRequestPartName()) + ": it is needed here.";
        }
        if (e instanceof BindException binding && binding.getFieldError() != null) {
            var field = binding.getFieldError();
            return invalidValue(field.getField(), field.getRejectedValue(), null);
        }
        return "The request could not be understood. Go back, reload the page and try again.";
    }

    private static String invalidValue(String name, Object value, Class<?> type) {
        String shown = value == null ? "" : String.valueOf(value);
        if (shown.length() > LONGEST_VALUE_SHOWN) {
            shown = shown.substring(0, LONGEST_VALUE_SHOWN) + "…";
        }
        String message = "“" + shown + "” is not a valid " + words(name == null ? "value" : name) + ".";
        if (type != null && type.isEnum()) {
            message += " It is one of: "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "))
                    + ".";
        } else if (type != null
                && (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class))) {
            message += " It is a number.";
        }
        return message;
    }

    /** {@code revisionId} → "revision id". */
    private static String words(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    record AdminSite(String name) {}
}
