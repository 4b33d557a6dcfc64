/** The implementation of plan-io: not exported, not an API. */
@NullMarked
package org.productivityplan.io.internal;

import org.jspecify.annotations.NullMarked;
