/** Reading and writing plans as JSON, format 1.0. */
@NullMarked
package org.productivityplan.io;

import org.jspecify.annotations.NullMarked;
