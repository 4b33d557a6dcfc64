/**
 * The built-in rules of profile {@code dluhc-2024}, one small final class per rule, listed in
 * {@link org.productivityplan.validation.internal.rules.Dluhc2024Rules}. Not exported.
 */
@NullMarked
package org.productivityplan.validation.internal.rules;

import org.jspecify.annotations.NullMarked;
