/** Example plans: faithful fixtures of real 2024 productivity plans, and test-suite helpers. */
@NullMarked
package org.productivityplan.examples;

import org.jspecify.annotations.NullMarked;
