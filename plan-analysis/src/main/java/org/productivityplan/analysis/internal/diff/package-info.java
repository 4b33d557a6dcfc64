/**
 * How {@code PlanDiff} compares two plans: the model as a tree of fields, elements matched by
 * identity, renames, and the findings' identity. Not exported.
 */
@NullMarked
package org.productivityplan.analysis.internal.diff;

import org.jspecify.annotations.NullMarked;
