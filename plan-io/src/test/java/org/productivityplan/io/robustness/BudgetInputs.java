package org.productivityplan.io.robustness;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Documents that every read limit accepts (with the value limit raised where a case needs more
 * values than its default) but whose shape once cost far more memory than their size: the cases of
 * the memory budget. Each is generated as it is read.
 */
final class BudgetInputs {

  /** One document of a known size. */
  static final class Case {
    final String name;
    final long size;
    final Supplier<InputStream> input;

    Case(String name, long size, Supplier<InputStream> input) {
      this.name = name;
      this.size = size;
      this.input = input;
    }

    @Override
    public String toString() {
      return name + " (" + size + " bytes)";
    }
  }

  private static final String HEAD =
      "{\"schemaVersion\": \"1.0\", \"council\": {\"name\": \"C\"}, \"title\": \"T\", ";

  private BudgetInputs() {}

  /** 8 MB of arrays of zeros, in an unknown property. */
  static Case zeros() {
    String unit = "[" + "0,".repeat(999) + "0],";
    GeneratedInput in = GeneratedInput.of(HEAD + "\"x\": [", unit, 4000, "[0]]}");
    return new Case("8 MB of [0,0,...]", in.length(), in::stream);
  }

  /** 8 MB of empty objects, in arrays in an unknown property. */
  static Case emptyObjects() {
    String unit = "[" + "{},".repeat(999) + "{}],";
    GeneratedInput in = GeneratedInput.of(HEAD + "\"x\": [", unit, 2700, "{}]}");
    return new Case("8 MB of {}", in.length(), in::stream);
  }

  /** An unknown object of a million members, each named after its number. */
  static Case millionMembers() {
    SequenceInput in = SequenceInput.of(HEAD + "\"x\": {", i -> "\"k" + i + "\": 0, ", 1_000_000, "\"end\": 0}}");
    return new Case("a million members in an unknown object", length(in), in::stream);
  }

  /** A million unknown properties of the plan itself: a million IO026 problems. */
  static Case millionUnknownProperties() {
    SequenceInput in = SequenceInput.of(HEAD, i -> "\"k" + i + "\": 0, ", 1_000_000, "\"end\": 0}");
    return new Case("a million unknown properties", length(in), in::stream);
  }

  /** 100,000 small projects. */
  static Case hundredThousandProjects() {
    GeneratedInput in = GeneratedInput.of(HEAD + "\"projects\": [",
        "{\"id\": \"p\", \"name\": \"P\"}, ", 99_999, "{\"id\": \"p\", \"name\": \"P\"}]}");
    return new Case("100,000 projects", in.length(), in::stream);
  }

  /** A realistic plan of about 14 MB: projects with long texts, milestones, money and dates. */
  static Case realistic() {
    String text = "The council will redesign the service around the resident, moving routine contacts"
        + " online and freeing staff for complex cases; savings are net of the cost of the new system. ";
    String project = "{\n      \"id\": \"digital-front-door\",\n      \"name\": \"Digital front door\",\n"
        + "      \"themes\": [\"technologyAndData\"],\n      \"status\": \"inProgress\",\n"
        + "      \"description\": \"" + text.repeat(8) + "\",\n"
        + "      \"period\": {\"start\": \"2024-04\", \"end\": \"2026-03\"},\n"
        + "      \"milestones\": [{\"id\": \"m1\", \"description\": \"Go live\", \"due\": \"2025-01\"},"
        + " {\"id\": \"m2\", \"description\": \"Review\", \"due\": \"2025-09\"}],\n"
        + "      \"xLocalReference\": {\"ledger\": \"TR-0042\", \"codes\": [1, 2, 3]}\n    },\n    ";
    GeneratedInput in = GeneratedInput.of(HEAD + "\n  \"projects\": [\n    ", project, 7_700,
        "{\"id\": \"last\", \"name\": \"Last\"}]}\n");
    return new Case("a realistic 14 MB plan", in.length(), in::stream);
  }

  static List<Case> all() {
    return List.of(zeros(), emptyObjects(), millionMembers(), millionUnknownProperties(),
        hundredThousandProjects(), realistic());
  }

  private static long length(SequenceInput in) {
    long n = 0;
    try (InputStream s = in.stream()) {
      byte[] b = new byte[65536];
      for (int r; (r = s.read(b)) >= 0; ) {
        n += r;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return n;
  }
}
