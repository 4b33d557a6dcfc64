package org.productivityplan.model;

import java.util.Map;

/**
 * An object of the model that keeps the properties a reader did not know, so that nothing a user
 * wrote is lost when a plan is read and written back (for instance the additions of a newer minor
 * version of the format).
 */
public interface Extensible {

  /**
   * Returns the properties a reader did not know, by name, each as the raw JSON of its value, in the
   * order they were read.
   *
   * @return the unknown properties, empty when there were none
   */
  Map<String, RawJson> unknownProperties();
}
