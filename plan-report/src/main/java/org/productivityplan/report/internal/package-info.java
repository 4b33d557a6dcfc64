/**
 * How the report is made: the view model built from a plan and its validation ({@link
 * org.productivityplan.report.internal.ReportModel}), and the precompiled jte templates that turn it
 * into HTML. Not exported.
 */
@NullMarked
package org.productivityplan.report.internal;

import org.jspecify.annotations.NullMarked;
