/** How {@code KpiProgress} and {@code MilestoneProgress} are worked out and written. Not exported. */
@NullMarked
package org.productivityplan.analysis.internal.progress;

import org.jspecify.annotations.NullMarked;
