/**
 * HTML reports of a plan and its validation.
 */
@NullMarked
package org.productivityplan.report;

import org.jspecify.annotations.NullMarked;
