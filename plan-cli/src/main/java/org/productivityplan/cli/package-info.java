/**
 * The {@code plan} command line: validates productivity plans against the guidance, lists the
 * rules, prints the JSON Schema, formats plans and prints the bundled examples. Run it with {@code
 * ./plan} from the repository root; {@code docs/cli.md} documents every command, option, exit code
 * and output.
 *
 * <p>An application, not a library: its one public type is {@link
 * org.productivityplan.cli.Main}, and nothing here is API.
 */
@NullMarked
package org.productivityplan.cli;

import org.jspecify.annotations.NullMarked;
