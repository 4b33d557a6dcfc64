package org.productivityplan.analysis.internal.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.productivityplan.analysis.PanelSummary;
import org.productivityplan.analysis.PanelSummary.AskGroup;
import org.productivityplan.analysis.PanelSummary.BarrierGroup;
import org.productivityplan.analysis.PanelSummary.Coverage;
import org.productivityplan.analysis.PanelSummary.KpiUse;
import org.productivityplan.analysis.PanelSummary.PlanEntry;
import org.productivityplan.analysis.PanelSummary.SpendFigure;
import org.productivityplan.analysis.PanelSummary.SpendTotal;
import org.productivityplan.analysis.PanelSummary.TypeCount;
import org.productivityplan.analysis.PanelSummary.Unreadable;
import org.productivityplan.model.CouncilType;
import org.productivityplan.model.Finding;
import org.productivityplan.model.SpendCategory;

/**
 * The CSV rendering of a panel summary: one table per file, RFC 4180 through Apache Commons CSV
 * ({@code \r\n} line ends, fields quoted when they hold a comma, a quote or a line end), a header
 * row, and, in files, UTF-8 with a byte-order mark so that a spreadsheet opens it as UTF-8 with
 * no import wizard. Numbers are plain decimals (no currency sign, no thousands separator). A text
 * cell that a spreadsheet would take for a formula (beginning with {@code = + - @}, a tab or a
 * carriage return) is written after an apostrophe, so that opening the file never runs a plan's
 * text as a formula.
 */
public final class PanelCsv {

  /** The byte-order mark that tells a spreadsheet the file is UTF-8. */
  static final String BOM = "\uFEFF";

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

  private PanelCsv() {}

  /**
   * Renders the tables.
   *
   * @param summary the summary
   * @return each table's text by file name, in a fixed order
   */
  public static Map<String, String> render(PanelSummary summary) {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put("plans.csv", plans(summary.plans()));
    tables.put("themes.csv", coverage(summary.themes()));
    tables.put("rules.csv", coverage(summary.rules()));
    tables.put("spend-table.csv", spendTable(summary.plans()));
    tables.put("spend.csv", spend(summary.plans()));
    tables.put("spend-totals.csv", spendTotals(summary.spendTotals()));
    tables.put("barriers.csv", barriers(summary.barriers()));
    tables.put("asks.csv", asks(summary.barriers()));
    tables.put("kpis.csv", kpis(summary.kpis()));
    tables.put("unreadable.csv", unreadable(summary.unreadable()));
    return tables;
  }

