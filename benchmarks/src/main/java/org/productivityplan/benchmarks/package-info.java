/**
 * JMH benchmarks of the SDK against a bare Jackson parse and networknt's JSON Schema check, the
 * data they run on, and tools for the bulk and cold-start measurements in {@code
 * docs/performance.md}. Not published.
 */
@NullMarked
package org.productivityplan.benchmarks;

import org.jspecify.annotations.NullMarked;
