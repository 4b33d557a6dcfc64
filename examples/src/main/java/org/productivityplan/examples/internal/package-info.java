/** Implementation of the examples: loading and caching the fixture documents. Not an API. */
@NullMarked
package org.productivityplan.examples.internal;

import org.jspecify.annotations.NullMarked;
