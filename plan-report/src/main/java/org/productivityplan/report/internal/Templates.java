package org.productivityplan.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The report's templates, compiled to Java classes at build time by the jte Maven plugin from
 * {@code src/main/jte}. jte's HTML content type escapes every {@code ${...}} for the place it is
 * written in (text, attribute), so plan text cannot become markup. A page goes to the caller's
 * writer in a few large pieces ({@link PageOutput}), and text with nothing to escape skips the
 * escaper's look at each character ({@link HtmlOutput}).
 */
public final class Templates {

  private static final String PACKAGE = "org.productivityplan.report.internal.templates";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  private Templates() {}

  /**
   * Writes the page of a model.
   *
   * @param model the model
   * @param out where to write; not closed
   * @throws IOException when the writer fails
   */
  public static void render(ReportModel model, Writer out) throws IOException {
    render("report.jte", model, out);
  }

  /**
   * Writes the page of a panel summary.
   *
   * @param model the model
   * @param out where to write; not closed
   * @throws IOException when the writer fails
   */
  public static void render(PanelModel model, Writer out) throws IOException {
    render("panel.jte", model, out);
  }

  private static void render(String template, Object model, Writer out) throws IOException {
    PageOutput page = new PageOutput(out);
    try {
      ENGINE.render(template, model, new HtmlOutput(page));
    } catch (TemplateException e) {
      if (e.getCause() instanceof UncheckedIOException) {
        throw ((UncheckedIOException) e.getCause()).getCause();
      }
      throw e;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    page.flush();
  }
}
