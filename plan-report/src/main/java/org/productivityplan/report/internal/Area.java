package org.productivityplan.report.internal;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Theme;
import org.productivityplan.validation.RuleCategory;

/**
 * The parts of the scorecard: the guidance's four themes, then monitoring, governance and context,
 * each with its question in plain words and the rule that says whether it is answered at all. The
 * last, {@link #DATA}, holds what belongs to none of them (the plan's data and reading problems); it
 * is not on the scorecard but its findings are listed.
 */
enum Area {
  TRANSFORMING_SERVICES(
      Theme.TRANSFORMING_SERVICES,
      null,
      "Theme 1: Transforming services",
      "How has the council changed the way it designs and delivers services to make better use of"
          + " its money and staff, what difference did that make, and what will it change next?",
      "PP101"),
  TECHNOLOGY_AND_DATA(
      Theme.TECHNOLOGY_AND_DATA,
      null,
      "Theme 2: Technology and data",
      "How will the council use technology and make better use of data to take better decisions,"
          + " design better services and use its resources well?",
      "PP102"),
  REDUCING_WASTEFUL_SPEND(
      Theme.REDUCING_WASTEFUL_SPEND,
      null,
      "Theme 3: Reducing wasteful spend",
      "What will the council do to cut waste in its organisation, and how much does it spend on"
          + " consultants, agency staff, equality, diversity and inclusion programmes, and trade union"
          + " facility time?",
      "PP103"),
  REMOVING_BARRIERS(
      Theme.REMOVING_BARRIERS,
      null,
      "Theme 4: Barriers government could remove",
      "What stands in the council's way that the government could help to reduce or remove, and"
          + " what does the council ask the government to do?",
      "PP104"),
  MONITORING(
      null,
      RuleCategory.MONITORING,
      "Monitoring and progress",
      "Who checks that the plan is delivered, how often, and how will progress be measured and"
          + " reported?",
      "PP150"),
  GOVERNANCE(
      null,
      RuleCategory.GOVERNANCE,
      "Governance and publication",
      "Did the council's elected members endorse the plan, was it sent to the government on time,"
          + " and can the public read it on the council's website?",
      "PP160"),
  CONTEXT(
      null,
      RuleCategory.CONTEXT,
      "The council's context",
      "What is the council's financial position, how does its plan connect to the council's own"
          + " priorities, and who checks its work (peer challenge, scrutiny, audit)?",
      "PP170"),
  DATA(null, null, "The plan's data", "Is the plan's data whole and consistent?", "");

  /** The areas in order, made once: {@code values()} copies its array at every call. */
  private static final Area[] AREAS = values();

  private final Optional<Theme> theme;
  private final Optional<RuleCategory> category;
  private final String title;
  private final String question;
  private final String headlineRule;
  private final String id;

  Area(
      @Nullable Theme theme,
      @Nullable RuleCategory category,
      String title,
      String question,
      String headlineRule) {
    this.theme = Optional.ofNullable(theme);
    this.category = Optional.ofNullable(category);
    this.title = title;
    this.question = question;
    this.headlineRule = headlineRule;
    this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The area of a finding: its theme's, else its rule's category's, else {@link #DATA}. */
  static Area of(Optional<Theme> findingTheme, Optional<RuleCategory> ruleCategory) {
    for (Area area : AREAS) {
      if (findingTheme.isPresent() ? area.theme.equals(findingTheme) : area.theme.isEmpty()
          && area.category.isPresent() && area.category.equals(ruleCategory)) {
        return area;
      }
    }
    return DATA;
  }

  /** The theme, for the four themes. */
  Optional<Theme> theme() {
    return theme;
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  String question() {
    return question;
  }

  /** The rule whose finding means the area is not answered at all. */
  String headlineRule() {
    return headlineRule;
  }
}
