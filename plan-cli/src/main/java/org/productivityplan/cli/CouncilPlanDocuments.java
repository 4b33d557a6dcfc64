package org.productivityplan.cli;

import java.util.ArrayList;
import java.util.List;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.ValidationReport;

/**
 * What {@code plan validate} does with a council-plan document (such as Somerset County Council's
 * Business Plan 2021-2023, and as {@link org.productivityplan.io.DocumentKind} decides, the rule
 * {@code plan fmt} uses too): it reads it as a council plan and reports what reading found, with one
 * information finding, {@value #NOT_PROFILED}, saying that the productivity-plan profile does not
 * apply. The profile's rules ask for themes, spend and endorsement that a council plan is not meant
 * to have, so applying them would report category errors, not shortfalls. The exit code is 0
 * unless reading found an error.
 */
final class CouncilPlanDocuments {

  /** The id of the finding that says the productivity-plan profile does not apply. */
  static final String NOT_PROFILED = "DOC001";

  private CouncilPlanDocuments() {}

  /**
   * Returns the report on a council-plan document read as a council plan.
   *
   * @param read the document read as a council plan
   * @param profile the profile that was not applied
   * @param source the document's name
   * @return its read problems and the {@value #NOT_PROFILED} finding
   */
  static ValidationReport report(ReadResult<CouncilPlan> read, String profile, String source) {
    return report(read.problems(), profile, source);
  }

  private static ValidationReport report(List<Finding> problems, String profile, String source) {
    List<Finding> findings = new ArrayList<>(problems);
    findings.add(
        Finding.builder()
            .ruleId(NOT_PROFILED)
            .severity(Severity.INFO)
            .message(
                "This is a council plan, not a productivity plan: it was read as one, and profile "
                    + profile
                    + " does not apply to it")
            .addArguments(profile)
            .build());
    return ValidationReport.ofProblems(findings, source);
  }
}
