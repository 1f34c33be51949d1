package org.newsroom.article.web;

import jakarta.servlet.ServletRequest;
import java.util.List;
import org.newsroom.article.web.ArticleConflictController.Resolution;
import org.newsroom.article.web.ButtonSequence.Post;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Gives each of the editor's buttons what it is posted with as one {@link Post}: the form bound and validated as
 * {@code @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors} would bind it (the same binder, the
 * same validator, the form and its errors in the model under the same names), the signed-in staff member as
 * {@code @AuthenticationPrincipal} gives it, the page's model and the flash attributes of a redirect. The nine
 * handlers then name only the story and their own work. The conflict screen's buttons get the same, unvalidated, as one
 * {@link Resolution}.
 */
@Configuration(proxyBeanMethods = false)
class EditorPostArguments implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Post.class || parameter.getParameterType() == Resolution.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders)
                throws Exception {
            boolean button = parameter.getParameterType() == Post.class;
            ArticleForm form = new ArticleForm();
            WebDataBinder binder = binders.createBinder(request, form, "form");
            ((ServletRequestDataBinder) binder).bind(request.getNativeRequest(ServletRequest.class));
            BindingResult errors = binder.getBindingResult();
            if (button) {
                binder.validate();
            } else if (errors.hasErrors()) {
                // As a @ModelAttribute without a BindingResult after it: a value that does not bind is a 400.
                throw new MethodArgumentNotValidException(parameter, errors);
            }
            container.addAllAttributes(errors.getModel());
            Model model = (Model) container.getModel();
            RedirectAttributesModelMap redirect =
                    new RedirectAttributesModelMap(binders.createBinder(request, null, DataBinder.DEFAULT_OBJECT_NAME));
            container.setRedirectModel(redirect);
            return button
                    ? new Post(form, errors, signedIn(), model, redirect)
                    : new Resolution(form, signedIn(), model, redirect);
        }

        private static StaffPrincipal signedIn() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me ? me : null;
        }
    }
}
