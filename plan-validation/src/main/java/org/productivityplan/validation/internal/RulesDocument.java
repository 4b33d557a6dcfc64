package org.productivityplan.validation.internal;

import java.util.List;
import org.productivityplan.validation.RuleInfo;

/**
 * Writes {@code docs/rules.md}: the catalogue of a profile generated from its rules' metadata, with
 * the engine's own finding ids and the Bean Validation constraints that report as rules.
 */
public final class RulesDocument {

  private RulesDocument() {}

  /**
   * Writes the document.
   *
   * @param profile the profile id
   * @param rules the profile's rules, in the order to list them
   * @return the Markdown text
   */
  public static String markdown(String profile, List<RuleInfo> rules) {
    StringBuilder out = new StringBuilder();
    out.append("# Rules of profile `").append(profile).append("`\n\n");
    out.append(
        "<!-- Generated from the rules' metadata (RuleInfo) by RulesDocumentTest; do not edit.\n"
            + "     Regenerate: ./mvnw -pl plan-validation -am test -Drules.doc.update=true"
            + " -->\n\n");
    out.append(
        "Each rule has a stable id, a human name, a default severity (which a configuration can\n"
            + "change, see [validation.md](validation.md)), the guidance it comes from and why it"
            + " matters.\n"
            + "A plan is *valid* when no finding is an error, and *complete* when it is valid and"
            + " no finding\nis a warning.\n\n");
    out.append(rules.size()).append(rules.size() == 1 ? " rule.\n\n" : " rules.\n\n");
    if (!rules.isEmpty()) {
      out.append("| Id | Name | Severity | Category | Theme | Summary |\n");
      out.append("|---|---|---|---|---|---|\n");
      for (RuleInfo rule : rules) {
        out.append("| [")
            .append(rule.id())
            .append("](#")
            .append(anchor(rule))
            .append(") | ")
            .append(cell(rule.name()))
            .append(" | ")
            .append(rule.defaultSeverity().code())
            .append(" | ")
            .append(Names.title(rule.category()))
            .append(" | ")
            .append(rule.theme().map(theme -> String.valueOf(theme.number())).orElse(""))
            .append(" | ")
            .append(cell(rule.summary()))
            .append(" |\n");
      }
      out.append('\n');
    }
    for (RuleInfo rule : rules) {
      out.append("## ").append(rule.id()).append(" ").append(rule.name()).append("\n\n");
      out.append(rule.summary()).append("\n\n");
      out.append("- Severity: ").append(rule.defaultSeverity().code()).append('\n');
      out.append("- Category: ").append(Names.title(rule.category())).append('\n');
      rule.theme()
          .ifPresent(
              theme ->
                  out.append("- Theme: ")
                      .append(theme.number())
                      .append(", ")
                      .append(theme.title())
                      .append('\n'));
      out.append("- Guidance: ").append(rule.guidance()).append("\n\n");
      out.append(rule.rationale()).append("\n\n");
    }
    out.append("## Field constraints\n\n");
    out.append(
        "These constraints are declared on the model and checked through Jakarta Bean"
            + " Validation;\ntheir findings take the rule id shown, and follow that rule's"
            + " configuration.\n\n");
    out.append("| Constraint | On | Rule |\n|---|---|---|\n");
    for (BeanValidation.Mapping mapping : BeanValidation.mappings()) {
      out.append("| `@")
          .append(mapping.constraint().getSimpleName())
          .append("` | `")
          .append(mapping.type())
          .append('.')
          .append(mapping.property())
          .append("` | ")
          .append(mapping.ruleId())
          .append(" |\n");
    }
    out.append("\n## Findings of the engine\n\n");
    out.append(
        "These ids belong to the engine, not to a profile; they cannot be configured, and no"
            + " rule\nmay take an id starting with `SDK`.\n\n");
    out.append("| Id | Name | Severity | Meaning |\n|---|---|---|---|\n");
    for (EngineIds id : EngineIds.values()) {
      out.append("| ")
          .append(id.id())
          .append(" | ")
          .append(id.ruleName())
          .append(" | ")
          .append(id.severity().code())
          .append(" | ")
          .append(cell(id.summary()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String anchor(RuleInfo rule) {
    return (rule.id() + "-" + rule.name()).toLowerCase(java.util.Locale.ROOT);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
