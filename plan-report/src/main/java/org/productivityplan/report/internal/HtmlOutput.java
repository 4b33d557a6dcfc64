package org.productivityplan.report.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import org.jspecify.annotations.Nullable;

/**
 * jte's HTML output, which escapes every {@code ${...}} for where it is written, with one shortcut:
 * text between tags that holds none of {@code <}, {@code >} and {@code &} is written as it is, which
 * is what jte's escaping would write too, found by three quick searches instead of a look at every
 * character. Everything else (attributes, script, text with any of those characters) goes through
 * jte's escaping unchanged. Most of a page's text is such plain prose: the rules' rationales, the
 * findings' messages, the plan's names.
 */
final class HtmlOutput extends OwaspHtmlTemplateOutput {

  private final TemplateOutput out;
  private @Nullable String tagName;
  private @Nullable String attributeName;

  HtmlOutput(TemplateOutput out) {
    super(out);
    this.out = out;
  }

  @Override
  public void setContext(@Nullable String tagName, @Nullable String attributeName) {
    super.setContext(tagName, attributeName);
    this.tagName = tagName;
    this.attributeName = attributeName;
  }

  @Override
  public void writeUserContent(@Nullable String value) {
    // jte escapes text as an attribute's when both names are set, as script inside <script>, and
    // otherwise as HTML text: only the last, when there is nothing to escape, is taken here.
    if (value != null
        && (tagName == null || attributeName == null)
        && !"script".equalsIgnoreCase(tagName)
        && isPlainText(value)) {
      out.writeContent(value);
    } else {
      super.writeUserContent(value);
    }
  }

  /** Tells whether HTML text escaping leaves a string as it is. */
  static boolean isPlainText(String value) {
    return value.indexOf('<') < 0 && value.indexOf('>') < 0 && value.indexOf('&') < 0;
  }
}
