package org.productivityplan.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.productivityplan.model.Finding;
import org.productivityplan.validation.ValidationReport;

/**
 * Validation reports and findings in the report format 1.0, written by {@link
 * org.productivityplan.validation.Reports#toJsonLine}: one writer of the format, whichever way a
 * report leaves the SDK.
 */
final class Reports {

  private Reports() {}

  /** A report as the {@code report} object of the format. */
  static final StdSerializer<ValidationReport> REPORT_SERIALIZER =
      new StdSerializer<>(ValidationReport.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public void serialize(ValidationReport value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
          Json.copy(org.productivityplan.validation.Reports.toJsonLine(value), gen);
        }
      };

  /** A finding as the {@code finding} object of the format. */
  static final StdSerializer<Finding> FINDING_SERIALIZER =
      new StdSerializer<>(Finding.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public void serialize(Finding value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
          String report =
              org.productivityplan.validation.Reports.toJsonLine(ValidationReport.ofProblems(List.of(value)));
          Json.copyFirstElement(report, "findings", gen);
        }
      };
}
