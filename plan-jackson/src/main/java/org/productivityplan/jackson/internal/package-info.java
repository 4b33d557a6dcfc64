/** The serializers and deserializers behind {@code PlanModule}; not API. */
@NullMarked
package org.productivityplan.jackson.internal;

import org.jspecify.annotations.NullMarked;
