package org.productivityplan.cli;

import org.productivityplan.io.ReadLimits;
import org.productivityplan.model.Finding;

/**
 * Turns an {@link OutOfMemoryError} into the one line a person can act on: which file, how much
 * heap there was, and what to do. Exit code 70: running out of memory is neither a finding nor an
 * unreadable plan.
 */
final class OutOfMemory {

  private OutOfMemory() {}

  /**
   * Describes running out of memory while a document was being handled.
   *
   * @param source the document, as named on the command line
   * @param error the error
   * @return a failure with exit code 70
   */
  static CliException reading(String source, OutOfMemoryError error) {
    return new CliException(
        ExitCodes.INTERNAL,
        Finding.printable(source) + ": " + advice("handling it"),
        error);
  }

  /**
   * Describes running out of memory outside any one document (writing the reports, say).
   *
   * @param error the error
   * @return a failure with exit code 70
   */
  static CliException elsewhere(OutOfMemoryError error) {
    return new CliException(ExitCodes.INTERNAL, advice("running"), error);
  }

  private static String advice(String doing) {
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "out of memory while "
        + doing
        + " (the Java heap is at most "
        + heapMb
        + " MB); run again with a larger heap, such as JDK_JAVA_OPTIONS=-Xmx"
        + Math.max(1, heapMb * 4 / 1024 + 1)
        + "g, or split the input: plans larger than a few megabytes are refused by the reader's"
        + " limit of "
        + ReadLimits.DEFAULT_MAX_DOCUMENT_SIZE
        + " bytes";
  }
}
