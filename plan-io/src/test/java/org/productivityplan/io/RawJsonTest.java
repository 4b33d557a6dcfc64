package org.productivityplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.productivityplan.model.Council;
import org.productivityplan.model.ProductivityPlan;

class RawJsonTest {

  @Test
  void givesAValueTheCompactCanonicalFormAReaderKeeps() {
    assertThat(PlanJson.rawJson(" { \"b\" : [ 1 , \"\\u00e9\\n\" ] } ").json())
        .isEqualTo("{\"b\":[1,\"é\\n\"]}");
  }

  @Test
  void aPlanBuiltWithItEqualsTheOneAReaderMakes() {
    ProductivityPlan built =
        ProductivityPlan.builder()
            .council(Council.builder().name("Sefton Council").build())
            .title("Plan")
            .putUnknownProperty("xExtra", PlanJson.rawJson("{ \"a\" : \"\\u0041\" }"))
            .build();

    String written = PlanJson.standard().write(built);

    assertThat(PlanJson.standard().read(written).value()).contains(built);
  }

  @Test
  void refusesWhatIsNotOneJsonValue() {
    assertThatThrownBy(() -> PlanJson.rawJson("[1,"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("well-formed JSON value");
    assertThatThrownBy(() -> PlanJson.rawJson("1 2")).isInstanceOf(IllegalArgumentException.class);
  }
}
