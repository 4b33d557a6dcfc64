package org.productivityplan.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.internal.ConformsToValidator;

/**
 * The guidance as a Jakarta Bean Validation constraint: a {@link
 * org.productivityplan.model.ProductivityPlan} so marked conforms when {@link PlanValidator} finds
 * nothing at or above {@link #failOn()} in it. Put it on a plan field of a request body, and a
 * framework that validates with {@code @Valid} (Spring MVC, Jakarta REST) checks the plan against
 * the guidance with no glue:
 *
 * <pre>{@code
 * public record SubmitPlan(@NotNull @ConformsTo(failOn = Severity.ERROR) ProductivityPlan plan) {}
 * }</pre>
 *
 * <p>Each finding at or above {@code failOn} is one {@code ConstraintViolation}: its message is the
 * finding's message after the rule id in brackets ({@code [PP130] Spend on consultants is not
 * reported}), its property path follows the finding's JSON Pointer ({@code
 * plan.specifiedSpend[3].amount}), and with Hibernate Validator its dynamic payload is the rule id
 * ({@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(String.class)}). A
 * null plan conforms (use {@code @NotNull} to require one). The validator of each profile is built
 * once per JVM and shared.
 */
@Documented
@Constraint(validatedBy = ConformsToValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ConformsTo {

  /**
   * Returns the message of the whole constraint; each violation has its finding's message instead.
   *
   * @return the message template
   */
  String message() default "does not conform to the guidance";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Returns the profile to check against.
   *
   * @return the profile id, {@code dluhc-2024} unless set
   */
  String profile() default PlanValidator.DEFAULT_PROFILE;

  /**
   * Returns the least severity that makes a violation.
   *
   * @return the severity, error unless set
   */
  Severity failOn() default Severity.ERROR;
}
