package org.productivityplan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.productivityplan.examples.ExamplePlans;
import org.productivityplan.io.PlanJson;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.ValidationReport;

/** The plans the report is tested on: each bundled real plan, and a hostile one. */
final class ReportCases {

  /** A fixed day, so that rules that depend on the date give the same findings every run. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  /** The validator of the reports, on {@link #CLOCK}'s day. */
  static final PlanValidator VALIDATOR = PlanValidator.builder().clock(CLOCK).build();

  /**
   * A plan with its report.
   *
   * @param name a name for the test and the screenshot
   * @param plan the plan
   * @param report its validation report
   */
  record Case(String name, ProductivityPlan plan, ValidationReport report) {
    @Override
    public String toString() {
      return name;
    }
  }

  private ReportCases() {}

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (var example : ExamplePlans.realExamples()) {
      cases.add(read(example.name(), ExamplePlans.json(example.name())));
    }
    cases.add(hostile());
    return cases;
  }

  static Case somerset() {
    return read(ExamplePlans.SOMERSET_2024, ExamplePlans.json(ExamplePlans.SOMERSET_2024));
  }

  /** A plan whose texts hold markup, script, {@code javascript:} addresses and bidi controls. */
  static Case hostile() {
    try (InputStream in = ReportCases.class.getResourceAsStream("hostile-plan.json")) {
      return read("hostile", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Case read(String name, String json) {
    ReadResult<ProductivityPlan> read = PlanJson.builder().build().read(json);
    ProductivityPlan plan = read.value().orElseThrow(() -> new AssertionError(read.problems()));
    return new Case(name, plan, VALIDATOR.validate(plan, read.problems(), name));
  }
}
