/**
 * Validating plans against the 2024 guidance: {@code PlanValidator}, its reports, the rule
 * service-provider interface.
 */
@NullMarked
package org.productivityplan.validation;

import org.jspecify.annotations.NullMarked;
