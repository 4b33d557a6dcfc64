package org.productivityplan.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.report.internal.PanelModels;
import org.productivityplan.report.internal.Templates;

/**
 * The review panel's summary across many plans ({@link PanelSummary}) as one self-contained HTML
 * page, in the layout, style sheet and Content-Security-Policy of {@link HtmlReport}: the plans by
 * council type, status, endorsement and publication; coverage of each theme and rule with the
 * councils not meeting it by council type; the specified spend as stated ("not reported" where a
 * plan gives none) with totals only within one financial year; barriers and the asks grouped; the
 * KPIs in use; and the inputs that could not be read.
 *
 * <p>The page says, and does, what the panel did: it never scores or ranks councils. Councils are
 * listed alphabetically, asks and KPIs by how many plans name them. Every text from a plan is
 * escaped, and invisible control characters are shown as escapes.
 *
 * <pre>{@code
 * PanelReport.standard().render(summary, Path.of("panel.html"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PanelReport {

  private static final PanelReport STANDARD = new PanelReport();

  private PanelReport() {}

  /**
   * Returns the panel page.
   *
   * @return the page
   */
  public static PanelReport standard() {
    return STANDARD;
  }

  /**
   * Writes the page of a summary.
   *
   * @param summary the summary
   * @param out where to write the HTML; flushed, not closed
   * @throws IOException when writing fails
   */
  public void render(PanelSummary summary, Writer out) throws IOException {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(out, "out");
    Templates.render(PanelModels.of(summary), out);
    out.flush();
  }

  /**
   * Writes the page of a summary to a file in UTF-8, replacing it.
   *
   * @param summary the summary
   * @param file the file
   * @throws IOException when the file cannot be written
   */
  public void render(PanelSummary summary, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      render(summary, out);
    }
  }

  /**
   * Returns the page of a summary.
   *
   * @param summary the summary
   * @return the HTML
   */
  public String toHtml(PanelSummary summary) {
    StringWriter out = new StringWriter(64 * 1024);
    try {
      render(summary, out);
    } catch (IOException e) {
      throw new IllegalStateException("A StringWriter does not fail", e);
    }
    return out.toString();
  }
}
