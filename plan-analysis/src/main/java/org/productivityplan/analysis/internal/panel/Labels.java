package org.productivityplan.analysis.internal.panel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.PanelSummary.EndorsementState;
import org.productivityplan.analysis.PanelSummary.PublicationState;
import org.productivityplan.analysis.PanelSummary.SpendFigure;
import org.productivityplan.model.BarrierCategory;
import org.productivityplan.model.CouncilType;
import org.productivityplan.model.KpiSourceKind;
import org.productivityplan.model.Money;
import org.productivityplan.model.PlanStatus;
import org.productivityplan.model.SpendCategory;

/** The English words the text, CSV and HTML renderings use for the model's values. */
public final class Labels {

  /** What a category of spend with no figure shows. */
  public static final String NOT_REPORTED = "not reported";

  private Labels() {}

  public static String type(@Nullable CouncilType type) {
    if (type == null) {
      return "type not known";
    }
    switch (type) {
      case UNITARY_AUTHORITY:
        return "unitary authority";
      case NON_METROPOLITAN_DISTRICT:
        return "district council";
      case METROPOLITAN_BOROUGH:
        return "metropolitan borough";
      case LONDON_BOROUGH:
        return "London borough";
      default:
        return "county council";
    }
  }

  public static String status(@Nullable PlanStatus status) {
    return status == null ? "not stated" : status.code();
  }

  /** The labels of every council type, in order, then that of an unknown type. */
  public static List<String> types() {
    return withNone(CouncilType.values(), Labels::type);
  }

  /** The labels of every status, in order, then that of none stated. */
  public static List<String> statuses() {
    return withNone(PlanStatus.values(), Labels::status);
  }

  public static List<String> endorsements() {
    return Arrays.stream(EndorsementState.values()).map(Labels::endorsement).toList();
  }

  public static List<String> publications() {
    return Arrays.stream(PublicationState.values()).map(Labels::publication).toList();
  }

  private static <E> List<String> withNone(E[] values, Function<@Nullable E, String> label) {
    List<String> labels = new ArrayList<>();
    for (E value : values) {
      labels.add(label.apply(value));
    }
    labels.add(label.apply(null));
    return List.copyOf(labels);
  }

  public static String endorsement(EndorsementState state) {
    switch (state) {
      case DATED:
        return "endorsed with a date";
      case UNDATED:
        return "endorsed without a date";
      default:
        return "no endorsement recorded";
    }
  }

  public static String publication(PublicationState state) {
    switch (state) {
      case ADDRESS_GIVEN:
        return "published with an address";
      case NO_ADDRESS:
        return "published without an address";
      default:
        return "no publication recorded";
    }
  }

  public static String spend(SpendCategory category) {
    switch (category) {
      case CONSULTANCY:
        return "Consultants";
      case AGENCY_STAFF:
        return "Agency staff";
      case EDI:
        return "EDI";
      case TRADE_UNION_FACILITY_TIME:
        return "Trade union facility time";
      default:
        return "Other";
    }
  }

  public static String barrier(@Nullable BarrierCategory category) {
    if (category == null) {
      return "No category given";
    }
    switch (category) {
      case FUNDING:
        return "Funding";
      case LEGISLATION_AND_REGULATION:
        return "Legislation and regulation";
      case NEW_BURDENS:
        return "New burdens";
      case DATA_SHARING:
        return "Data sharing";
      case WORKFORCE:
        return "Workforce";
      case PARTNER_SYSTEMS:
        return "Partner systems";
      case DEVOLUTION:
        return "Devolution";
      case INFRASTRUCTURE:
        return "Infrastructure";
      default:
        return "Other";
    }
  }

  public static String kpiSource(@Nullable KpiSourceKind kind) {
    if (kind == null) {
      return "source not stated";
    }
    switch (kind) {
      case OFLOG:
        return "Oflog";
      case LG_INFORM:
        return "LG Inform";
      case LOCAL:
        return "local measure";
      default:
        return "other published source";
    }
  }

  /** {@code £13,100,000}; pence only when there are some. */
  public static String money(Money money) {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setMaximumFractionDigits(money.amount().scale());
    BigDecimal amount = money.amount();
    return (amount.signum() < 0 ? "-£" : "£") + format.format(amount.abs());
  }

  /**
   * One line's figures as the plan states them: {@code £13,100,000 (2023/24, central staff)}, or
   * {@code not reported (central staff)} when it states none.
   */
  public static String figure(SpendFigure figure) {
    StringBuilder text = new StringBuilder();
    if (figure.amount() != null) {
      text.append(money(figure.amount()));
    }
    if (figure.shareOfPayBill() != null) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(figure.shareOfPayBill())
          .append(" of the pay bill");
    }
    if (figure.otherValue() != null) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(figure.otherValue().toPlainString())
          .append(' ')
          .append(figure.otherUnit());
    }
    if (text.length() == 0) {
      text.append(NOT_REPORTED);
    }
    StringBuilder detail = new StringBuilder();
    if (figure.hasFigure()) {
      detail.append(figure.financialYear() == null ? "year not stated" : figure.financialYear().toString());
    }
    if (figure.scope() != null) {
      detail.append(detail.length() == 0 ? "" : ", ").append(figure.scope());
    }
    return detail.length() == 0 ? text.toString() : text + " (" + detail + ")";
  }
}
