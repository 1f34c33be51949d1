package org.newsroom.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A language as a BCP 47 tag whose language is one Java knows by name: {@code en}, {@code fr}, {@code pt-BR}, but not
 * {@code xx}, {@code english} or {@code en_GB}. The tag has the shape the story editor accepts, so that the site's
 * language can be a story's. {@code null} is valid: {@code @NotBlank} says whether a value is required.
 */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String message() default "a known language as a BCP 47 tag, such as en, fr or pt-BR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Public, for Bean Validation to create it. */
    class Validator implements ConstraintValidator<LanguageTag, String> {

        /** The shape of the editor's language field ({@code ArticleForm}). */
        private static final Pattern SHAPE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

        @Override
        public boolean isValid(String tag, ConstraintValidatorContext context) {
            return tag == null || isKnown(tag);
        }

        static boolean isKnown(String tag) {
            if (!SHAPE.matcher(tag).matches()) {
                return false;
            }
            Locale locale;
            try {
                locale = new Locale.Builder().setLanguageTag(tag).build();
            } catch (IllformedLocaleException e) {
                return false;
            }
            // An unknown language's display name is its own code ("xx").
            return !locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(locale.getLanguage());
        }
    }
}
