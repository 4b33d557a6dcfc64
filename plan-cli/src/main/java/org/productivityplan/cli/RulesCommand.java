package org.productivityplan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.productivityplan.validation.PlanValidator;
import org.productivityplan.validation.Reports;
import org.productivityplan.validation.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plan rules}: the rule catalogue of a profile. */
@Command(
    name = "rules",
    sortOptions = false,
    header = "List the rules plans are checked against.",
    description = {
      "Prints the catalogue of the profile: each rule's id, name, severity, category and guidance"
          + " reference.",
      ""
    })
final class RulesCommand implements Callable<Integer> {

  @Mixin private HelpOption help = new HelpOption();

  /** The formats of the catalogue: SARIF has no catalogue of its own. */
  enum Format {
    TEXT,
    JSON;

    static final class Converter extends Choices.Converter<Format> {
      Converter() {
        super(Format.class);
      }
    }
  }

  @ParentCommand private PlanCommand parent;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "text (default) or json.")
  private Format format = Format.TEXT;

  @Mixin private ProfileOption profileOption = new ProfileOption();

  @Override
  public Integer call() {
    String profile = profileOption.known();
    List<RuleInfo> rules = PlanValidator.builder().profile(profile).build().rules();
    parent
        .terminal()
        .out()
        .print(format == Format.JSON ? Reports.rulesToJson(rules) : Reports.rulesToText(rules));
    return ExitCodes.OK;
  }
}
