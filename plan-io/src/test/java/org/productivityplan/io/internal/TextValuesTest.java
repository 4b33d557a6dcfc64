package org.productivityplan.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.PartialDate;

/**
 * The hand-written parsers of dates and financial years give what the model's own parsers give, value
 * or explanation, for well-formed, malformed and impossible texts alike.
 */
class TextValuesTest {

  @Test
  void datesAsTheModelParsesThem() {
    List<String> texts = new ArrayList<>(List.of(
        "2024", "0999", "1000", "9999", "2024-00", "2024-01", "2024-12", "2024-13", "2024-02-29",
        "2023-02-29", "2023-02-28", "2024-04-31", "2024-04-30", "2024-01-00", "2024-01-32", "2024-1",
        "2024-01-1", "24", "", "2024-", "2024/01", "2024-01/01", "2024-01-01x", "２０２４", "2024-0a",
        "202a", "-202", "+2024", " 2024", "2024-01-01-01"));
    for (int m = 0; m <= 13; m++) {
      for (int d = 0; d <= 32; d++) {
        texts.add(String.format("2023-%02d-%02d", m, d));
      }
    }
    for (String t : texts) {
      assertEquals(outcome(PartialDate::parse, t), outcome(Codecs::partialDate, t), t);
    }
  }

  @Test
  void financialYearsAsTheModelParsesThem() {
    List<String> texts = new ArrayList<>(List.of(
        "2023/24", "2023/25", "1999/00", "0999/00", "1000/01", "9998/99", "9999/00", "2023-24",
        "2023/2", "202/24", "2023/244", "2023/2a", "２０２３/24", "", "2023/ 4"));
    for (int y = 995; y < 1005; y++) {
      for (int e = 0; e < 100; e += 1) {
        texts.add(String.format("%04d/%02d", y, e));
      }
    }
    for (String t : texts) {
      assertEquals(outcome(FinancialYear::parse, t), outcome(Codecs::financialYear, t), t);
    }
  }

  private static <T> String outcome(Function<String, T> parse, String text) {
    try {
      return "value " + parse.apply(text);
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }
}
