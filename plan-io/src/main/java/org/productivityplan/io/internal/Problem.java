package org.productivityplan.io.internal;

import org.productivityplan.model.Severity;

/**
 * The catalogue of problems a reader reports, each with a stable id ({@code IO001}...) that is
 * never reused. docs/format.md lists them; a test keeps the two in step.
 */
public enum Problem {
  /** The text is not well-formed JSON. Refuses the document. */
  MALFORMED_JSON("IO001", Severity.ERROR, "Malformed JSON", true),
  /** Something follows the document's root value. Refuses the document. */
  TRAILING_CONTENT("IO002", Severity.ERROR, "Content after the document", true),
  /** An object has two members of one name. Refuses the document. */
  DUPLICATE_KEY("IO003", Severity.ERROR, "Duplicate property", true),
  /** A literal that JSON does not have: NaN, Infinity, undefined, True... Refuses the document. */
  NON_JSON_LITERAL("IO004", Severity.ERROR, "Not a JSON literal", true),
  /** The bytes are not valid UTF-8. Refuses the document. */
  INVALID_UTF8("IO005", Severity.ERROR, "Invalid UTF-8", true),
  /** A read limit is exceeded. Refuses the document. */
  LIMIT_EXCEEDED("IO006", Severity.ERROR, "Read limit exceeded", true),
  /** The document could not be read at all: no such file, a directory, no permission. */
  CANNOT_READ("IO007", Severity.ERROR, "Cannot read the document", true),
  /** The root of the document is not a JSON object. Refuses the document. */
  ROOT_NOT_OBJECT("IO008", Severity.ERROR, "Root is not an object", true),
  /** The document's major version is not 1. Refuses the document. */
  UNSUPPORTED_VERSION("IO009", Severity.ERROR, "Unsupported major version", true),
  /** The schemaVersion is missing or not MAJOR.MINOR; the document is read as 1.0. */
  BAD_VERSION("IO010", Severity.ERROR, "Missing or malformed schemaVersion", false),
  /** The document is of a newer minor version; it is read, and what is new is kept. */
  NEWER_MINOR_VERSION("IO011", Severity.INFO, "Newer minor version", false),
  /** An object was not read because a property it requires is missing or invalid. */
  NOT_READ("IO012", Severity.ERROR, "Object not read", false),
  /** More problems were found than ReadLimits.maxProblems keeps; this one counts the rest. */
  TOO_MANY_PROBLEMS("IO013", Severity.INFO, "Problems not kept", false),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("IO020", Severity.ERROR, "Wrong JSON type", false),
  /** A code (enumeration value) is not one of the format's codes. */
  UNKNOWN_CODE("IO021", Severity.ERROR, "Unknown code", false),
  /** A date is not YYYY-MM-DD (or, for a partial date, YYYY or YYYY-MM), or no such day exists. */
  BAD_DATE("IO022", Severity.ERROR, "Bad date", false),
  /** A financial year is not YYYY/YY with consecutive years. */
  BAD_FINANCIAL_YEAR("IO023", Severity.ERROR, "Bad financial year", false),
  /** An amount of money is not {"amount": number, "currency": "GBP"}. */
  BAD_MONEY("IO024", Severity.ERROR, "Bad money", false),
  /** A property the format requires is missing. */
  MISSING_PROPERTY("IO025", Severity.ERROR, "Missing required property", false),
  /** A property the format does not define: kept (lenient, information) or refused (strict, error). */
  UNKNOWN_PROPERTY("IO026", Severity.INFO, "Unknown property", false),
  /** A member that a value object (money, date range) does not have. */
  UNKNOWN_MEMBER("IO027", Severity.ERROR, "Unknown member of a value", false),
  /** A date range with neither start nor end. */
  BAD_DATE_RANGE("IO028", Severity.ERROR, "Bad date range", false),
  /** A number that is not a whole number where one is needed, or too large to hold. */
  BAD_NUMBER("IO029", Severity.ERROR, "Bad number", false),
  /** A null where a value is optional: read as not stated. */
  NULL_VALUE("IO030", Severity.INFO, "Null read as not stated", false);

  private final String id;
  private final Severity severity;
  private final String title;
  private final boolean refusesDocument;

  Problem(String id, Severity severity, String title, boolean refusesDocument) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.refusesDocument = refusesDocument;
  }

  /** @return the stable id, such as {@code IO001} */
  public String id() {
    return id;
  }

  /** @return the usual severity */
  public Severity severity() {
    return severity;
  }

  /** @return a short title */
  public String title() {
    return title;
  }

  /** @return whether the problem means no value can be read */
  public boolean refusesDocument() {
    return refusesDocument;
  }
}
