/**
 * The Jackson module: register {@code PlanModule} on an {@code ObjectMapper}.
 */
@NullMarked
package org.productivityplan.jackson;

import org.jspecify.annotations.NullMarked;
