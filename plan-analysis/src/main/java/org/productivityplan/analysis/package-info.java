/**
 * Plan analysis: differences between versions, KPI and milestone progress, summaries across plans.
 */
@NullMarked
package org.productivityplan.analysis;

import org.jspecify.annotations.NullMarked;
