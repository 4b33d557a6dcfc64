package org.productivityplan.analysis;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.PanelSummary.EndorsementState;
import org.productivityplan.analysis.PanelSummary.PlanEntry;
import org.productivityplan.analysis.PanelSummary.PublicationState;
import org.productivityplan.analysis.internal.panel.Labels;
import org.productivityplan.analysis.internal.panel.PanelText;
import org.productivityplan.model.BarrierCategory;
import org.productivityplan.model.CouncilType;
import org.productivityplan.model.KpiSourceKind;
import org.productivityplan.model.Money;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.SpendCategory;

/**
 * The English words in which {@link PanelSummary}'s text and CSV show its values, for other
 * renderings (such as plan-report's HTML page) to say the same thing in the same words.
 */
public final class PanelLabels {

  /** What a category of spend with no figure shows: {@value}. */
  public static final String NOT_REPORTED = Labels.NOT_REPORTED;

  private PanelLabels() {}

  /**
   * Returns the categories of the specified spend table, in the guidance's order: consultants,
   * agency staff, EDI, trade union facility time.
   *
   * @return the categories
   */
  public static List<SpendCategory> spendTableCategories() {
    return PanelText.TABLE_CATEGORIES;
  }

  /**
   * Returns a council type's words, such as {@code district council}.
   *
   * @param type the type, or null when not known
   * @return the words
   */
  public static String councilType(@Nullable CouncilType type) {
    return Labels.type(type);
  }

  /**
   * Returns the words of every council type, in order, then those of a type not known.
   *
   * @return the words
   */
  public static List<String> councilTypes() {
    return Labels.types();
  }

  /**
   * Returns a status's words.
   *
   * @param status the status, or null when not stated
   * @return the words
   */
  public static String status(@Nullable PlanStatus status) {
    return Labels.status(status);
  }

  /**
   * Returns the words of every status, in order, then those of none stated.
   *
   * @return the words
   */
  public static List<String> statuses() {
    return Labels.statuses();
  }

  /**
   * Returns an endorsement state's words.
   *
   * @param state the state
   * @return the words
   */
  public static String endorsement(EndorsementState state) {
    return Labels.endorsement(state);
  }

  /**
   * Returns the words of every endorsement state, in order.
   *
   * @return the words
   */
  public static List<String> endorsements() {
    return Labels.endorsements();
  }

  /**
   * Returns a publication state's words.
   *
   * @param state the state
   * @return the words
   */
  public static String publication(PublicationState state) {
    return Labels.publication(state);
  }

  /**
   * Returns the words of every publication state, in order.
   *
   * @return the words
   */
  public static List<String> publications() {
    return Labels.publications();
  }

  /**
   * Returns a spend category's words, such as {@code Agency staff}.
   *
   * @param category the category
   * @return the words
   */
  public static String spend(SpendCategory category) {
    return Labels.spend(category);
  }

  /**
   * Returns a barrier category's words.
   *
   * @param category the category, or null for barriers given none
   * @return the words
   */
  public static String barrier(@Nullable BarrierCategory category) {
    return Labels.barrier(category);
  }

  /**
   * Returns a KPI source's words, such as {@code LG Inform}.
   *
   * @param kind the kind of source, or null when not stated
   * @return the words
   */
  public static String kpiSource(@Nullable KpiSourceKind kind) {
    return Labels.kpiSource(kind);
  }

  /**
   * Returns an amount as {@code £13,100,000}, with pence only when there are some.
   *
   * @param money the amount
   * @return the words
   */
  public static String money(Money money) {
    return Labels.money(money);
  }

  /**
   * Returns a plan's figures for one category of spend as stated, with years and scopes, or
   * {@value #NOT_REPORTED} when it states none.
   *
   * @param plan the plan
   * @param category the category
   * @return the words
   */
  public static String figures(PlanEntry plan, SpendCategory category) {
    return PanelText.figures(plan, category);
  }

  /**
   * Returns the labels of plans grouped by council type, in the order of the types, alphabetical
   * within each (as given, when the plans are alphabetical).
   *
   * @param plans the plans
   * @return the labels by the words of their type; only types some plan has
   */
  public static Map<String, List<String>> byCouncilType(List<PlanEntry> plans) {
    return PanelText.byType(plans);
  }
}
