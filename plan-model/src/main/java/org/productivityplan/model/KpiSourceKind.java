package org.productivityplan.model;

/**
 * Where a KPI's definition comes from.
 */
public enum KpiSourceKind implements Coded {
  /** A metric of the Office for Local Government (closed in December 2024). */
  OFLOG,

  /** A metric of the Local Government Association's LG Inform. */
  LG_INFORM,

  /** A measure the council defines itself. */
  LOCAL,

  /** Another published source, such as a government statistical return. */
  OTHER;

  private final String code = Coded.toCode(name());

  @Override
  public String code() {
    return code;
  }
}