  /**
   * Writes the tables into a directory, each in UTF-8 with a byte-order mark.
   *
   * @param summary the summary
   * @param directory the directory, created if need be
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(PanelSummary summary, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> table : render(summary).entrySet()) {
      Path file = directory.resolve(table.getKey());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(BOM);
        out.write(table.getValue());
      }
      files.add(file);
    }
    return files;
  }

  /** Builds one table. */
  private static final class Table {
    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    Table(String... header) {
      try {
        printer = new CSVPrinter(out, FORMAT);
        printer.printRecord((Object[]) header);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Table row(@Nullable Object... cells) {
      Object[] safe = Arrays.copyOf(cells, cells.length);
      for (int i = 0; i < safe.length; i++) {
        if (safe[i] == null) {
          safe[i] = "";
        } else if (safe[i] instanceof String) {
          safe[i] = text((String) safe[i]);
        }
      }
      try {
        printer.printRecord(safe);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  /** A number, written as a plain decimal and never defused as a formula. */
  private record Num(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private static @Nullable Num num(java.math.@Nullable BigDecimal value) {
    return value == null ? null : new Num(value.toPlainString());
  }

  /** A text cell, defused when a spreadsheet would read it as a formula. */
  static String text(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  private static String plans(List<PlanEntry> plans) {
    Table table =
        new Table("Plan", "Council", "GSS code", "Council type", "Source", "Status",
            "Endorsement", "Publication", "Pages", "KPIs", "Barriers", "Valid", "Complete");
    for (PlanEntry p : plans) {
      table.row(p.label(), p.council(), p.gssCode(), Labels.type(p.type()), p.source(),
          Labels.status(p.status()), Labels.endorsement(p.endorsement()),
          Labels.publication(p.publication()), p.pageCount(), p.kpis(), p.barriers(),
          yesNo(p.valid()), yesNo(p.complete()));
    }
    return table.toString();
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static String coverage(List<Coverage> coverages) {
    List<String> header = new ArrayList<>(List.of("Id", "Name", "Theme", "Plans", "Meeting"));
    List<@Nullable CouncilType> types = new ArrayList<>(Arrays.asList(CouncilType.values()));
    types.add(null);
    for (CouncilType type : types) {
      header.add("Plans: " + Labels.type(type));
      header.add("Meeting: " + Labels.type(type));
    }
    header.add("Not meeting");
    Table table = new Table(header.toArray(String[]::new));
    for (Coverage c : coverages) {
      List<@Nullable Object> row = new ArrayList<>();
      row.add(c.id());
      row.add(c.name());
      row.add(c.theme() == null ? null : c.theme().number());
      row.add(c.plans());
      row.add(c.meeting());
      for (CouncilType type : types) {
        TypeCount count =
            c.byType().stream().filter(t -> t.type() == type).findFirst().orElse(new TypeCount(type, 0, 0));
        row.add(count.plans());
        row.add(count.meeting());
      }
      row.add(String.join("; ", c.notMeeting().stream().map(PlanEntry::label).toList()));
      table.row(row.toArray());
    }
    return table.toString();
  }

  /** Councils by category, each cell the figures as the plan states them, as the text shows. */
  private static String spendTable(List<PlanEntry> plans) {
    List<String> header = new ArrayList<>(List.of("Plan", "Council", "GSS code"));
    for (SpendCategory category : PanelText.TABLE_CATEGORIES) {
      header.add(Labels.spend(category));
    }
    Table table = new Table(header.toArray(String[]::new));
    for (PlanEntry p : plans) {
      List<@Nullable Object> row = new ArrayList<>(List.of(p.label(), p.council()));
      row.add(p.gssCode());
      for (SpendCategory category : PanelText.TABLE_CATEGORIES) {
        row.add(PanelText.figures(p, category));
      }
      table.row(row.toArray());
    }
    return table.toString();
  }

  private static String spend(List<PlanEntry> plans) {
    Table table =
        new Table("Plan", "Council", "GSS code", "Category", "Scope", "Financial year",
            "Amount (GBP)", "Share of pay bill (%)", "Other measure", "Other measure unit",
            "Reported");
    for (PlanEntry p : plans) {
      for (SpendCategory category : SpendCategory.values()) {
        List<SpendFigure> lines = p.spend(category);
        if (lines.isEmpty() && PanelText.TABLE_CATEGORIES.contains(category)) {
          table.row(p.label(), p.council(), p.gssCode(), category.code(), null, null, null, null,
              null, null, Labels.NOT_REPORTED);
        }
        for (SpendFigure f : lines) {
          table.row(p.label(), p.council(), p.gssCode(), category.code(), f.scope(),
              f.financialYear() == null ? null : f.financialYear().toString(),
              f.amount() == null ? null : num(f.amount().amount()),
              f.shareOfPayBill() == null ? null : num(f.shareOfPayBill().value()),
              num(f.otherValue()), f.otherUnit(),
              f.hasFigure() ? "reported" : Labels.NOT_REPORTED);
        }
      }
    }
    return table.toString();
  }

  private static String spendTotals(List<SpendTotal> totals) {
    Table table = new Table("Category", "Financial year", "Total (GBP)", "Plans");
    for (SpendTotal t : totals) {
      table.row(t.category().code(), t.financialYear().toString(),
          num(t.total().amount()), t.plans());
    }
    return table.toString();
  }

  private static String barriers(List<BarrierGroup> groups) {
    Table table = new Table("Category", "Plans", "Barriers");
    for (BarrierGroup g : groups) {
      table.row(g.category() == null ? null : g.category().code(), g.plans(), g.barriers());
    }
    return table.toString();
  }

  private static String asks(List<BarrierGroup> groups) {
    Table table = new Table("Category", "Ask", "Key", "Plans", "Mentions");
    for (BarrierGroup g : groups) {
      for (AskGroup a : g.asks()) {
        table.row(g.category() == null ? null : g.category().code(), a.ask(), a.key(), a.plans(),
            a.mentions());
      }
    }
    return table.toString();
  }

  private static String kpis(List<KpiUse> kpis) {
    Table table = new Table("Source", "Metric id", "Name", "Plans");
    for (KpiUse k : kpis) {
      table.row(k.source() == null ? null : k.source().code(), k.metricId(), k.name(), k.plans());
    }
    return table.toString();
  }

  private static String unreadable(List<Unreadable> inputs) {
    Table table = new Table("Source", "Problem", "Message", "Pointer", "Line", "Column");
    for (Unreadable u : inputs) {
      for (Finding f : u.problems()) {
        table.row(u.source(), f.ruleId(), f.message(), f.pointer(), f.line().orElse(null),
            f.column().orElse(null));
      }
    }
    return table.toString();
  }
}
