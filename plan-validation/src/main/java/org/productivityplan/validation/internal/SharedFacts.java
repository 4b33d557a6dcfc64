package org.productivityplan.validation.internal;

import java.util.function.Supplier;

/**
 * A rule context that keeps, for the one plan its rules check, facts that more than one rule
 * needs, so that they are found once per validation: the engine's contexts do. A rule that is
 * given another context (a test's, say) finds the fact itself.
 */
public interface SharedFacts {

  /**
   * Returns a fact about the plan being checked, found on first use.
   *
   * @param <T> the fact's type
   * @param kind the fact's type, which names it
   * @param find finds the fact; it must depend on nothing but the plan
   * @return the fact, the same object for every rule of this validation
   */
  <T> T shared(Class<T> kind, Supplier<T> find);

  /**
   * Returns a fact about the plan through a context that keeps them, or finds it anew.
   *
   * @param <T> the fact's type
   * @param context the rule's context
   * @param kind the fact's type, which names it
   * @param find finds the fact; it must depend on nothing but the plan
   * @return the fact
   */
  static <T> T of(Object context, Class<T> kind, Supplier<T> find) {
    return context instanceof SharedFacts facts ? facts.shared(kind, find) : find.get();
  }
}
