package org.productivityplan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.ConformsTo;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/**
 * Checks {@link ConformsTo}: runs the profile's {@link PlanValidator} (built once per profile and
 * JVM) and turns each finding at or above {@code failOn} into one constraint violation, with a
 * property path from its JSON Pointer and its rule id as dynamic payload.
 */
public final class ConformsToValidator
    implements ConstraintValidator<ConformsTo, ProductivityPlan> {

  private static final Map<String, PlanValidator> VALIDATORS = new ConcurrentHashMap<>();

  private PlanValidator validator = PlanValidator.standard();
  private Severity failOn = Severity.ERROR;

  /** Creates the validator; Bean Validation does, once per constraint declaration. */
  public ConformsToValidator() {}

  @Override
  public void initialize(ConformsTo constraint) {
    String profile = constraint.profile();
    this.validator =
        profile.equals(PlanValidator.DEFAULT_PROFILE)
            ? PlanValidator.standard()
            : VALIDATORS.computeIfAbsent(profile, p -> PlanValidator.builder().profile(p).build());
    this.failOn = constraint.failOn();
  }

  @Override
  public boolean isValid(@Nullable ProductivityPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    ValidationReport report = validator.validate(plan);
    if (!report.hasAtLeast(failOn)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate =
        context instanceof HibernateConstraintValidatorContext
            ? (HibernateConstraintValidatorContext) context
            : null;
    for (Finding finding : report.findings()) {
      if (!finding.severity().isAtLeast(failOn)) {
        continue;
      }
      if (hibernate != null) {
        hibernate.withDynamicPayload(finding.ruleId());
      }
      String message = "[" + finding.ruleId() + "] " + finding.message();
      addViolation(
          context.buildConstraintViolationWithTemplate(escape(message)), finding.pointer());
    }
    return false;
  }

  /** Escapes what a message template would interpolate: braces, dollar signs, backslashes. */
  static String escape(String message) {
    StringBuilder out = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Adds the violation at the property path of a JSON Pointer: {@code /specifiedSpend/3/amount}
   * becomes {@code specifiedSpend[3].amount}; an index at the end becomes the element's own node.
   */
  private static void addViolation(ConstraintViolationBuilder builder, String pointer) {
    Object node = builder;
    Integer index = null;
    boolean first = true;
    for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      int at = first ? -1 : Digits.index(name, 0, name.length());
      if (at >= 0) {
        index = at;
        continue;
      }
      first = false;
      NodeBuilderCustomizableContext property = property(node, name);
      if (index != null) {
        node = property.inIterable().atIndex(index);
        index = null;
      } else {
        node = property;
      }
    }
    if (index != null) {
      bean(node).inIterable().atIndex(index).addConstraintViolation();
    } else {
      finish(node);
    }
  }

  private static NodeBuilderCustomizableContext property(Object node, String name) {
    if (node instanceof ConstraintViolationBuilder) {
      return ((ConstraintViolationBuilder) node).addPropertyNode(name);
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      return ((NodeBuilderCustomizableContext) node).addPropertyNode(name);
    }
    if (node instanceof NodeContextBuilder) {
      return ((NodeContextBuilder) node).addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
  }

  private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext bean(Object node) {
    if (node instanceof ConstraintViolationBuilder) {
      return ((ConstraintViolationBuilder) node).addBeanNode();
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      return ((NodeBuilderCustomizableContext) node).addBeanNode();
    }
    if (node instanceof NodeContextBuilder) {
      return ((NodeContextBuilder) node).addBeanNode();
    }
    return ((NodeBuilderDefinedContext) node).addBeanNode();
  }

  private static void finish(Object node) {
    if (node instanceof ConstraintViolationBuilder) {
      ((ConstraintViolationBuilder) node).addConstraintViolation();
    } else if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else if (node instanceof NodeContextBuilder) {
      ((NodeContextBuilder) node).addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    }
  }
}
