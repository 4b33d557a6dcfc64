/**
 * HTML reports of a plan and its validation: {@link org.productivityplan.report.HtmlReport}.
 */
@NullMarked
package org.productivityplan.report;

import org.jspecify.annotations.NullMarked;
