/**
 * The engine's implementation: configuration reading, the Bean Validation bridge, report writers.
 * Not exported; not part of the API.
 */
@NullMarked
package org.productivityplan.validation.internal;

import org.jspecify.annotations.NullMarked;
